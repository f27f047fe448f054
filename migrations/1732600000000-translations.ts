import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Translations of source texts, their units (one per segment), every unit revision and review action; TM. */
export class Translations1732600000000 implements MigrationInterface {
  name = 'Translations1732600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "translation" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "source_id" integer NOT NULL REFERENCES "source_text" ("id") ON DELETE CASCADE,
      "target_language" varchar(2) NOT NULL,
      "status" varchar(20) NOT NULL,
      "claimed_by_id" integer REFERENCES "user" ("id") ON DELETE SET NULL,
      "source_revision" integer NOT NULL,
      "version" integer NOT NULL DEFAULT (1),
      "created_at" datetime NOT NULL,
      "updated_at" datetime NOT NULL,
      "submitted_at" datetime
    )`);
    // One live translation per text and language; withdrawn ones stay for the record.
    await db.query(
      `CREATE UNIQUE INDEX "translation_live" ON "translation" ("source_id", "target_language") WHERE "status" != 'withdrawn'`,
    );
    await db.query(`CREATE INDEX "translation_claimed_by" ON "translation" ("claimed_by_id")`);
    await db.query(`CREATE TABLE "translation_unit" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "translation_id" integer NOT NULL REFERENCES "translation" ("id") ON DELETE CASCADE,
      "segment_id" integer NOT NULL REFERENCES "segment" ("id") ON DELETE CASCADE,
      "status" varchar(20) NOT NULL,
      "text" text NOT NULL DEFAULT '',
      "version" integer NOT NULL DEFAULT (1),
      "author_id" integer REFERENCES "user" ("id") ON DELETE SET NULL,
      "outdated_source_text" text,
      "updated_at" datetime NOT NULL,
      CONSTRAINT "translation_unit_segment" UNIQUE ("translation_id", "segment_id")
    )`);
    await db.query(`CREATE TABLE "unit_revision" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "unit_id" integer NOT NULL REFERENCES "translation_unit" ("id") ON DELETE CASCADE,
      "version" integer NOT NULL,
      "text" text NOT NULL,
      "status" varchar(20) NOT NULL,
      "action" varchar(20) NOT NULL,
      "author_id" integer REFERENCES "user" ("id") ON DELETE SET NULL,
      "created_at" datetime NOT NULL
    )`);
    await db.query(`CREATE INDEX "unit_revision_unit" ON "unit_revision" ("unit_id", "version")`);
    await db.query(`CREATE TABLE "review_event" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "translation_id" integer NOT NULL REFERENCES "translation" ("id") ON DELETE CASCADE,
      "unit_id" integer REFERENCES "translation_unit" ("id") ON DELETE CASCADE,
      "unit_version" integer,
      "actor_id" integer REFERENCES "user" ("id") ON DELETE SET NULL,
      "verdict" varchar(20) NOT NULL,
      "self_approval" boolean NOT NULL DEFAULT (0),
      "comment" text NOT NULL DEFAULT '',
      "created_at" datetime NOT NULL
    )`);
    await db.query(`CREATE INDEX "review_event_translation" ON "review_event" ("translation_id")`);
    await db.query(
      `CREATE INDEX "review_event_unit" ON "review_event" ("unit_id", "unit_version")`,
    );
    await db.query(`CREATE TABLE "tm_entry" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "source_language" varchar(2) NOT NULL,
      "target_language" varchar(2) NOT NULL,
      "source_text" text NOT NULL,
      "target_text" text NOT NULL,
      "origin" varchar(10) NOT NULL,
      "unit_id" integer REFERENCES "translation_unit" ("id") ON DELETE SET NULL,
      "created_at" datetime NOT NULL
    )`);
    await db.query(
      `CREATE INDEX "tm_entry_pair" ON "tm_entry" ("source_language", "target_language")`,
    );
    await db.query(
      `CREATE UNIQUE INDEX "tm_entry_unit" ON "tm_entry" ("unit_id") WHERE "unit_id" IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'tm_entry',
      'review_event',
      'unit_revision',
      'translation_unit',
      'translation',
    ]) {
      await db.query(`DROP TABLE "${table}"`);
    }
  }
}
