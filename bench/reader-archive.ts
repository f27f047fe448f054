import Database from 'better-sqlite3';
import pg from 'pg';
import type { PublicationContent } from '../src/publications/publication-content.rules.js';

/*
 * A synthetic archive for the reader benchmark: N published texts, each with its own source,
 * translation and publication rows, written straight into a database the real app created (so
 * the schema is the migrated one). Deterministic: the same N gives the same archive.
 */

const SUBJECTS = [
  'The court',
  'The prosecutor',
  'The ministry',
  'A district court in Moscow',
  'The Supreme Court',
  'Police officers',
  'The initiative',
  'Human rights defenders',
  'The regional court',
  'Investigators',
];
const VERBS = [
  'fined',
  'detained',
  'sentenced',
  'searched',
  'questioned',
  'warned',
  'designated',
  'acquitted',
  'released',
  'charged',
];
const OBJECTS = [
  'an activist',
  'a journalist',
  'the editor of a local newspaper',
  'a volunteer',
  'a school teacher',
  'two students',
  'a lawyer',
  'the organisation',
  'a pensioner',
  'a musician',
];
const REASONS = [
  'for a post about the war',
  'for a single-person picket',
  'under Article 20.3.3 of the Code of Administrative Offences',
  'for “discrediting” the army',
  'for spreading “fakes”',
  'for a comment on social media',
  'for taking part in an undesirable organisation',
  'for failing to label materials as a foreign agent',
];
const CITIES = [
  'Moscow',
  'Saint Petersburg',
  'Yekaterinburg',
  'Kazan',
  'Novosibirsk',
  'Perm',
  'Samara',
  'Krasnoyarsk',
  'Tomsk',
  'Kaliningrad',
];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const pick = <T>(next: () => number, list: readonly T[]): T =>
  list[Math.floor(next() * list.length)]!;

function paragraph(next: () => number): string {
  const sentences = 2 + Math.floor(next() * 3);
  return Array.from(
    { length: sentences },
    () =>
      `${pick(next, SUBJECTS)} in ${pick(next, CITIES)} ${pick(next, VERBS)} ${pick(next, OBJECTS)} ${pick(next, REASONS)} on ${1 + Math.floor(next() * 28)} ${pick(next, ['March', 'April', 'May', 'June'])} ${2022 + Math.floor(next() * 3)}.`,
  ).join(' ');
}

export function addPublications(
  databasePath: string,
  count: number,
  template: PublicationContent,
): void {
  const db = new Database(databasePath);
  db.pragma('journal_mode = WAL');
  const initiative = db.prepare(`SELECT id FROM initiative ORDER BY id LIMIT 1`).get() as {
    id: number;
  };
  const now = new Date().toISOString().replace('T', ' ').slice(0, 23);
  const source = db.prepare(
    `INSERT INTO source_text (initiative_id, language, kind, title, body, licence, content_hash, created_at, updated_at, published_date, published_precision, original_url)
     VALUES (?, 'ru', 'news', ?, ?, 'CC-BY-4.0', ?, ?, ?, '2022-03-01', 'day', 'https://example.org/a')`,
  );
  const translation = db.prepare(
    `INSERT INTO translation (source_id, target_language, status, source_revision, created_at, updated_at) VALUES (?, 'en', 'published', 1, ?, ?)`,
  );
  const publication = db.prepare(
    `INSERT INTO publication (translation_id, source_id, initiative_id, language, source_language, slug, version, title, summary, content, original_date, published_at)
     VALUES (?, ?, ?, 'en', 'ru', ?, 1, ?, ?, ?, '2022-03-01', ?)`,
  );
  const insertAll = db.transaction(() => {
    const next = random(count);
    for (let i = 0; i < count; i++) {
      const row = archiveRow(next, i, template);
      const sourceId = Number(
        source.run(initiative.id, row.originalTitle, 'Оригинальный абзац.', row.hash, now, now)
          .lastInsertRowid,
      );
      const translationId = Number(translation.run(sourceId, now, now).lastInsertRowid);
      publication.run(
        translationId,
        sourceId,
        initiative.id,
        row.slug,
        row.title,
        row.summary,
        row.content,
        row.publishedAt.toISOString().replace('T', ' ').slice(0, 23),
      );
    }
  });
  insertAll();
  db.close();
}

/** The same archive written into a PostgreSQL database, in multi-row statements. */
export async function addPublicationsPostgres(
  url: string,
  count: number,
  template: PublicationContent,
): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const [initiative] = (await client.query(`SELECT id FROM initiative ORDER BY id LIMIT 1`))
      .rows as { id: number }[];
    const now = new Date();
    const next = random(count);
    const BATCH = 500;
    for (let start = 0; start < count; start += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, count - start) }, (_, k) =>
        archiveRow(next, start + k, template),
      );
      const sources = await client.query(
        `INSERT INTO source_text (initiative_id, language, kind, title, body, licence, content_hash, created_at, updated_at, published_date, published_precision, original_url)
         SELECT $1, 'ru', 'news', t, 'Оригинальный абзац.', 'CC-BY-4.0', h, $2, $2, '2022-03-01', 'day', 'https://example.org/a'
           FROM unnest($3::text[], $4::text[]) WITH ORDINALITY AS x(t, h, n) ORDER BY n RETURNING id`,
        [initiative!.id, now, rows.map((r) => r.originalTitle), rows.map((r) => r.hash)],
      );
      const sourceIds = (sources.rows as { id: number }[]).map((r) => r.id);
      const translations = await client.query(
        `INSERT INTO translation (source_id, target_language, status, source_revision, created_at, updated_at)
         SELECT s, 'en', 'published', 1, $1, $1 FROM unnest($2::int[]) WITH ORDINALITY AS x(s, n) ORDER BY n RETURNING id`,
        [now, sourceIds],
      );
      const translationIds = (translations.rows as { id: number }[]).map((r) => r.id);
      await client.query(
        `INSERT INTO publication (translation_id, source_id, initiative_id, language, source_language, slug, version, title, summary, content, original_date, published_at)
         SELECT tr, s, $1, 'en', 'ru', slug, 1, title, summary, content, '2022-03-01', at
           FROM unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[])
             AS x(tr, s, slug, title, summary, content, at)`,
        [
          initiative!.id,
          translationIds,
          sourceIds,
          rows.map((r) => r.slug),
          rows.map((r) => r.title),
          rows.map((r) => r.summary),
          rows.map((r) => r.content),
          rows.map((r) => r.publishedAt),
        ],
      );
    }
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

function archiveRow(next: () => number, i: number, template: PublicationContent) {
  const title = `${pick(next, SUBJECTS)} ${pick(next, VERBS)} ${pick(next, OBJECTS)} (${i})`;
  const blocks = Array.from({ length: 4 }, () => ({
    kind: 'paragraph' as const,
    level: null,
    text: paragraph(next),
    original: 'Оригинальный абзац.',
  }));
  const content: PublicationContent = {
    ...template,
    title,
    originalTitle: `Заголовок ${i}`,
    blocks,
    footnotes: [],
    explainers: [],
  };
  return {
    title,
    originalTitle: `Заголовок ${i}`,
    hash: `hash-${i}`,
    slug: `bench-text-${i}`,
    summary: blocks[0]!.text.slice(0, 280),
    content: JSON.stringify(content),
    publishedAt: new Date(Date.UTC(2023, 0, 1) + i * 60_000),
  };
}
