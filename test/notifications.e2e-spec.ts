import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { DomainEvents } from '../src/common/domain-events.js';
import { TransactionRunner } from '../src/database/transaction-runner.js';
import { ReviewEvent } from '../src/translations/review-event.entity.js';
import { UsersService } from '../src/users/users.service.js';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';

describe('notifications and the inbox', () => {
  let t: TestApp;
  let db: DataSource;
  let lipa: SignedInClient;
  let lastochka: SignedInClient;
  let skvorets: SignedInClient;
  let chizh: SignedInClient;
  let sova: SignedInClient;
  let initiativeId: number;
  let translationId: number;
  let title: string;

  const api = (c: SignedInClient) => ({
    get: (path: string) => c.agent.get(path),
    post: (path: string, body: object = {}) =>
      c.agent.post(path).set('x-csrf-token', c.csrf).send(body),
    put: (path: string, body: object) => c.agent.put(path).set('x-csrf-token', c.csrf).send(body),
  });
  const inboxOf = async (userId: number) =>
    db.query(
      `SELECT kind, translation_id AS translationId, data, read_at AS readAt FROM notification WHERE user_id = ? ORDER BY id`,
      [userId],
    ) as Promise<
      { kind: string; translationId: number | null; data: string; readAt: string | null }[]
    >;
  const kindsOf = async (userId: number) => (await inboxOf(userId)).map((n) => n.kind);
  const newSource = async (sourceTitle: string, language = 'ru') =>
    (
      await api(lipa)
        .post('/api/v1/sources', {
          initiativeId,
          language,
          kind: 'news',
          title: sourceTitle,
          body: language === 'ru' ? 'Первый абзац.\n\nВторой абзац.' : 'First paragraph.',
          licence: 'CC-BY-4.0',
        })
        .expect(201)
    ).body.id as number;
  const emit = <K extends Parameters<DomainEvents['emit']>[1]>(
    name: K,
    payload: Parameters<DomainEvents['emit']>[2] & object,
  ) =>
    t
      .get(TransactionRunner)
      .write((m) => t.get(DomainEvents).emit(m, name as never, payload as never));

  beforeAll(async () => {
    t = await startTestApp();
    db = t.get(DataSource);
    lipa = await t.signIn(
      await t.createUser('lipa', ['editor', 'reviewer', 'translator'], ['ru>en']),
    );
    lastochka = await t.signIn(await t.createUser('lastochka', ['translator'], ['ru>en']));
    skvorets = await t.signIn(await t.createUser('skvorets', ['translator'], ['ru>en', 'en>ru']));
    chizh = await t.signIn(await t.createUser('chizh', ['translator'], ['en>ru']));
    sova = await t.signIn(await t.createUser('sova', ['reviewer'], ['ru>en']));
    initiativeId = (
      await api(lipa)
        .post('/api/v1/initiatives', {
          nameOriginal: 'ОВД-Инфо',
          nameEn: 'OVD-Info',
          defaultLicence: 'CC-BY-4.0',
        })
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  it('tells translators from the language of a new text, but not the actor, other languages, or disabled and deleted accounts', async () => {
    const users = t.get(UsersService);
    const disabled = await t.createUser('dyatel', ['translator'], ['ru>en']);
    await users.setDisabled(lipa.user.id, disabled.id, 1, true);
    const deleted = await t.createUser('grach', ['translator'], ['ru>en']);
    await users.deleteAccount(lipa.user.id, deleted.id);

    title = 'Задержания на акции';
    const sourceId = await newSource(title);
    for (const reader of [lastochka, skvorets]) {
      const [entry] = await inboxOf(reader.user.id);
      expect(entry).toMatchObject({ kind: 'new-source', translationId: null });
      expect(JSON.parse(entry!.data)).toMatchObject({ sourceId, title, actorId: lipa.user.id });
    }
    for (const id of [lipa.user.id, chizh.user.id, sova.user.id, disabled.id, deleted.id]) {
      expect(await kindsOf(id)).toEqual([]);
    }
    await newSource('English text', 'en');
    expect(await kindsOf(chizh.user.id)).toEqual(['new-source']);
    expect(await kindsOf(lastochka.user.id)).toEqual(['new-source']);
    expect(await kindsOf(skvorets.user.id)).toEqual(['new-source', 'new-source']);

    translationId = (
      await api(lastochka)
        .post(`/api/v1/sources/${sourceId}/translations`, { targetLanguage: 'en' })
        .expect(201)
    ).body.id;
  });

  it('tells the claimant of changes requested, and claimant and contributors of an approval, never the actor', async () => {
    const units = (await api(lastochka).get(`/api/v1/translations/${translationId}`).expect(200))
      .body.units;
    await api(lastochka)
      .put(`/api/v1/translations/${translationId}/units/${units[1].id}`, {
        text: 'First paragraph.',
        version: units[1].version,
      })
      .expect(200);
    const { version } = (
      await api(lastochka).get(`/api/v1/translations/${translationId}`).expect(200)
    ).body;
    await api(lastochka)
      .post(`/api/v1/translations/${translationId}/release`, { version })
      .expect(200);
    await api(skvorets)
      .post(`/api/v1/translations/${translationId}/claim`, { version: version + 1 })
      .expect(200);

    await emit('translation.changes-requested', { translationId, actorId: sova.user.id });
    expect(await kindsOf(skvorets.user.id)).toContain('changes-requested');
    expect(await kindsOf(lastochka.user.id)).not.toContain('changes-requested');
    expect(await kindsOf(sova.user.id)).toEqual([]);

    await emit('translation.approved', {
      translationId,
      actorId: sova.user.id,
      selfApproved: false,
    });
    expect((await kindsOf(skvorets.user.id)).filter((k) => k === 'approved')).toHaveLength(1);
    expect((await kindsOf(lastochka.user.id)).filter((k) => k === 'approved')).toHaveLength(1);
    expect(await kindsOf(sova.user.id)).toEqual([]);

    await emit('translation.changes-requested', { translationId, actorId: skvorets.user.id });
    expect((await kindsOf(skvorets.user.id)).filter((k) => k === 'changes-requested')).toHaveLength(
      1,
    );
  });

  it('tells claimant, contributors and reviewers of a publication, with a link to it, but no disabled reviewer', async () => {
    const users = t.get(UsersService);
    const filin = await t.createUser('filin', ['reviewer'], ['ru>en']);
    await t.get(TransactionRunner).write(async (m) => {
      for (const actorId of [sova.user.id, filin.id]) {
        await m.insert(ReviewEvent, {
          translationId,
          unitId: null,
          unitVersion: null,
          actorId,
          verdict: 'approve',
          selfApproval: false,
          comment: '',
          createdAt: new Date(),
        });
      }
    });
    await users.setDisabled(lipa.user.id, filin.id, 1, true);
    const [source] = await db.query(
      `SELECT s.id, s.initiative_id FROM source_text s JOIN translation t ON t.source_id = s.id WHERE t.id = ?`,
      [translationId],
    );
    await db.query(
      `INSERT INTO publication (translation_id, source_id, initiative_id, language, source_language, slug, version, title, summary, content, published_at)
       VALUES (?, ?, ?, 'en', 'ru', 'detentions-at-a-rally', 1, 'Detentions at a rally', '', ?, ?)`,
      [
        translationId,
        source.id,
        source.initiative_id,
        JSON.stringify({
          title: 'Detentions at a rally',
          originalTitle: '',
          blocks: [],
          footnotes: [],
          explainers: [],
          attribution: null,
          selfReviewed: false,
        }),
        new Date().toISOString(),
      ],
    );
    const [{ id: publicationId }] = await db.query(`SELECT id FROM publication`);
    await emit('publication.published', {
      publicationId,
      translationId,
      actorId: lipa.user.id,
      version: 1,
    });
    for (const id of [skvorets.user.id, lastochka.user.id, sova.user.id]) {
      expect(await kindsOf(id)).toContain('published');
    }
    expect(await kindsOf(filin.id)).toEqual([]);
    expect(await kindsOf(lipa.user.id)).toEqual([]);
    const [entry] = (await inboxOf(sova.user.id)).filter((n) => n.kind === 'published');
    expect(JSON.parse(entry!.data)).toMatchObject({
      actorId: lipa.user.id,
      title,
      version: 1,
      url: '/texts/detentions-at-a-rally',
    });
  });

  it('shows the inbox newest first with sentences and links, and the unread count in the layout', async () => {
    const page = await skvorets.agent.get('/inbox').expect(200);
    const messages = [...page.text.matchAll(/<a href="([^"]+)">([^<]+)<\/a>\s*<small>/g)].map(
      (m) => [m[1], m[2]],
    );
    expect(messages[0]).toEqual(['/texts/detentions-at-a-rally', `lipa published “${title}”`]);
    expect(messages).toContainEqual([
      `/workspace/translations/${translationId}`,
      `sova requested changes in “${title}”`,
    ]);
    expect(messages.at(-1)![1]).toBe('A new text waits for translation: “Задержания на акции”');
    expect(messages.at(-1)![0]).toMatch(/^\/workspace\/sources\/\d+$/);
    const unread = (await inboxOf(skvorets.user.id)).length;
    expect(page.text).toContain(`Inbox (${unread}<span class="visually-hidden"> unread</span>)`);
    const ru = await skvorets.agent.get('/workspace?lang=ru').expect(200);
    expect(ru.text).toContain(`Входящие (${unread}<span class="visually-hidden"> `);
    expect((await chizh.agent.get('/workspace').expect(200)).text).toContain(
      'Inbox (1<span class="visually-hidden"> unread</span>)',
    );
    expect((await sova.agent.get('/inbox').expect(200)).text).toContain(`sova`);
  });

  it('marks read only the user’s own notifications, by form with CSRF and by API', async () => {
    const [mine] = await db.query(
      `SELECT id FROM notification WHERE user_id = ? AND read_at IS NULL ORDER BY id LIMIT 1`,
      [skvorets.user.id],
    );
    const [theirs] = await db.query(
      `SELECT id FROM notification WHERE user_id = ? AND read_at IS NULL ORDER BY id LIMIT 1`,
      [lastochka.user.id],
    );
    const unreadOf = async (id: number) =>
      Number(
        (
          await db.query(
            `SELECT count(*) AS n FROM notification WHERE user_id = ? AND read_at IS NULL`,
            [id],
          )
        )[0].n,
      );
    const lastochkaBefore = await unreadOf(lastochka.user.id);
    const skvoretsBefore = await unreadOf(skvorets.user.id);

    await skvorets.agent
      .post('/inbox/read')
      .type('form')
      .send({ ids: String(mine.id) })
      .expect(403);
    await skvorets.agent
      .post('/inbox/read')
      .type('form')
      .send({ _csrf: skvorets.csrf, ids: String(theirs.id) })
      .expect(303);
    const marked = await api(skvorets)
      .post('/api/v1/inbox/read', { ids: [theirs.id] })
      .expect(200);
    expect(marked.body.marked).toBe(0);
    await api(skvorets)
      .post('/api/v1/inbox/read', { all: true, userId: lastochka.user.id })
      .expect(400);
    await api(skvorets).post('/api/v1/inbox/read', {}).expect(400);
    expect(await unreadOf(lastochka.user.id)).toBe(lastochkaBefore);
    expect(await unreadOf(skvorets.user.id)).toBe(skvoretsBefore);

    const one = await skvorets.agent
      .post('/inbox/read')
      .type('form')
      .send({ _csrf: skvorets.csrf, ids: String(mine.id), page: '1' })
      .expect(303);
    expect(one.headers.location).toBe('/inbox');
    expect(await unreadOf(skvorets.user.id)).toBe(skvoretsBefore - 1);

    const listed = (await api(skvorets).get('/api/v1/inbox').expect(200)).body;
    expect(listed.unread).toBe(skvoretsBefore - 1);
    expect(listed.notifications[0]).toMatchObject({
      kind: 'published',
      translationId,
      message: `lipa published “${title}”`,
      href: '/texts/detentions-at-a-rally',
      read: false,
    });
    expect(listed.notifications.find((n: { id: number }) => n.id === mine.id)).toMatchObject({
      read: true,
    });
    expect(listed.notifications.map((n: { id: number }) => n.id)).not.toContain(theirs.id);
    await api(skvorets).get('/api/v1/inbox?userId=1').expect(400);

    await skvorets.agent
      .post('/inbox/read')
      .type('form')
      .send({ _csrf: skvorets.csrf, all: 'true' })
      .expect(303);
    expect(await unreadOf(skvorets.user.id)).toBe(0);
    expect(await unreadOf(lastochka.user.id)).toBe(lastochkaBefore);
    const after = await skvorets.agent.get('/inbox').expect(200);
    expect(after.text).toContain('>Inbox</a>');
    expect(after.text).not.toContain('Mark all read');
  });

  it('links a mention to its comment', async () => {
    await api(lipa)
      .post(`/api/v1/translations/${translationId}/comments`, {
        body: '@skvorets, посмотри заголовок',
      })
      .expect(201);
    const listed = (await api(skvorets).get('/api/v1/inbox').expect(200)).body.notifications;
    expect(listed[0]).toMatchObject({
      kind: 'mentioned',
      message: `lipa mentioned you in a comment on “${title}”`,
    });
    expect(listed[0].href).toMatch(
      new RegExp(`^/workspace/translations/${translationId}#comment-\\d+$`),
    );
  });
});
