import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows } from './support/row-count.js';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';

const UNITS = 12_000;

function tmx(units: number): Buffer {
  const tus = Array.from(
    { length: units },
    (_, i) =>
      `<tu><tuv xml:lang="ru"><seg>Суд оштрафовал активиста на ${i} рублей</seg></tuv>` +
      `<tuv xml:lang="en"><seg>A court fined an activist ${i} roubles</seg></tuv></tu>`,
  );
  return Buffer.from(
    `<tmx version="1.4"><header srclang="ru"/><body>${tus.join('\n')}</body></tmx>`,
  );
}

/**
 * Whether an open transaction has begun writing memory rows it has not committed yet. SQLite's
 * one connection sees the open import's rows; on PostgreSQL they are invisible to other
 * sessions, but the import's backend holds its write lock on `tm_entry` until it commits.
 */
async function importIsWriting(t: TestApp): Promise<boolean> {
  const db = t.get(DataSource);
  if (db.options.type !== 'postgres') return (await countRows(t, 'tm_entry')) > 0;
  const [row] = (await db.query(
    `SELECT count(*)::int AS n FROM pg_locks
      WHERE relation = 'tm_entry'::regclass AND mode = 'RowExclusiveLock' AND granted
        AND pid <> pg_backend_pid()`,
  )) as { n: number }[];
  return row!.n > 0 && (await countRows(t, 'tm_entry')) === 0;
}

// The benchmark (`npm run bench:tmx`) measures time and memory; this only checks that a large
// import leaves the server answering while it writes.
describe('a large TMX import', () => {
  let t: TestApp;
  let editor: SignedInClient;

  beforeAll(async () => {
    t = await startTestApp({ MAX_UPLOAD_BYTES: '10000000' });
    editor = await t.signIn(await t.createUser('lipa', ['editor']));
  });
  afterAll(() => t.close());

  it('does not stall other requests while its rows are being written', async () => {
    let finished = false;
    const importing = editor.agent
      .post('/api/v1/tm/tmx')
      .set('x-csrf-token', editor.csrf)
      .field('sourceLanguage', 'ru')
      .field('targetLanguage', 'en')
      .attach('file', tmx(UNITS), 'large.tmx')
      .then((res) => {
        finished = true;
        return res;
      });
    let answeredMidImport = false;
    while (!finished) {
      if (!(await importIsWriting(t))) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        continue;
      }
      const [health, home] = await Promise.all([
        t.client().get('/health'),
        t.client().get('/').set('accept-language', 'en'),
      ]);
      expect(health.status).toBe(200);
      expect(home.status).toBe(200);
      answeredMidImport = !finished;
      break;
    }
    expect(answeredMidImport).toBe(true);
    const res = await importing;
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ imported: UNITS, skipped: 0 });
    expect(await countRows(t, 'tm_entry')).toBe(UNITS);
  });
});
