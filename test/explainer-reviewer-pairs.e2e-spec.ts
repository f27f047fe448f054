import { afterAll, beforeAll, expect, it } from 'vitest';
import { foreignAgent } from './support/explainer-fixtures.js';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';
import { api } from './support/workflow.js';

// Issue #11, 8b: unpublished explainer text is shown to reviewers only in the target languages
// of their pairs, on every API route and workspace page that shows an explainer.
const MARKER = 'Zexplainermarkerq';
let t: TestApp;
let rightPair: SignedInClient;
let otherPair: SignedInClient;
let id: number;
let version: number;

beforeAll(async () => {
  t = await startTestApp({ LANGUAGE_PAIRS: 'ru>en,en>ru' });
  const author = await t.signIn(await t.createUser('ex-author', ['translator'], ['ru>en']));
  rightPair = await t.signIn(await t.createUser('ex-reviewer-en', ['reviewer'], ['ru>en']));
  otherPair = await t.signIn(await t.createUser('ex-reviewer-ru', ['reviewer'], ['en>ru']));
  const created = await api(author)
    .post('/api/v1/explainers', {
      ...foreignAgent,
      shortText: `A status ${MARKER} under Russian law.`,
      longText: `Introduced in 2012 (${MARKER}).`,
    })
    .expect(201);
  id = created.body.id as number;
  const working = (body: { versions: { language: string; working: { version: number } }[] }) =>
    body.versions.find((v) => v.language === 'en')!.working.version;
  const submitted = await api(author)
    .post(`/api/v1/explainers/${id}/versions/en/submit`, { version: working(created.body) })
    .expect(200);
  version = working(submitted.body);
});
afterAll(async () => t.close());

const shown = async (c: SignedInClient) => {
  const answers = await Promise.all([
    c.agent.get(`/api/v1/explainers/${id}`),
    c.agent.get('/api/v1/explainers'),
    c.agent.get(`/workspace/explainers/${id}`),
    c.agent.get('/workspace/explainers'),
  ]);
  expect(answers.map((a) => a.status).every((s) => s < 500)).toBe(true);
  return answers.map((a) => a.text.includes(MARKER));
};

it('shows the text in review to a reviewer whose pair has its language as target', async () => {
  const [detail, , page] = await shown(rightPair);
  expect(detail).toBe(true);
  expect(page).toBe(true);
});

it('shows none of it to a reviewer of another pair, who cannot review it either', async () => {
  expect(await shown(otherPair)).toEqual([false, false, false, false]);
  const verdict = await api(otherPair).post(`/api/v1/explainers/${id}/versions/en/review`, {
    verdict: 'approve',
    version,
  });
  expect([403, 404]).toContain(verdict.status);
  // The refusal changed nothing: the right reviewer still finds it waiting for review.
  const detail = await api(rightPair).get(`/api/v1/explainers/${id}`).expect(200);
  const en = (detail.body.versions as { language: string; working: { status: string } }[]).find(
    (v) => v.language === 'en',
  )!;
  expect(en.working.status).toBe('in_review');
});
