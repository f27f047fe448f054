import type { MigrationInterface, QueryRunner } from 'typeorm';
import { isPostgres } from './portable-migration.js';

/**
 * The PostgreSQL twin of the FTS5 table: the same columns keyed by `rowid`, and a weighted
 * `tsvector` kept by the database. Text arrives already folded (ё→е, stress marks) and
 * stemmed by search-document.rules.ts, so the `simple` configuration keeps its tokens exactly
 * as the SQLite tokenizer does and both drivers answer the same queries the same way.
 */
const POSTGRES_SEARCH_DOCUMENT = `CREATE TABLE "search_document" (
  "rowid" integer PRIMARY KEY,
  "title" text NOT NULL,
  "text" text NOT NULL,
  "stems" text NOT NULL,
  "vector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', "title"), 'A') ||
    setweight(to_tsvector('simple', "text"), 'B') ||
    setweight(to_tsvector('simple', "stems"), 'C')
  ) STORED
)`;

/**
 * Search over what readers can read: live publications and approved explainers. The index is
 * derived data, rebuilt from them at will (`SearchIndexService.reindexAll`), so it has no
 * foreign keys to them; `search_entry` is one row per indexed text and its `id` is the rowid
 * of the same text in the FTS5 table.
 *
 * Only `search_document` is SQLite-specific. On PostgreSQL it would be a table keyed by the
 * entry with `tsvector` columns (`setweight(to_tsvector('simple', title), 'A') ||
 * setweight(to_tsvector('simple', text), 'B') || setweight(to_tsvector('simple', stems), 'C')`)
 * under a GIN index, ranked with `ts_rank` and cut with `ts_headline`; the stems column keeps
 * working as it is because stemming is done before the text reaches the database.
 */
export class Search1732900000000 implements MigrationInterface {
  name = 'Search1732900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "search_entry" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "kind" varchar(12) NOT NULL,
      "ref_id" integer NOT NULL,
      "translation_id" integer,
      "language" varchar(2) NOT NULL,
      "initiative_id" integer,
      "date" varchar(10),
      "date_precision" varchar(5),
      "title" varchar(300) NOT NULL,
      "url" varchar(300) NOT NULL,
      CONSTRAINT "search_entry_ref" UNIQUE ("kind", "ref_id", "language")
    )`);
    await db.query(`CREATE INDEX "search_entry_translation" ON "search_entry" ("translation_id")`);
    await db.query(`CREATE TABLE "search_entry_tag" (
      "entry_id" integer NOT NULL REFERENCES "search_entry" ("id") ON DELETE CASCADE,
      "tag" varchar(60) NOT NULL,
      PRIMARY KEY ("entry_id", "tag")
    )`);
    await db.query(`CREATE INDEX "search_entry_tag_tag" ON "search_entry_tag" ("tag")`);
    // The tokenizer folds case and splits at punctuation; ё/е, stress marks and stems are
    // done by search-document.rules.ts, so its tokens are exactly the words of our normal form.
    if (isPostgres(db)) {
      await db.query(POSTGRES_SEARCH_DOCUMENT);
      await db.query(
        `CREATE INDEX "search_document_vector" ON "search_document" USING GIN ("vector")`,
      );
      return;
    }
    await db.query(`CREATE VIRTUAL TABLE "search_document" USING fts5(
      title, text, stems, tokenize = 'unicode61 remove_diacritics 0'
    )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['search_document', 'search_entry_tag', 'search_entry']) {
      await db.query(`DROP TABLE "${table}"`);
    }
  }
}
