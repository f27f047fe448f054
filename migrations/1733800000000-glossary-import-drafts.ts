import type { MigrationInterface, QueryRunner } from 'typeorm';
import { isPostgres } from './portable-migration.js';

/**
 * Previewed glossary imports waiting for their importer's confirmation, in the database so that
 * a confirmation reaching another instance finds them. The token is stored only as its keyed
 * hash; deleting the account deletes the draft (and the file it holds).
 */
export class GlossaryImportDrafts1733800000000 implements MigrationInterface {
  name = 'GlossaryImportDrafts1733800000000';

  async up(db: QueryRunner): Promise<void> {
    const bytes = isPostgres(db) ? 'bytea' : 'blob';
    await db.query(`CREATE TABLE "glossary_import_draft" (
      "token_hash" varchar(64) PRIMARY KEY NOT NULL,
      "user_id" integer NOT NULL UNIQUE REFERENCES "user" ("id") ON DELETE CASCADE,
      "format" varchar(3) NOT NULL,
      "source_language" varchar(2) NOT NULL,
      "target_language" varchar(2),
      "revision" varchar(22) NOT NULL,
      "bytes" ${bytes} NOT NULL,
      "expires_at" datetime NOT NULL
    )`);
    await db.query(
      `CREATE INDEX "glossary_import_draft_expires" ON "glossary_import_draft" ("expires_at")`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "glossary_import_draft"`);
  }
}
