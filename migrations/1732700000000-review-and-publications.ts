import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Comments, notifications, and publications: the immutable snapshots readers read. */
export class ReviewAndPublications1732700000000 implements MigrationInterface {
  name = 'ReviewAndPublications1732700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "comment" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "translation_id" integer NOT NULL REFERENCES "translation" ("id") ON DELETE CASCADE,
      "unit_id" integer REFERENCES "translation_unit" ("id") ON DELETE CASCADE,
      "parent_id" integer REFERENCES "comment" ("id") ON DELETE CASCADE,
      "author_id" integer REFERENCES "user" ("id") ON DELETE SET NULL,
      "body" text NOT NULL,
      "resolved_at" datetime,
      "resolved_by_id" integer REFERENCES "user" ("id") ON DELETE SET NULL,
      "version" integer NOT NULL DEFAULT (1),
      "created_at" datetime NOT NULL
    )`);
    await db.query(`CREATE INDEX "comment_translation" ON "comment" ("translation_id", "unit_id")`);
    await db.query(`CREATE TABLE "notification" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "user_id" integer NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
      "kind" varchar(32) NOT NULL,
      "translation_id" integer REFERENCES "translation" ("id") ON DELETE CASCADE,
      "data" text NOT NULL DEFAULT '{}',
      "read_at" datetime,
      "created_at" datetime NOT NULL
    )`);
    await db.query(`CREATE INDEX "notification_user" ON "notification" ("user_id", "read_at")`);
    await db.query(`CREATE TABLE "publication" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "translation_id" integer NOT NULL REFERENCES "translation" ("id") ON DELETE RESTRICT,
      "source_id" integer NOT NULL REFERENCES "source_text" ("id") ON DELETE RESTRICT,
      "initiative_id" integer NOT NULL REFERENCES "initiative" ("id") ON DELETE RESTRICT,
      "language" varchar(2) NOT NULL,
      "source_language" varchar(2) NOT NULL,
      "slug" varchar(100) NOT NULL,
      "version" integer NOT NULL,
      "title" varchar(300) NOT NULL,
      "summary" text NOT NULL,
      "content" text NOT NULL,
      "change_note" text NOT NULL DEFAULT '',
      "original_date" varchar(10),
      "published_at" datetime NOT NULL,
      "published_by_id" integer REFERENCES "user" ("id") ON DELETE SET NULL,
      "withdrawn_at" datetime,
      "withdrawn_reason" text NOT NULL DEFAULT '',
      "withdrawn_by_id" integer REFERENCES "user" ("id") ON DELETE SET NULL,
      CONSTRAINT "publication_version" UNIQUE ("translation_id", "version")
    )`);
    await db.query(`CREATE INDEX "publication_slug" ON "publication" ("slug", "version")`);
    await db.query(
      `CREATE INDEX "publication_language_date" ON "publication" ("language", "published_at")`,
    );
    await db.query(`CREATE INDEX "publication_initiative" ON "publication" ("initiative_id")`);
    await db.query(`CREATE TABLE "publication_credit" (
      "publication_id" integer NOT NULL REFERENCES "publication" ("id") ON DELETE CASCADE,
      "user_id" integer NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
      "role" varchar(12) NOT NULL,
      "self_reviewed" boolean NOT NULL DEFAULT (0),
      PRIMARY KEY ("publication_id", "user_id", "role")
    )`);
    await db.query(`CREATE TABLE "publication_tag" (
      "publication_id" integer NOT NULL REFERENCES "publication" ("id") ON DELETE CASCADE,
      "tag" varchar(60) NOT NULL,
      PRIMARY KEY ("publication_id", "tag")
    )`);
    await db.query(`CREATE INDEX "publication_tag_tag" ON "publication_tag" ("tag")`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'publication_tag',
      'publication_credit',
      'publication',
      'notification',
      'comment',
    ]) {
      await db.query(`DROP TABLE "${table}"`);
    }
  }
}
