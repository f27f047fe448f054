import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { formCsrf, startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';
import { BODY } from './support/translation-fixtures.js';
import { api, createInitiative, createSource } from './support/workflow.js';

describe('translation workspace', () => {
  let t: TestApp;
  let editor: SignedInClient;
  let lastochka: SignedInClient;
  let skvorets: SignedInClient;
  let outsider: SignedInClient;
  let sourceId: number;
  let initiativeId: number;

  const newSource = (body = BODY, title = 'Штраф за пост') =>
    createSource(editor, initiativeId, body, title);

  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.signIn(await t.createUser('lipa', ['editor', 'reviewer']));
    lastochka = await t.signIn(await t.createUser('lastochka', ['translator'], ['ru>en']));
    skvorets = await t.signIn(await t.createUser('skvorets', ['translator'], ['ru>en']));
    outsider = await t.signIn(await t.createUser('chizh', ['translator'], ['en>ru']));
    initiativeId = await createInitiative(editor);
    sourceId = (await newSource()).id;
  });
  afterAll(() => t.close());

  it('a translator starts a translation, which claims it: others see who works on it and cannot start another', async () => {
    const dashboard = await lastochka.agent.get('/workspace').expect(200);
    expect(dashboard.text).toContain('Штраф за пост');
    const csrf = await formCsrf(lastochka.agent, '/workspace');
    const started = await lastochka.agent
      .post(`/workspace/sources/${sourceId}/translations`)
      .type('form')
      .send({ _csrf: csrf, targetLanguage: 'en' })
      .expect(303);
    const id = Number(/translations\/(\d+)$/.exec(started.headers.location)![1]);
    const units = await t
      .get(DataSource)
      .query(`SELECT status FROM translation_unit WHERE translation_id = ?`, [id]);
    expect(units.map((u: { status: string }) => u.status)).toEqual([
      'empty',
      'empty',
      'empty',
      'empty',
    ]);

    const theirs = await skvorets.agent.get('/workspace').expect(200);
    expect(theirs.text).toContain('being translated by lastochka');
    const refused = await api(skvorets)
      .post(`/api/v1/sources/${sourceId}/translations`, { targetLanguage: 'en' })
      .expect(409);
    expect(refused.body.error.message).toBe(
      'lastochka is already translating this text into this language.',
    );
    await skvorets.agent.get(`/workspace/translations/${id}`).expect(404);
    await api(skvorets).get(`/api/v1/translations/${id}`).expect(404);
    const count = await t.get(DataSource).query(`SELECT count(*) AS n FROM translation`);
    expect(count[0].n).toBe(1);
  });

  it('refuses a translator outside the pair and pairs the site does not translate', async () => {
    const other = await newSource('Другой текст.', 'Другой');
    const res = await api(outsider)
      .post(`/api/v1/sources/${other.id}/translations`, { targetLanguage: 'en' })
      .expect(403);
    expect(res.body.error.message).toBe('You do not translate ru>en.');
    await api(lastochka)
      .post(`/api/v1/sources/${other.id}/translations`, { targetLanguage: 'ru' })
      .expect(400);
    await api(lastochka)
      .post(`/api/v1/sources/${other.id}/translations`, { targetLanguage: 'de' })
      .expect(400);
    expect(
      (
        await t
          .get(DataSource)
          .query(`SELECT count(*) AS n FROM translation WHERE source_id = ?`, [other.id])
      )[0].n,
    ).toBe(0);
  });

  it('releases a claim for others to take up, and lets an editor hand it to a translator of the pair', async () => {
    const source = await newSource('Освобождаемый текст.', 'Освобождаемый');
    const started = (
      await api(lastochka)
        .post(`/api/v1/sources/${source.id}/translations`, { targetLanguage: 'en' })
        .expect(201)
    ).body;
    await api(skvorets)
      .post(`/api/v1/translations/${started.id}/release`, { version: 1 })
      .expect(404);
    const released = (
      await api(lastochka)
        .post(`/api/v1/translations/${started.id}/release`, { version: 1 })
        .expect(200)
    ).body;
    expect(released.claimedById).toBeNull();
    expect((await skvorets.agent.get('/workspace').expect(200)).text).toContain('Освобождаемый');
    await api(outsider)
      .post(`/api/v1/translations/${started.id}/claim`, { version: released.version })
      .expect(404);
    const claimed = (
      await api(skvorets)
        .post(`/api/v1/translations/${started.id}/claim`, { version: released.version })
        .expect(200)
    ).body;
    expect(claimed.claimedById).toBe(skvorets.user.id);
    await api(lastochka)
      .post(`/api/v1/translations/${started.id}/claim`, { version: claimed.version })
      .expect(404);
    const wrongPair = await api(editor)
      .post(`/api/v1/translations/${started.id}/reassign`, {
        version: claimed.version,
        handle: 'chizh',
      })
      .expect(400);
    expect(wrongPair.body.error.fields[0].message).toBe('chizh does not translate ru>en.');
    await api(skvorets)
      .post(`/api/v1/translations/${started.id}/reassign`, {
        version: claimed.version,
        handle: 'lastochka',
      })
      .expect(403);
    const handed = (
      await api(editor)
        .post(`/api/v1/translations/${started.id}/reassign`, {
          version: claimed.version,
          handle: 'lastochka',
        })
        .expect(200)
    ).body;
    expect(handed.claimedById).toBe(lastochka.user.id);
    await api(editor)
      .post(`/api/v1/translations/${started.id}/reassign`, {
        version: claimed.version,
        handle: 'skvorets',
      })
      .expect(409);
  });
});
