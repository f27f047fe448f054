import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import {
  addNewsSource,
  emit,
  handOver,
  notificationsOf,
  publishDirectly,
  recordApprovals,
} from './support/notification-scenario.js';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';
import { api, createInitiative } from './support/workflow.js';

describe('notifications and the inbox', () => {
  let t: TestApp;
  let db: DataSource;
  let lipa: SignedInClient;
  let lastochka: SignedInClient;
  let skvorets: SignedInClient;
  let chizh: SignedInClient;
  let sova: SignedInClient;
  let translationId: number;
  const title = 'Задержания на акции';

  const inboxOf = (userId: number) => notificationsOf(t, userId);

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
    const initiativeId = await createInitiative(lipa, {
      nameOriginal: 'ОВД-Инфо',
      nameEn: 'OVD-Info',
    });

    // The story notification-recipients.e2e-spec.ts checks step by step: a Russian and an
    // English text arrive, lastochka starts the translation and hands it to skvorets, sova asks
    // for changes and approves, and lipa publishes it.
    const sourceId = await addNewsSource(lipa, initiativeId, title);
    await addNewsSource(lipa, initiativeId, 'English text', 'en');
    translationId = (
      await api(lastochka)
        .post(`/api/v1/sources/${sourceId}/translations`, { targetLanguage: 'en' })
        .expect(201)
    ).body.id;
    await handOver(translationId, lastochka, skvorets);
    await emit(t, 'translation.changes-requested', { translationId, actorId: sova.user.id });
    await emit(t, 'translation.approved', {
      translationId,
      actorId: sova.user.id,
      selfApproved: false,
    });
    await emit(t, 'translation.changes-requested', { translationId, actorId: skvorets.user.id });
    await recordApprovals(t, translationId, [sova.user.id]);
    await publishDirectly(t, translationId, lipa.user.id);
  });
  afterAll(() => t.close());

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
