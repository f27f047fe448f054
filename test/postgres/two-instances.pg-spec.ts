import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { InstanceCoordination } from '../../src/database/instance-coordination.js';
import { TransactionRunner } from '../../src/database/transaction-runner.js';
import { TranslationMemoryService } from '../../src/memory/translation-memory.service.js';
import { freshPostgresDatabase, type PostgresDatabase } from '../support/postgres-database.js';
import { startTestApp, type SignedInClient, type TestApp } from '../support/test-app.js';
import {
  api,
  approveAll,
  createInitiative,
  createSource,
  submit,
  translate,
  translationVersion,
} from '../support/workflow.js';

/** Resolves with the next `count` announcements of other instances that `app` hears on `topic`. */
function announcements(
  app: TestApp,
  topic: 'content' | 'memory',
  count = 1,
): Promise<(string | null)[]> {
  const heard: (string | null)[] = [];
  return new Promise((resolve) =>
    app.get(InstanceCoordination).onAnnouncement(topic, (payload) => {
      if (heard.push(payload) === count) resolve(heard);
    }),
  );
}

/**
 * Two app instances on one PostgreSQL database, as behind a reverse proxy: what one commits the
 * other shows at once, limits count across both, and concurrent writes through both lose nothing.
 */
describe('two instances on one database', () => {
  let database: PostgresDatabase;
  let one: TestApp;
  let two: TestApp;

  beforeAll(async () => {
    database = (await freshPostgresDatabase(undefined))!;
    const shared = {
      DATABASE_URL: database.url,
      // Every instance of a site shares the session secret (required in production).
      SESSION_SECRET: randomBytes(32).toString('hex'),
      SIGN_IN_LIMIT_PER_HANDLE: '4',
      API_RATE_LIMIT_PER_MINUTE: '100000',
    };
    // Both at once, as a deployment may start them: the migrations still run once.
    [one, two] = await Promise.all([startTestApp(shared), startTestApp(shared)]);
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await database?.drop();
  });

  it('shows a text published on one instance on the other at once, its cached pages invalidated', async () => {
    const editor = await one.signIn(await one.createUser('lipa', ['editor']));
    const reviewer = await one.signIn(await one.createUser('sova', ['reviewer'], ['ru>en']));
    const translator = await one.signIn(await one.createUser('chizh', ['translator'], ['ru>en']));
    const source = await createSource(
      editor,
      await createInitiative(editor),
      'Суд оштрафовал активиста.',
      'Штраф за пикет',
    );
    const id = await translate(translator, source.id, [
      'A fine for a picket',
      'The court fined an activist.',
    ]);
    await submit(translator, id);
    await approveAll(one, reviewer, id);

    // The other instance has the home page and the memory of the pair cached before the publish.
    const before = await two.client().get('/').expect(200);
    expect(before.text).not.toContain('A fine for a picket');
    const cached = await two.client().get('/').expect(200);
    expect(cached.headers.etag).toBe(before.headers.etag);
    const memory = two.get(TranslationMemoryService);
    expect(await memory.size('ru', 'en')).toBe(0);

    const heardContent = announcements(two, 'content');
    // One memory entry per published unit: the title and the sentence.
    const heardMemory = announcements(two, 'memory', 2);
    await api(editor)
      .post(`/api/v1/translations/${id}/publish`, { version: await translationVersion(editor, id) })
      .expect(201);
    expect(await heardContent).toEqual(['translation']);
    for (const payload of await heardMemory)
      expect(JSON.parse(payload!)).toMatchObject({ pair: 'ru>en', removed: [] });

    const after = await two.client().get('/').expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.text).toContain('A fine for a picket');
    const slug = /href="\/texts\/([a-z0-9-]+)"/.exec(after.text)![1]!;
    const article = await two.client().get(`/texts/${slug}`).expect(200);
    expect(article.text).toContain('The court fined an activist.');
    // The other instance's memory index learned the published units from the notifications.
    expect(await memory.size('ru', 'en')).toBe(2);
    const [match] = await memory.matches(
      { languagePairs: ['ru>en'] },
      'ru',
      'en',
      'Суд оштрафовал активиста.',
    );
    expect(match).toMatchObject({ target: 'The court fined an activist.', quality: 100 });
  });

  it('counts failed sign-ins across both instances: the limit holds wherever the attempts land', async () => {
    const user = await one.createUser('filin', ['translator']);
    const attempt = (app: TestApp, password: string) =>
      app.client().post('/api/v1/auth/login').send({ handle: user.handle, password });
    // Four wrong passwords, split over the instances, reach the limit of four.
    for (const app of [one, two, one, two]) await attempt(app, 'wrong password').expect(401);
    for (const app of [one, two]) {
      const refused = await attempt(app, user.password).expect(429);
      expect(refused.body.error.code).toBe('errors:sign-in-rate-limited');
    }
    const [row] = await one
      .get(DataSource)
      .query(`SELECT count FROM rate_limit_window WHERE bucket = 'handle'`);
    expect(row.count).toBe(5);
  });

  it('confirms on one instance a glossary import previewed on the other, once', async () => {
    const user = await one.createUser('klest', ['editor']);
    const [first, second] = [await one.signIn(user), await two.signIn(user)];
    const preview = await first.agent
      .post('/api/v1/glossary/import/preview')
      .set('x-csrf-token', first.csrf)
      .field('format', 'csv')
      .field('sourceLanguage', 'ru')
      .field('targetLanguage', 'en')
      .attach('file', Buffer.from('source,target\nчерновик,draft\n'), 'g.csv')
      .expect(200);
    const confirm = (c: SignedInClient) =>
      c.agent
        .post('/api/v1/glossary/import/commit')
        .set('x-csrf-token', c.csrf)
        .send({ token: preview.body.token, version: preview.body.version });
    const done = await confirm(second).expect(200);
    expect(done.body.counts.added).toBe(1);
    const terms = (await first.agent.get('/api/v1/glossary?sourceLanguage=ru').expect(200)).body
      .terms as { term: string; renderings: Record<string, string> }[];
    expect(terms.find((x) => x.term === 'черновик')?.renderings).toEqual({ en: 'draft' });
    // Used up on the instance that imported it: the first one does not find it any more.
    await confirm(first).expect(404);
  });

  it('runs a single-run job on one instance at a time', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const locked = new Promise<void>((resolve) => (entered = resolve));
    const first = one.get(TransactionRunner).write(async (m) => {
      const mine = await one.get(InstanceCoordination).tryExclusive(m, 'session-purge');
      entered();
      await held;
      return mine;
    });
    await locked;
    const second = await two
      .get(TransactionRunner)
      .write((m) => two.get(InstanceCoordination).tryExclusive(m, 'session-purge'));
    release();
    expect([await first, second]).toEqual([true, false]);
    // Once the first transaction ended, the job is free again.
    expect(
      await two
        .get(TransactionRunner)
        .write((m) => two.get(InstanceCoordination).tryExclusive(m, 'session-purge')),
    ).toBe(true);
  });

  it('loses nothing when review actions and edits race through both instances', async () => {
    const editor = await one.signIn(await one.createUser('grach', ['editor']));
    const translatorUser = await one.createUser('lastochka', ['translator'], ['ru>en']);
    const reviewers = await Promise.all(
      [0, 1, 2].map((i) => one.createUser(`reviewer-${i}`, ['reviewer'], ['ru>en'])),
    );
    const body = Array.from({ length: 7 }, (_, i) => `Абзац номер ${i + 1}.`).join('\n\n');
    const source = await createSource(editor, await createInitiative(editor), body, 'Нагрузка');
    const translator = await one.signIn(translatorUser);
    const id = await translate(translator, source.id, [
      'Load',
      ...Array.from({ length: 7 }, (_, i) => `Paragraph number ${i + 1}.`),
    ]);
    await submit(translator, id);
    const db = one.get(DataSource);
    const rows: { id: number; version: number }[] = await db.query(
      `SELECT id, version FROM translation_unit WHERE translation_id = ? ORDER BY id`,
      [id],
    );
    const clients: { client: SignedInClient; kind: 'edit' | 'review' }[] = [];
    for (let i = 0; i < 12; i++) {
      const app = i % 2 === 0 ? one : two;
      const kind = i % 4 < 2 ? 'edit' : 'review';
      const user = kind === 'edit' ? translatorUser : reviewers[i % reviewers.length]!;
      clients.push({ client: await app.signIn(user), kind });
    }
    const accepted: { unitId: number; read: number; now: number; status: string }[] = [];
    const statuses: number[] = [];
    let random = 7;
    const next = () => (random = (random * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    await Promise.all(
      clients.map(async ({ client, kind }, index) => {
        const known = new Map(rows.map((r) => [r.id, r.version]));
        for (let n = 0; n < 20; n++) {
          const unitId = rows[Math.floor(next() * rows.length)]!.id;
          const version = known.get(unitId)!;
          const res =
            kind === 'edit'
              ? await api(client).put(`/api/v1/translations/${id}/units/${unitId}`, {
                  text: `Edit ${index}.${n}`,
                  version,
                })
              : await api(client).post(`/api/v1/translations/${id}/units/${unitId}/review`, {
                  verdict: next() < 0.7 ? 'approve' : 'request_changes',
                  comment: 'Please look again.',
                  version,
                });
          statuses.push(res.status);
          if (res.status === 200) {
            const unit = kind === 'edit' ? res.body : res.body.unit;
            accepted.push({ unitId, read: version, now: unit.version, status: unit.status });
            known.set(unitId, unit.version);
          } else if (res.status === 409) {
            known.set(unitId, res.body.error.current.version);
          }
        }
      }),
    );
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 409).length).toBeGreaterThan(0);
    expect(accepted.length).toBeGreaterThan(10);
    // Per unit the accepted writes form one unbroken chain of versions ending in the stored row.
    for (const row of rows) {
      const chain = accepted.filter((a) => a.unitId === row.id).sort((a, b) => a.now - b.now);
      let version = row.version;
      for (const write of chain) {
        expect(write.read).toBe(version);
        expect(write.now).toBe(version + 1);
        version = write.now;
      }
      const [stored] = await db.query(`SELECT version, status FROM translation_unit WHERE id = ?`, [
        row.id,
      ]);
      expect(stored.version).toBe(version);
      if (chain.length) expect(stored.status).toBe(chain.at(-1)!.status);
    }
  });
});
