import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Initiatives, source texts with revisions and segments, and "Read more" links of the timeline. */
export class Sources1732400000000 implements MigrationInterface {
  name = 'Sources1732400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "initiative" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "slug" varchar(80) NOT NULL UNIQUE,
      "name_original" varchar(200) NOT NULL,
      "name_en" varchar(200) NOT NULL,
      "site_url" varchar(2000),
      "description_en" text NOT NULL DEFAULT '',
      "description_ru" text NOT NULL DEFAULT '',
      "default_licence" varchar(32) NOT NULL,
      "undesirable" boolean NOT NULL DEFAULT (0),
      "foreign_agent" boolean NOT NULL DEFAULT (0),
      "foreign_agent_label" text NOT NULL DEFAULT '',
      "version" integer NOT NULL DEFAULT (1),
      "created_at" datetime NOT NULL,
      "updated_at" datetime NOT NULL
    )`);
    await db.query(`CREATE TABLE "source_text" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "initiative_id" integer NOT NULL REFERENCES "initiative" ("id") ON DELETE RESTRICT,
      "language" varchar(2) NOT NULL,
      "kind" varchar(16) NOT NULL,
      "title" varchar(300) NOT NULL,
      "body" text NOT NULL,
      "original_url" varchar(2000),
      "archive_url" varchar(2000),
      "published_date" varchar(10),
      "published_precision" varchar(5),
      "authors" text NOT NULL DEFAULT '[]',
      "licence" varchar(32) NOT NULL,
      "licence_evidence" text NOT NULL DEFAULT '',
      "legal_references" text NOT NULL DEFAULT '[]',
      "revision" integer NOT NULL DEFAULT (1),
      "content_hash" varchar(64) NOT NULL,
      "version" integer NOT NULL DEFAULT (1),
      "created_by_id" integer REFERENCES "user" ("id") ON DELETE SET NULL,
      "created_at" datetime NOT NULL,
      "updated_at" datetime NOT NULL
    )`);
    await db.query(`CREATE INDEX "source_text_initiative" ON "source_text" ("initiative_id")`);
    await db.query(
      `CREATE INDEX "source_text_language_kind" ON "source_text" ("language", "kind")`,
    );
    await db.query(`CREATE TABLE "source_tag" (
      "source_id" integer NOT NULL REFERENCES "source_text" ("id") ON DELETE CASCADE,
      "tag" varchar(60) NOT NULL,
      PRIMARY KEY ("source_id", "tag")
    )`);
    await db.query(`CREATE INDEX "source_tag_tag" ON "source_tag" ("tag")`);
    await db.query(`CREATE TABLE "source_revision" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "source_id" integer NOT NULL REFERENCES "source_text" ("id") ON DELETE CASCADE,
      "revision" integer NOT NULL,
      "title" varchar(300) NOT NULL,
      "body" text NOT NULL,
      "content_hash" varchar(64) NOT NULL,
      "changes" text NOT NULL DEFAULT '{}',
      "created_by_id" integer REFERENCES "user" ("id") ON DELETE SET NULL,
      "created_at" datetime NOT NULL,
      CONSTRAINT "source_revision_number" UNIQUE ("source_id", "revision")
    )`);
    await db.query(`CREATE TABLE "segment" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "source_id" integer NOT NULL REFERENCES "source_text" ("id") ON DELETE CASCADE,
      "position" integer,
      "kind" varchar(12) NOT NULL,
      "level" integer,
      "text" text NOT NULL,
      "hash" varchar(64) NOT NULL,
      "sentences" text NOT NULL DEFAULT '[]',
      "previous_text" text,
      "added_revision" integer NOT NULL,
      "changed_revision" integer,
      "removed_revision" integer
    )`);
    await db.query(`CREATE INDEX "segment_source_position" ON "segment" ("source_id", "position")`);
    await db.query(`CREATE TABLE "timeline_event_source" (
      "event_id" integer NOT NULL REFERENCES "timeline_event" ("id") ON DELETE CASCADE,
      "source_id" integer NOT NULL REFERENCES "source_text" ("id") ON DELETE CASCADE,
      "position" integer NOT NULL DEFAULT (0),
      PRIMARY KEY ("event_id", "source_id")
    )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'timeline_event_source',
      'segment',
      'source_revision',
      'source_tag',
      'source_text',
      'initiative',
    ]) {
      await db.query(`DROP TABLE "${table}"`);
    }
  }
}
