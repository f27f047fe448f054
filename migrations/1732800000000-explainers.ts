import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Explainers: reusable context notes for readers, one version per language, each reviewed on
 * its own. The approved text readers see is a snapshot (the `published_*` columns), so editing
 * an approved explainer changes nothing for readers until the new text is approved.
 */
export class Explainers1732800000000 implements MigrationInterface {
  name = 'Explainers1732800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "explainer" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "slug" varchar(100) NOT NULL UNIQUE,
      "kind" varchar(20) NOT NULL,
      "created_by_id" integer REFERENCES "user" ("id") ON DELETE SET NULL,
      "created_at" datetime NOT NULL,
      "updated_at" datetime NOT NULL
    )`);
    await db.query(`CREATE TABLE "explainer_version" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "explainer_id" integer NOT NULL REFERENCES "explainer" ("id") ON DELETE CASCADE,
      "language" varchar(2) NOT NULL,
      "title" varchar(200) NOT NULL,
      "short_text" text NOT NULL,
      "long_text" text NOT NULL DEFAULT '',
      "as_of" varchar(10),
      "status" varchar(20) NOT NULL,
      "author_id" integer REFERENCES "user" ("id") ON DELETE SET NULL,
      "contributor_ids" text NOT NULL DEFAULT '[]',
      "reviewer_id" integer REFERENCES "user" ("id") ON DELETE SET NULL,
      "self_approved" boolean NOT NULL DEFAULT (0),
      "review_comment" text NOT NULL DEFAULT '',
      "version" integer NOT NULL DEFAULT (1),
      "updated_at" datetime NOT NULL,
      "approved_at" datetime,
      "published_title" varchar(200),
      "published_short" text,
      "published_long" text,
      "published_as_of" varchar(10),
      "published_sources" text,
      "published_at" datetime,
      CONSTRAINT "explainer_version_language" UNIQUE ("explainer_id", "language")
    )`);
    await db.query(`CREATE TABLE "explainer_source" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "version_id" integer NOT NULL REFERENCES "explainer_version" ("id") ON DELETE CASCADE,
      "position" integer NOT NULL,
      "title" varchar(300) NOT NULL,
      "publisher" varchar(200) NOT NULL DEFAULT '',
      "url" varchar(2000),
      "date" varchar(10),
      "date_precision" varchar(5),
      "is_primary" boolean NOT NULL DEFAULT (0)
    )`);
    await db.query(
      `CREATE INDEX "explainer_source_version" ON "explainer_source" ("version_id", "position")`,
    );
    await db.query(`CREATE TABLE "publication_explainer" (
      "publication_id" integer NOT NULL REFERENCES "publication" ("id") ON DELETE CASCADE,
      "explainer_id" integer NOT NULL REFERENCES "explainer" ("id") ON DELETE CASCADE,
      PRIMARY KEY ("publication_id", "explainer_id")
    )`);
    await db.query(
      `CREATE INDEX "publication_explainer_explainer" ON "publication_explainer" ("explainer_id")`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'publication_explainer',
      'explainer_source',
      'explainer_version',
      'explainer',
    ]) {
      await db.query(`DROP TABLE "${table}"`);
    }
  }
}
