import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../src/auth/request-context.js';
import { CommentsService } from '../src/comments/comments.service.js';
import { I18nService } from '../src/i18n/i18n.service.js';
import { UsersService } from '../src/users/users.service.js';
import { ViewRenderer } from '../src/web/view-renderer.js';
import { commentsView } from '../src/web/workspace/comments.view-model.js';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';

describe('comments', () => {
  let t: TestApp;
  let db: DataSource;
  let lipa: SignedInClient;
  let lastochka: SignedInClient;
  let skvorets: SignedInClient;
  let chizh: SignedInClient;
  let translationId: number;
  let unitIds: number[];
  let otherTranslationId: number;

  const api = (c: SignedInClient) => ({
    get: (path: string) => c.agent.get(path),
    post: (path: string, body: object = {}) =>
      c.agent.post(path).set('x-csrf-token', c.csrf).send(body),
  });
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await db.query(sql, params))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    db = t.get(DataSource);
    lipa = await t.signIn(await t.createUser('lipa', ['editor', 'reviewer']));
    lastochka = await t.signIn(await t.createUser('lastochka', ['translator'], ['ru>en']));
    skvorets = await t.signIn(await t.createUser('skvorets', ['translator'], ['ru>en']));
    chizh = await t.signIn(await t.createUser('chizh', ['translator', 'reviewer'], ['en>ru']));
    const initiativeId = (
      await api(lipa)
        .post('/api/v1/initiatives', {
          nameOriginal: 'Мемориал',
          nameEn: 'Memorial',
          defaultLicence: 'CC-BY-4.0',
        })
        .expect(201)
    ).body.id;
    const source = async (title: string, body: string) =>
      (
        await api(lipa)
          .post('/api/v1/sources', {
            initiativeId,
            language: 'ru',
            kind: 'news',
            title,
            body,
            licence: 'CC-BY-4.0',
          })
          .expect(201)
      ).body.id as number;
    const first = await source('Штраф за пост', 'Суд оштрафовал активистку.\n\nРешение обжалуют.');
    const second = await source('Другой текст', 'Другой абзац.');
    translationId = (
      await api(lastochka)
        .post(`/api/v1/sources/${first}/translations`, { targetLanguage: 'en' })
        .expect(201)
    ).body.id;
    otherTranslationId = (
      await api(skvorets)
        .post(`/api/v1/sources/${second}/translations`, { targetLanguage: 'en' })
        .expect(201)
    ).body.id;
    unitIds = (
      await api(lastochka).get(`/api/v1/translations/${translationId}`).expect(200)
    ).body.units.map((u: { id: number }) => u.id);
  });
  afterAll(() => t.close());

  it('posts a comment on the whole translation and notifies only mentioned people who may see it', async () => {
    const res = await api(lastochka)
      .post(`/api/v1/translations/${translationId}/comments`, {
        body: '  @lipa, «иноагент» здесь верно? @skvorets @chizh @nobody-here и я сама @lastochka.  ',
      })
      .expect(201);
    expect(res.body).toMatchObject({
      translationId,
      unitId: null,
      parentId: null,
      author: 'lastochka',
      body: '@lipa, «иноагент» здесь верно? @skvorets @chizh @nobody-here и я сама @lastochka.',
      resolved: false,
      version: 1,
    });
    const notified = await db.query(
      `SELECT u.handle, n.kind, n.translation_id AS translationId FROM notification n JOIN "user" u ON u.id = n.user_id WHERE n.kind = 'mentioned'`,
    );
    // skvorets and chizh may not see this draft; lastochka wrote it; @nobody-here is no account.
    expect(notified).toEqual([{ handle: 'lipa', kind: 'mentioned', translationId }]);
    const [audit] = await db.query(
      `SELECT actor_id, object_type, object_id, details FROM audit_event WHERE action = 'comment.created'`,
    );
    expect(audit).toMatchObject({
      actor_id: lastochka.user.id,
      object_type: 'comment',
      object_id: String(res.body.id),
    });
    expect(JSON.parse(audit.details)).toMatchObject({ translationId, mentions: 2 });
  });

  it('keeps threads per unit, attaches replies to replies to the thread root, and lists them in reading order', async () => {
    const unitThread = (
      await api(lipa)
        .post(`/api/v1/translations/${translationId}/comments`, {
          body: 'Второй абзац: проверьте время.',
          unitId: unitIds[2],
        })
        .expect(201)
    ).body;
    const titleThread = (
      await api(lipa)
        .post(`/api/v1/translations/${translationId}/comments`, {
          body: 'Заголовок короче, пожалуйста.',
          unitId: unitIds[0],
        })
        .expect(201)
    ).body;
    const reply = (
      await api(lastochka)
        .post(`/api/v1/translations/${translationId}/comments`, {
          body: 'Исправила.',
          parentId: unitThread.id,
        })
        .expect(201)
    ).body;
    expect(reply).toMatchObject({ parentId: unitThread.id, unitId: unitIds[2] });
    const nested = (
      await api(lipa)
        .post(`/api/v1/translations/${translationId}/comments`, {
          body: 'Спасибо!',
          parentId: reply.id,
        })
        .expect(201)
    ).body;
    expect(nested).toMatchObject({ parentId: unitThread.id, unitId: unitIds[2] });
    await api(lipa)
      .post(`/api/v1/translations/${translationId}/comments`, {
        body: 'Не тот фрагмент.',
        parentId: unitThread.id,
        unitId: unitIds[1],
      })
      .expect(400);

    const list = (
      await api(lastochka).get(`/api/v1/translations/${translationId}/comments`).expect(200)
    ).body.threads;
    expect(
      list.map((th: { unitId: number | null; unitPosition: number | null }) => [
        th.unitId,
        th.unitPosition,
      ]),
    ).toEqual([
      [null, null],
      [unitIds[0], 1],
      [unitIds[2], 3],
    ]);
    expect(list[1].id).toBe(titleThread.id);
    expect(
      list[2].replies.map((r: { author: string; body: string }) => [r.author, r.body]),
    ).toEqual([
      ['lastochka', 'Исправила.'],
      ['lipa', 'Спасибо!'],
    ]);
  });

  it('answers 404 to anyone who may not see the translation, for reading, writing and resolving', async () => {
    const before = await count(`SELECT count(*) AS n FROM comment`);
    const [root] = await db.query(
      `SELECT id, version FROM comment WHERE translation_id = ? AND parent_id IS NULL LIMIT 1`,
      [translationId],
    );
    for (const outsider of [skvorets, chizh]) {
      await api(outsider).get(`/api/v1/translations/${translationId}/comments`).expect(404);
      await api(outsider)
        .post(`/api/v1/translations/${translationId}/comments`, { body: 'Можно мне?' })
        .expect(404);
      await api(outsider)
        .post(`/api/v1/comments/${root.id}/resolve`, { version: root.version, resolved: true })
        .expect(404);
      await outsider.agent
        .post(`/workspace/translations/${translationId}/comments`)
        .type('form')
        .send({ _csrf: outsider.csrf, body: 'Через форму.' })
        .expect(404);
    }
    await api(lastochka).get(`/api/v1/translations/${otherTranslationId}/comments`).expect(404);
    expect(await count(`SELECT count(*) AS n FROM comment`)).toBe(before);
    const [resolvedAt] = await db.query(`SELECT resolved_at FROM comment WHERE id = ?`, [root.id]);
    expect(resolvedAt.resolved_at).toBeNull();
  });

  it('refuses a unit or thread of another translation, bad bodies and unknown fields, storing nothing', async () => {
    const before = await count(`SELECT count(*) AS n FROM comment`);
    const [foreignUnit] = await db.query(
      `SELECT id FROM translation_unit WHERE translation_id = ?`,
      [otherTranslationId],
    );
    const foreignComment = (
      await api(skvorets)
        .post(`/api/v1/translations/${otherTranslationId}/comments`, { body: 'Свой перевод.' })
        .expect(201)
    ).body;
    const post = (body: object) =>
      api(lipa).post(`/api/v1/translations/${translationId}/comments`, body);
    await post({ body: 'x', unitId: foreignUnit.id }).expect(404);
    await post({ body: 'x', parentId: foreignComment.id }).expect(404);
    const empty = await post({ body: '   ' }).expect(400);
    expect(empty.body.error.fields[0].field).toBe('body');
    const long = await post({ body: 'я'.repeat(4001) }).expect(400);
    expect(long.body.error.fields[0].field).toBe('body');
    await post({ body: 'я'.repeat(4000) }).expect(201);
    const unknown = await post({ body: 'x', authorId: lastochka.user.id }).expect(400);
    expect(unknown.body.error.fields[0]).toMatchObject({ field: 'authorId' });
    await api(lipa)
      .post(`/api/v1/comments/${foreignComment.id}/resolve`, { version: 1, resolved: true, at: 1 })
      .expect(400);
    expect(await count(`SELECT count(*) AS n FROM comment`)).toBe(before + 2);
  });

  it('resolves and reopens a thread with the version read; a stale version is a conflict', async () => {
    const thread = (
      await api(lastochka)
        .post(`/api/v1/translations/${translationId}/comments`, { body: 'Обсудим термин.' })
        .expect(201)
    ).body;
    const reply = (
      await api(lipa)
        .post(`/api/v1/translations/${translationId}/comments`, {
          body: 'Согласна.',
          parentId: thread.id,
        })
        .expect(201)
    ).body;
    const resolved = (
      await api(lipa)
        .post(`/api/v1/comments/${thread.id}/resolve`, { version: 1, resolved: true })
        .expect(200)
    ).body;
    expect(resolved).toMatchObject({ resolved: true, resolvedBy: 'lipa', version: 2 });
    const stale = await api(lastochka)
      .post(`/api/v1/comments/${thread.id}/resolve`, { version: 1, resolved: false })
      .expect(409);
    expect(stale.body.error.current).toMatchObject({ version: 2, resolved: true });
    await api(lipa)
      .post(`/api/v1/comments/${reply.id}/resolve`, { version: 1, resolved: true })
      .expect(400);
    const reopened = (
      await api(lastochka)
        .post(`/api/v1/comments/${thread.id}/resolve`, { version: 2, resolved: false })
        .expect(200)
    ).body;
    expect(reopened).toMatchObject({ resolved: false, resolvedBy: null, version: 3 });
    const actions = await db.query(
      `SELECT action, actor_id FROM audit_event WHERE object_type = 'comment' AND object_id = ? ORDER BY id`,
      [String(thread.id)],
    );
    expect(actions).toEqual([
      { action: 'comment.created', actor_id: lastochka.user.id },
      { action: 'comment.resolved', actor_id: lipa.user.id },
      { action: 'comment.reopened', actor_id: lastochka.user.id },
    ]);
  });

  it('posts and resolves through plain forms with CSRF, going back only to a local page', async () => {
    const noToken = await lastochka.agent
      .post(`/workspace/translations/${translationId}/comments`)
      .type('form')
      .send({ body: 'Без токена.' })
      .expect(403);
    expect(noToken.text).not.toContain('Без токена.');
    const posted = await lastochka.agent
      .post(`/workspace/translations/${translationId}/comments`)
      .type('form')
      .send({
        _csrf: lastochka.csrf,
        body: 'Из формы.',
        unitId: String(unitIds[1]),
        returnTo: `/workspace/translations/${translationId}?tab=review`,
      })
      .expect(303);
    const [row] = await db.query(
      `SELECT id, unit_id, version FROM comment WHERE body = 'Из формы.'`,
    );
    expect(row.unit_id).toBe(unitIds[1]);
    expect(posted.headers.location).toBe(
      `/workspace/translations/${translationId}?tab=review#comment-${row.id}`,
    );
    const elsewhere = await lastochka.agent
      .post(`/workspace/translations/${translationId}/comments`)
      .type('form')
      .send({ _csrf: lastochka.csrf, body: 'Ещё.', unitId: '', returnTo: '//evil.example/x' })
      .expect(303);
    expect(elsewhere.headers.location).toMatch(
      new RegExp(`^/workspace/translations/${translationId}#comment-\\d+$`),
    );
    await lastochka.agent
      .post(`/workspace/comments/${row.id}/resolve`)
      .type('form')
      .send({ version: String(row.version), resolved: 'true' })
      .expect(403);
    const resolved = await lastochka.agent
      .post(`/workspace/comments/${row.id}/resolve`)
      .type('form')
      .send({
        _csrf: lastochka.csrf,
        version: String(row.version),
        resolved: 'true',
        returnTo: `/workspace/translations/${translationId}`,
      })
      .expect(303);
    expect(resolved.headers.location).toBe(
      `/workspace/translations/${translationId}#comment-${row.id}`,
    );
    const [after] = await db.query(`SELECT resolved_by_id FROM comment WHERE id = ?`, [row.id]);
    expect(after.resolved_by_id).toBe(lastochka.user.id);
  });

  it('renders the threads escaped, grouped, with reply and resolve forms; a deleted author is a former volunteer', async () => {
    const sinica = await t.createUser('sinica', ['editor']);
    const sinicaSummary = (await t.get(UsersService).findSummary(sinica.id))!;
    await t.get(CommentsService).create(sinicaSummary, translationId, {
      body: '<script>alert(1)</script> и ссылка https://example.org',
    });
    await t.get(UsersService).deleteAccount(lipa.user.id, sinica.id);

    const threads = (
      await api(lastochka).get(`/api/v1/translations/${translationId}/comments`).expect(200)
    ).body.threads;
    expect(threads.find((th: { body: string }) => th.body.startsWith('<script>')).author).toBe(
      'former volunteer',
    );

    const i18n = t.get(I18nService);
    const user = (await t.get(UsersService).findSummary(lastochka.user.id))!;
    const ctx = {
      lang: 'ru',
      langFromQuery: false,
      t: i18n.translator('ru'),
      user,
      via: 'session',
      session: { csrfToken: 'token-of-this-page' },
      tokenId: null,
      authError: null,
    } as unknown as RequestContext;
    const model = commentsView(
      ctx,
      await t.get(CommentsService).threads(user, translationId),
      translationId,
      'https://evil.example/',
      { units: [{ id: unitIds[1]!, position: 2 }] },
    );
    expect(model.returnTo).toBe(`/workspace/translations/${translationId}`);
    expect(model.groups.map((g) => g.heading)).toEqual([
      'Перевод целиком',
      'Фрагмент 1',
      'Фрагмент 2',
      'Фрагмент 3',
    ]);
    const html = t
      .get(ViewRenderer)
      .renderWith(
        'partials/comments',
        { comments: model },
        ctx,
        `/workspace/translations/${translationId}`,
      );
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('бывший волонтёр');
    expect(html).toContain(`action="/workspace/translations/${translationId}/comments"`);
    expect(html).toContain('name="_csrf" value="token-of-this-page"');
    expect(html).toMatch(/name="resolved" value="false"/);
    expect(html).toMatch(/name="resolved" value="true"/);
    expect(html).toContain(`<option value="${unitIds[1]}">Фрагмент 2</option>`);
  });
});
