import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewTeam } from './support/review-team.js';
import type { SignedInClient, TestApp } from './support/test-app.js';
import { api, createSource, translate } from './support/workflow.js';

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

  it('keeps every unit revision and reverts by adding a new one', async () => {
    const source = await createSource(editor, initiativeId, 'История.', 'История');
    const id = await translate(translator, source.id, ['History', 'First try.']);
    const unit = (await api(translator).get(`/api/v1/translations/${id}`).expect(200)).body
      .units[1];
    await api(translator)
      .put(`/api/v1/translations/${id}/units/${unit.id}`, {
        text: 'Second try.',
        version: unit.version,
      })
      .expect(200);
    const history = (
      await api(translator).get(`/api/v1/translations/${id}/units/${unit.id}/history`).expect(200)
    ).body.revisions;
    expect(history.map((r: { text: string }) => r.text)).toEqual(['Second try.', 'First try.']);
    const first = history[1];
    const reverted = await api(translator)
      .post(`/api/v1/translations/${id}/units/${unit.id}/revert`, {
        revisionId: first.id,
        version: unit.version + 1,
      })
      .expect(200);
    expect(reverted.body.text).toBe('First try.');
    const after = (
      await api(translator).get(`/api/v1/translations/${id}/units/${unit.id}/history`).expect(200)
    ).body.revisions;
    expect(after.map((r: { action: string }) => r.action)).toEqual(['revert', 'edit', 'edit']);
    const page = await translator.agent
      .get(`/workspace/translations/${id}/units/${unit.id}/history`)
      .expect(200);
    expect(page.text).toContain('Bring this text back');
    await api(reviewer).get(`/api/v1/translations/${id}/units/${unit.id}/history`).expect(404);
  });
});
