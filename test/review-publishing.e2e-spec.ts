import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startReviewTeam } from './support/review-team.js';
import type { SignedInClient, TestApp } from './support/test-app.js';
import {
  api,
  createSource,
  reviewUnits,
  submit,
  translate,
  translationVersion,
} from './support/workflow.js';

describe('review and publishing', () => {
  let t: TestApp;
  let editor: SignedInClient;
  let reviewer: SignedInClient;
  let translator: SignedInClient;
  let initiativeId: number;

  beforeAll(async () => {
    ({ t, editor, reviewer, translator, initiativeId } = await startReviewTeam());
  });
  afterAll(() => t.close());

  it('holds the publish gate: attribution must be complete', async () => {
    const source = await createSource(editor, initiativeId, 'Текст без ссылки.', 'Без ссылки', {
      originalUrl: undefined,
      publishedDate: undefined,
      licence: 'unknown',
    });
    const id = await translate(translator, source.id, ['No link', 'A text without a link.']);
    await submit(translator, id);
    const waiting = await reviewUnits(t, reviewer, id);
    await api(reviewer)
      .post(`/api/v1/translations/${id}/approve-all`, {
        units: Object.fromEntries(waiting.map((u) => [u.id, u.version])),
      })
      .expect(200);
    const refused = await api(editor)
      .post(`/api/v1/translations/${id}/publish`, { version: await translationVersion(editor, id) })
      .expect(400);
    expect(refused.body.error.fields.map((f: { message: string }) => f.message)).toEqual([
      'The source text needs a link to the original.',
      'The source text needs its original publication date.',
      'The licence of the source text is unknown.',
    ]);
    expect(
      (
        await t
          .get(DataSource)
          .query(`SELECT count(*) AS n FROM publication WHERE translation_id = ?`, [id])
      )[0].n,
    ).toBe(0);
  });

  it('publishes a correction after the source changes, keeping earlier versions listed, and unpublishes to a 404', async () => {
    const source = await createSource(editor, initiativeId, 'Первая редакция.', 'Исправления');
    const id = await translate(translator, source.id, ['Corrections', 'First edition.']);
    await submit(translator, id);
    let waiting = await reviewUnits(t, reviewer, id);
    await api(reviewer)
      .post(`/api/v1/translations/${id}/approve-all`, {
        units: Object.fromEntries(waiting.map((u) => [u.id, u.version])),
      })
      .expect(200);
    await api(editor)
      .post(`/api/v1/translations/${id}/publish`, { version: await translationVersion(editor, id) })
      .expect(201);

    const current = (await api(editor).get(`/api/v1/sources/${source.id}`).expect(200)).body;
    await api(editor)
      .put(`/api/v1/sources/${source.id}`, {
        initiativeId,
        language: 'ru',
        kind: 'news',
        title: 'Исправления',
        body: 'Вторая редакция.',
        licence: 'CC-BY-4.0',
        originalUrl: 'https://example.org/original',
        publishedDate: '2021-12-28',
        version: current.version,
      })
      .expect(200);
    const state = (await api(translator).get(`/api/v1/translations/${id}`).expect(200)).body;
    expect(state.status).toBe('outdated');
    // Readers keep the last publication meanwhile.
    expect((await t.client().get('/texts/corrections').expect(200)).text).toContain(
      'First edition.',
    );
    const outdated = state.units.find((u: { status: string }) => u.status === 'outdated');
    await api(translator)
      .put(`/api/v1/translations/${id}/units/${outdated.id}`, {
        text: 'Second edition.',
        version: outdated.version,
      })
      .expect(200);
    await submit(translator, id);
    waiting = await reviewUnits(t, reviewer, id);
    expect(waiting.filter((u) => u.status === 'submitted')).toHaveLength(1);
    await api(reviewer)
      .post(`/api/v1/translations/${id}/approve-all`, {
        units: Object.fromEntries(
          waiting.filter((u) => u.status === 'submitted').map((u) => [u.id, u.version]),
        ),
      })
      .expect(200);
    const noNote = await api(editor)
      .post(`/api/v1/translations/${id}/publish`, { version: await translationVersion(editor, id) })
      .expect(400);
    expect(noNote.body.error.fields[0].field).toBe('changeNote');
    await api(editor)
      .post(`/api/v1/translations/${id}/publish`, {
        version: await translationVersion(editor, id),
        changeNote: 'The initiative revised its text.',
      })
      .expect(201);
    const latest = await t.client().get('/texts/corrections').expect(200);
    expect(latest.text).toContain('Second edition.');
    expect(latest.text).toContain('The initiative revised its text.');
    expect(latest.text).toContain('href="/texts/corrections/v/1"');
    const old = await t.client().get('/texts/corrections/v/1').expect(200);
    expect(old.text).toContain('First edition.');
    expect(old.text).toContain('not the latest');

    await api(editor)
      .post(`/api/v1/translations/${id}/unpublish`, {
        version: await translationVersion(editor, id),
      })
      .expect(400);
    await api(editor)
      .post(`/api/v1/translations/${id}/unpublish`, {
        version: await translationVersion(editor, id),
        reason: 'The initiative asked us to.',
      })
      .expect(204);
    const gone = await t.client().get('/texts/corrections').expect(404);
    const never = await t.client().get('/texts/never-existed').expect(404);
    expect(gone.text.replaceAll('corrections', 'X')).toBe(
      never.text.replaceAll('never-existed', 'X'),
    );
    await t.client().get('/texts/corrections/v/1').expect(404);
  });
});
