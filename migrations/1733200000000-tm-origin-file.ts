import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Where an imported memory entry came from (the TMX file and the tool that wrote it). */
export class TmOriginFile1733200000000 implements MigrationInterface {
  name = 'TmOriginFile1733200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "tm_entry" ADD COLUMN "origin_file" varchar(200)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "tm_entry" DROP COLUMN "origin_file"`);
  }
}
