import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes the reader pages need so their cost stays flat as the archive grows. */
export class ReaderIndexes1733100000000 implements MigrationInterface {
  name = 'ReaderIndexes1733100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX "publication_source" ON "publication" ("source_id")`);
    await db.query(
      `CREATE INDEX "publication_translation" ON "publication" ("translation_id", "version")`,
    );
    await db.query(
      `CREATE INDEX "publication_initiative_date" ON "publication" ("initiative_id", "published_at")`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const index of [
      'publication_initiative_date',
      'publication_translation',
      'publication_source',
    ]) {
      await db.query(`DROP INDEX "${index}"`);
    }
  }
}
