import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Glossary terms with their renderings per target language, and the name list. */
export class Glossary1732500000000 implements MigrationInterface {
  name = 'Glossary1732500000000';

  async up(db: QueryRunner): Promise<void> {
    // explainer_id has no foreign key yet: explainers arrive in a later migration.
    await db.query(`CREATE TABLE "glossary_term" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "source_language" varchar(2) NOT NULL,
      "term" varchar(200) NOT NULL,
      "forms" text NOT NULL DEFAULT '[]',
      "note" text NOT NULL DEFAULT '',
      "explainer_id" integer,
      "version" integer NOT NULL DEFAULT (1),
      "created_by_id" integer REFERENCES "user" ("id") ON DELETE SET NULL,
      "created_at" datetime NOT NULL,
      "updated_at" datetime NOT NULL,
      CONSTRAINT "glossary_term_unique" UNIQUE ("source_language", "term")
    )`);
    await db.query(`CREATE TABLE "glossary_rendering" (
      "term_id" integer NOT NULL REFERENCES "glossary_term" ("id") ON DELETE CASCADE,
      "target_language" varchar(2) NOT NULL,
      "rendering" varchar(200) NOT NULL,
      PRIMARY KEY ("term_id", "target_language")
    )`);
    await db.query(`CREATE TABLE "person" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "cyrillic" varchar(200) NOT NULL UNIQUE,
      "spelling" varchar(200) NOT NULL,
      "variants" text NOT NULL DEFAULT '[]',
      "note" text NOT NULL DEFAULT '',
      "version" integer NOT NULL DEFAULT (1),
      "created_at" datetime NOT NULL,
      "updated_at" datetime NOT NULL
    )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['person', 'glossary_rendering', 'glossary_term']) {
      await db.query(`DROP TABLE "${table}"`);
    }
  }
}
