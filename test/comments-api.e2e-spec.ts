import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { seedCommentsWorld } from './support/comment-fixtures.js';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';
import { api } from './support/workflow.js';

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

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await db.query(sql, params))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    db = t.get(DataSource);
    ({ lipa, lastochka, skvorets, chizh, translationId, unitIds, otherTranslationId } =
      await seedCommentsWorld(t));
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
      `SELECT u.handle, n.kind, n.translation_id AS "translationId" FROM notification n JOIN "user" u ON u.id = n.user_id WHERE n.kind = 'mentioned'`,
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
});
