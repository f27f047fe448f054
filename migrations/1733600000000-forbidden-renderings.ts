import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Renderings a translator must not use for a term (TBX's deprecated terms), per target
 * language beside the preferred one: a JSON list of strings.
 */
export class ForbiddenRenderings1733600000000 implements MigrationInterface {
  name = 'ForbiddenRenderings1733600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE "glossary_rendering" ADD COLUMN "forbidden" text NOT NULL DEFAULT '[]'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "glossary_rendering" DROP COLUMN "forbidden"`);
  }
}
