import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The memory used to learn units on approval; it now holds only published work. Entries of
 * translations that are not published (approved, withdrawn, in review) are removed.
 */
export class PublishedMemory1733400000000 implements MigrationInterface {
  name = 'PublishedMemory1733400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `DELETE FROM "tm_entry" WHERE "origin" = 'unit' AND NOT EXISTS (
         SELECT 1 FROM "translation_unit" u JOIN "translation" t ON t."id" = u."translation_id"
          WHERE u."id" = "tm_entry"."unit_id" AND t."status" = 'published')`,
    );
  }

  async down(): Promise<void> {
    // Removed entries were drafts that must not come back.
  }
}
