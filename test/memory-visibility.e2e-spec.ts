import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewTeam } from './support/review-team.js';
import type { SignedInClient, TestApp } from './support/test-app.js';
import {
  api,
  approveAll,
  createSource,
  submit,
  translate,
  translationVersion,
} from './support/workflow.js';

const SENTENCE = 'Присяжные оправдали подсудимого по всем пунктам обвинения.';
const DRAFT = 'The jury acquitted the defendant on every charge (draft-marker).';

describe('who sees translation-memory entries', () => {
  let t: TestApp;
  let editor: SignedInClient;
  let reviewer: SignedInClient;
  let otherReviewer: SignedInClient;
  let translator: SignedInClient;
  let outsider: SignedInClient;
  let id: number;

  const matches = (client: SignedInClient, query = '') =>
    api(client).get(
      `/api/v1/tm/matches?sourceLanguage=ru&targetLanguage=en&text=${encodeURIComponent(SENTENCE)}${query}`,
    );

  beforeAll(async () => {
    let initiativeId: number;
    ({ t, editor, reviewer, otherReviewer, translator, initiativeId } = await startReviewTeam());
    outsider = await t.signIn(await t.createUser('sinica', ['translator'], ['en>ru']));
    const source = await createSource(editor, initiativeId, SENTENCE, 'Оправдание');
    id = await translate(translator, source.id, ['Acquittal', DRAFT]);
    await submit(translator, id);
    await approveAll(t, reviewer, id);
  });
  afterAll(() => t.close());

  it('keeps approved but unpublished work out of the memory, even for the pair', async () => {
    for (const client of [translator, reviewer, outsider, otherReviewer]) {
      const answer = await matches(client).expect(200);
      expect(JSON.stringify(answer.body)).not.toContain('draft-marker');
    }
  });

  it('shows published work only to people of that language pair', async () => {
    await api(editor)
      .post(`/api/v1/translations/${id}/publish`, { version: await translationVersion(editor, id) })
      .expect(201);
    const inPair = await matches(translator).expect(200);
    expect(inPair.body.matches[0]).toMatchObject({ target: DRAFT, quality: 100 });
    for (const client of [outsider, otherReviewer]) {
      const answer = await matches(client).expect(200);
      expect(answer.body.matches).toEqual([]);
    }
  });

  it('refuses a minQuality under the floor and a limit over the cap with a translated 400', async () => {
    const low = await matches(translator, '&minQuality=1').expect(400);
    expect(low.body.error.code).toBe('errors:validation-failed');
    await matches(translator, '&limit=50').expect(400);
    await matches(translator, '&minQuality=50&limit=10').expect(200);
  });

  it('removes the entries when the translation is withdrawn', async () => {
    await api(editor)
      .post(`/api/v1/translations/${id}/unpublish`, {
        reason: 'Asked to.',
        version: await translationVersion(editor, id),
      })
      .expect(204);
    const answer = await matches(translator).expect(200);
    expect(JSON.stringify(answer.body)).not.toContain('draft-marker');
  });
});
