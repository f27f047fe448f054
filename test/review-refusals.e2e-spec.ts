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
  let otherReviewer: SignedInClient;
  let translator: SignedInClient;
  let initiativeId: number;

  beforeAll(async () => {
    ({ t, editor, reviewer, otherReviewer, translator, initiativeId } = await startReviewTeam());
  });
  afterAll(() => t.close());

  it('never lets anyone approve text of a translation they translated, on any route', async () => {
    const source = await createSource(editor, initiativeId, 'Первый абзац.', 'Четыре глаза');
    const id = await translate(translator, source.id, ['Four eyes', 'First paragraph.']);
    await submit(translator, id);
    const units = await reviewUnits(t, reviewer, id);
    const own = await api(translator)
      .post(`/api/v1/translations/${id}/units/${units[0]!.id}/review`, {
        verdict: 'approve',
        version: units[0]!.version,
      })
      .expect(403);
    expect(own.body.error.code).toBe('workflow:relation-forbidden');
    await translator.agent
      .post(`/workspace/translations/${id}/units/${units[0]!.id}/review`)
      .type('form')
      .send({ _csrf: translator.csrf, verdict: 'approve', version: units[0]!.version })
      .expect(403);
    const seen = Object.fromEntries(units.map((u) => [u.id, u.version]));
    await api(translator)
      .post(`/api/v1/translations/${id}/approve-all`, { units: seen })
      .expect(403);
    await translator.agent
      .post(`/workspace/translations/${id}/review/approve-all`)
      .type('form')
      .send({
        _csrf: translator.csrf,
        ...Object.fromEntries(units.map((u) => [`unit_${u.id}`, String(u.version)])),
      })
      .expect(403);
    const page = await translator.agent.get(`/workspace/translations/${id}/review`).expect(200);
    expect(page.text).not.toContain('value="approve"');
    // A reviewer outside the pair cannot even see it.
    await api(otherReviewer)
      .post(`/api/v1/translations/${id}/units/${units[0]!.id}/review`, {
        verdict: 'approve',
        version: units[0]!.version,
      })
      .expect(404);
    const statuses = await t
      .get(DataSource)
      .query(`SELECT status FROM translation_unit WHERE translation_id = ?`, [id]);
    expect(statuses.every((s: { status: string }) => s.status === 'submitted')).toBe(true);
    expect(
      (
        await t
          .get(DataSource)
          .query(`SELECT count(*) AS n FROM review_event WHERE translation_id = ?`, [id])
      )[0].n,
    ).toBe(0);
  });

  it('refuses illegal moves, stale versions and extra fields, changing nothing', async () => {
    const source = await createSource(editor, initiativeId, 'Абзац.', 'Отказы');
    const id = await translate(translator, source.id, ['Refusals', 'A paragraph.']);
    // Not in review yet: reviewing and publishing are illegal.
    const units = (await api(translator).get(`/api/v1/translations/${id}`).expect(200)).body.units;
    const early = await api(reviewer).post(
      `/api/v1/translations/${id}/units/${units[0].id}/review`,
      { verdict: 'approve', version: units[0].version },
    );
    expect([400, 404]).toContain(early.status);
    const unapproved = await api(editor)
      .post(`/api/v1/translations/${id}/publish`, { version: await translationVersion(editor, id) })
      .expect(400);
    expect(unapproved.body.error.code).toBe('workflow:illegal-transition');
    await submit(translator, id);
    const waiting = await reviewUnits(t, reviewer, id);
    await api(reviewer)
      .post(`/api/v1/translations/${id}/units/${waiting[0]!.id}/review`, {
        verdict: 'approve',
        version: waiting[0]!.version - 1,
      })
      .expect(409);
    await api(reviewer)
      .post(`/api/v1/translations/${id}/units/${waiting[0]!.id}/review`, {
        verdict: 'approve',
        version: waiting[0]!.version,
        status: 'approved',
      })
      .expect(400);
    await api(reviewer)
      .post(`/api/v1/translations/${id}/units/${waiting[0]!.id}/review`, {
        verdict: 'approve',
        version: waiting[0]!.version,
        authorId: 1,
      })
      .expect(400);
    await api(reviewer)
      .post(`/api/v1/translations/${id}/units/${waiting[0]!.id}/review`, {
        verdict: 'maybe',
        version: waiting[0]!.version,
      })
      .expect(400);
    await api(reviewer)
      .post(`/api/v1/translations/${id}/units/999999/review`, { verdict: 'approve', version: 1 })
      .expect(404);
    const changed = await api(reviewer)
      .post(`/api/v1/translations/${id}/approve-all`, {
        units: { [waiting[0]!.id]: waiting[0]!.version },
      })
      .expect(409);
    expect(changed.body.error.code).toBe('review:units-changed');
    expect(
      (
        await t
          .get(DataSource)
          .query(`SELECT count(*) AS n FROM review_event WHERE translation_id = ?`, [id])
      )[0].n,
    ).toBe(0);
    const all = await api(reviewer)
      .post(`/api/v1/translations/${id}/approve-all`, {
        units: Object.fromEntries(waiting.map((u) => [u.id, u.version])),
      })
      .expect(200);
    expect(all.body.status).toBe('approved');
  });
});
