import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Translators' notes for readers, anchored to a span of a unit's text and reviewed with it. */
export class Footnotes1733000000000 implements MigrationInterface {
  name = 'Footnotes1733000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "footnote" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "translation_id" integer NOT NULL REFERENCES "translation" ("id") ON DELETE CASCADE,
      "unit_id" integer NOT NULL REFERENCES "translation_unit" ("id") ON DELETE CASCADE,
      "quote" text NOT NULL,
      "prefix" text NOT NULL DEFAULT '',
      "suffix" text NOT NULL DEFAULT '',
      "start_offset" integer NOT NULL,
      "end_offset" integer NOT NULL,
      "lost" boolean NOT NULL DEFAULT (0),
      "note" text NOT NULL,
      "status" varchar(12) NOT NULL,
      "author_id" integer REFERENCES "user" ("id") ON DELETE SET NULL,
      "approved_by_id" integer REFERENCES "user" ("id") ON DELETE SET NULL,
      "version" integer NOT NULL DEFAULT (1),
      "created_at" datetime NOT NULL,
      "updated_at" datetime NOT NULL
    )`);
    await db.query(`CREATE INDEX "footnote_unit" ON "footnote" ("unit_id")`);
    await db.query(`CREATE INDEX "footnote_translation" ON "footnote" ("translation_id")`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "footnote"`);
  }
}
