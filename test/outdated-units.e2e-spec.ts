import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';
import { api, createInitiative, createSource } from './support/workflow.js';

describe('translation workspace', () => {
  let t: TestApp;
  let editor: SignedInClient;
  let lastochka: SignedInClient;
  let initiativeId: number;

  const newSource = (body: string, title: string) =>
    createSource(editor, initiativeId, body, title);

  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.signIn(await t.createUser('lipa', ['editor', 'reviewer']));
    lastochka = await t.signIn(await t.createUser('lastochka', ['translator'], ['ru>en']));
    initiativeId = await createInitiative(editor);
  });
  afterAll(() => t.close());

  it('marks units of changed segments outdated with the old source, and adds units for new segments', async () => {
    const source = await newSource('Первый абзац.\n\nВторой абзац.', 'Для правки');
    const translation = (
      await api(lastochka)
        .post(`/api/v1/sources/${source.id}/translations`, { targetLanguage: 'en' })
        .expect(201)
    ).body;
    const units = (await api(lastochka).get(`/api/v1/translations/${translation.id}`).expect(200))
      .body.units;
    await api(lastochka)
      .put(`/api/v1/translations/${translation.id}/units/${units[1].id}`, {
        text: 'First paragraph.',
        version: 1,
      })
      .expect(200);
    await api(lastochka)
      .put(`/api/v1/translations/${translation.id}/units/${units[2].id}`, {
        text: 'Second paragraph.',
        version: 1,
      })
      .expect(200);
    const current = (await api(editor).get(`/api/v1/sources/${source.id}`).expect(200)).body;
    await api(editor)
      .put(`/api/v1/sources/${source.id}`, {
        initiativeId,
        language: 'ru',
        kind: 'news',
        title: 'Для правки',
        licence: 'CC-BY-4.0',
        body: 'Первый абзац.\n\nВторой абзац, исправленный.\n\nТретий абзац.',
        version: current.version,
      })
      .expect(200);
    const after = (await api(lastochka).get(`/api/v1/translations/${translation.id}`).expect(200))
      .body.units;
    expect(after.map((u: { status: string }) => u.status)).toEqual([
      'empty',
      'draft',
      'outdated',
      'empty',
    ]);
    expect(after[2]).toMatchObject({
      outdatedSource: 'Второй абзац.',
      source: 'Второй абзац, исправленный.',
      text: 'Second paragraph.',
    });
    const page = await lastochka.agent.get(`/workspace/translations/${translation.id}`).expect(200);
    expect(page.text).toContain('The source of this unit changed. Before:');
    expect(page.text).toContain('<del>Второй абзац.</del>');
    await api(lastochka)
      .put(`/api/v1/translations/${translation.id}/units/${after[3].id}`, {
        text: 'Third paragraph.',
        version: 1,
      })
      .expect(200);
    await api(lastochka)
      .put(`/api/v1/translations/${translation.id}/units/${after[0].id}`, {
        text: 'For editing',
        version: 1,
      })
      .expect(200);
    const refused = await api(lastochka)
      .post(`/api/v1/translations/${translation.id}/submit`, { version: translation.version + 1 })
      .expect(400);
    expect(refused.body.error.code).toBe('translations:submit-outdated');
  });
});
