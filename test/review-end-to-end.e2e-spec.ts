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

const BODY = 'Суд ликвидировал «Мемориал».\n\nОрганизация обжаловала решение.';
const EN = [
  'Memorial closed',
  'The court liquidated Memorial.',
  'The organisation appealed the decision.',
];

describe('review and publishing', () => {
  let t: TestApp;
  let editor: SignedInClient;
  let reviewer: SignedInClient;
  let otherReviewer: SignedInClient;
  let translator: SignedInClient;
  let initiativeId: number;

  beforeAll(async () => {
    ({ t, editor, reviewer, otherReviewer, translator, initiativeId } = await startReviewTeam());
  });
  afterAll(() => t.close());

  it('runs end to end: submit, changes requested, fix, approve, publish, read anonymously', async () => {
    const source = await createSource(editor, initiativeId, BODY, 'Ликвидация «Мемориала»');
    const id = await translate(translator, source.id, EN);
    await submit(translator, id);

    const queue = await api(reviewer).get('/api/v1/review/queue').expect(200);
    expect(queue.body.translations.map((x: { id: number }) => x.id)).toContain(id);
    expect(
      (await api(translator).get('/api/v1/review/queue').expect(200)).body.translations.map(
        (x: { id: number }) => x.id,
      ),
    ).not.toContain(id);
    expect(
      (await api(otherReviewer).get('/api/v1/review/queue').expect(200)).body.translations,
    ).toEqual([]);

    const units = await reviewUnits(t, reviewer, id);
    await api(reviewer)
      .post(`/api/v1/translations/${id}/units/${units[0]!.id}/review`, {
        verdict: 'approve',
        version: units[0]!.version,
      })
      .expect(200);
    await api(reviewer)
      .post(`/api/v1/translations/${id}/units/${units[1]!.id}/review`, {
        verdict: 'approve',
        version: units[1]!.version,
      })
      .expect(200);
    const noComment = await api(reviewer)
      .post(`/api/v1/translations/${id}/units/${units[2]!.id}/review`, {
        verdict: 'request_changes',
        version: units[2]!.version,
      })
      .expect(400);
    expect(noComment.body.error.fields[0].message).toBe('Say what needs to change.');
    const last = await api(reviewer)
      .post(`/api/v1/translations/${id}/units/${units[2]!.id}/review`, {
        verdict: 'request_changes',
        comment: 'Say “its appeal”.',
        version: units[2]!.version,
      })
      .expect(200);
    expect(last.body.translation.status).toBe('changes_requested');
    const [events] = await t
      .get(DataSource)
      .query(`SELECT comment FROM review_event WHERE verdict = 'request_changes'`);
    expect(events.comment).toBe('Say “its appeal”.');

    // The translator fixes the one unit; only it needs review again.
    const editorView = (await api(translator).get(`/api/v1/translations/${id}`).expect(200)).body;
    const fixUnit = editorView.units[2];
    expect(fixUnit.status).toBe('needs_changes');
    expect(editorView.units[1].status).toBe('approved');
    await api(translator)
      .put(`/api/v1/translations/${id}/units/${fixUnit.id}`, {
        text: 'The organisation filed its appeal.',
        version: fixUnit.version,
      })
      .expect(200);
    await submit(translator, id);
    const again = await reviewUnits(t, reviewer, id);
    expect(again.map((u) => u.status)).toEqual(['approved', 'approved', 'submitted']);
    const reviewPage = await reviewer.agent.get(`/workspace/translations/${id}/review`).expect(200);
    expect(reviewPage.text).toContain(
      '<p class="diff">The organisation <del>appealed the decision</del><ins>filed its appeal</ins>.</p>',
    );
    const approved = await api(reviewer)
      .post(`/api/v1/translations/${id}/units/${again[2]!.id}/review`, {
        verdict: 'approve',
        version: again[2]!.version,
      })
      .expect(200);
    expect(approved.body.translation.status).toBe('approved');

    await api(reviewer)
      .post(`/api/v1/translations/${id}/publish`, {
        version: await translationVersion(reviewer, id),
      })
      .expect(403);
    const published = await api(editor)
      .post(`/api/v1/translations/${id}/publish`, {
        version: await translationVersion(editor, id),
        changeNote: '',
      })
      .expect(201);
    expect(published.body).toMatchObject({ version: 1, url: '/texts/memorial-closed' });
    // Published units join the memory (approval alone keeps them out: test/memory-visibility).
    const tm = await api(translator)
      .get(
        `/api/v1/tm/matches?sourceLanguage=ru&targetLanguage=en&text=${encodeURIComponent('Организация обжаловала решение.')}`,
      )
      .expect(200);
    expect(tm.body.matches[0]).toMatchObject({
      target: 'The organisation filed its appeal.',
      quality: 100,
    });

    const page = await t.client().get('/texts/memorial-closed').expect(200);
    expect(page.text).toContain('<h1 lang="en">Memorial closed</h1>');
    expect(page.text).toContain('The organisation filed its appeal.');
    expect(page.text).toContain('ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО ИНОСТРАННЫМ АГЕНТОМ');
    expect(page.text).toContain('lastochka');
    expect(page.text).toContain('sova');
    expect(page.text).toContain('https://example.org/original');
    expect(page.headers['set-cookie']).toBeUndefined();
    const side = await t.client().get('/texts/memorial-closed?view=original').expect(200);
    expect(side.text).toContain('Суд ликвидировал «Мемориал».');
  });
});
