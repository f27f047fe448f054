import { afterAll, beforeAll, expect, it } from 'vitest';
import { PUBLIC_URL, seedReaderSite, type ReaderSite } from '../support/reader-site-fixtures.js';
import { startTestApp, type Agent, type TestApp } from '../support/test-app.js';
import { api, createInitiative, createSource } from '../support/workflow.js';
import { recordFigure } from './figures.js';

// An unpublished draft translation carries a marker; anonymous readers and a contributor
// who never worked on it crawl everything public plus every parameterless API list and the
// memory, and must never see the marker.
const MARKER = 'Zdraftmarkerq';
/** In nothing stored: what a page shows for it is only the echo of the query. */
const DECOY = 'Znevermarkerq';
let t: TestApp;
let site: ReaderSite;
let unrelated: Agent;

beforeAll(async () => {
  t = await startTestApp({
    PUBLIC_URL,
    LANGUAGE_PAIRS: 'ru>en,en>ru',
    API_RATE_LIMIT_PER_MINUTE: '1000000',
  });
  site = await seedReaderSite(t);
  const initiativeId = await createInitiative(site.editor, {
    nameOriginal: 'Инициатива',
    nameEn: 'Initiative',
    slug: 'draft-initiative',
  });
  const source = await createSource(
    site.editor,
    initiativeId,
    'Суд оштрафовал активистку.',
    'Черновое дело',
  );
  const started = await api(site.translator)
    .post(`/api/v1/sources/${source.id}/translations`, { targetLanguage: 'en' })
    .expect(201);
  const id = started.body.id as number;
  const draft = (await api(site.translator).get(`/api/v1/translations/${id}`).expect(200)).body;
  for (const unit of draft.units as { id: number; version: number }[]) {
    await api(site.translator)
      .put(`/api/v1/translations/${id}/units/${unit.id}`, {
        text: `The ${MARKER} case ${unit.id}.`,
        version: unit.version,
      })
      .expect(200);
  }
  unrelated = (await t.signIn(await t.createUser('crawl-outsider', ['translator'], ['en>ru'])))
    .agent;
});
afterAll(async () => t.close());

async function crawlTargets(): Promise<string[]> {
  const sitemap = (await t.client().get('/sitemap.xml').expect(200)).text;
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
    m[1]!.replace(PUBLIC_URL, ''),
  );
  const doc = (await t.client().get('/api/docs-json').expect(200)).body as {
    paths: Record<string, Record<string, unknown>>;
  };
  const lists = Object.entries(doc.paths)
    .filter(([path, ops]) => 'get' in ops && !path.includes('{') && !path.startsWith('/api/docs'))
    .map(([path]) => path);
  const memory = ['ru', 'en'].flatMap((from) =>
    ['ru', 'en'].flatMap((to) =>
      ['Суд оштрафовал активистку.', 'court', MARKER].map(
        (text) =>
          `/api/v1/tm/matches?sourceLanguage=${from}&targetLanguage=${to}&text=${encodeURIComponent(text)}&minQuality=1`,
      ),
    ),
  );
  const search = [MARKER, 'court', 'суд'].flatMap((q) => [
    `/search?q=${encodeURIComponent(q)}`,
    `/api/v1/search?q=${encodeURIComponent(q)}`,
  ]);
  return [
    ...new Set([
      '/',
      '/sitemap.xml',
      '/feeds/all.atom',
      '/feeds/en.atom',
      '/feeds/ru.atom',
      ...pages,
      ...lists,
      ...search,
      ...memory,
    ]),
  ];
}

it('shows the draft marker to no anonymous reader and no unrelated contributor', async () => {
  const targets = await crawlTargets();
  const leaks: string[] = [];
  let tried = 0;
  for (const [who, agent] of [
    ['anonymous', t.client()],
    ['unrelated contributor', unrelated],
  ] as const) {
    for (const url of targets) {
      const response = await agent.get(url);
      tried++;
      if (url.includes(MARKER)) {
        // A page echoing the query shows the marker as often as it shows an unknown word.
        const decoy = await agent.get(url.replaceAll(MARKER, DECOY));
        if (response.text.split(MARKER).length !== decoy.text.split(DECOY).length)
          leaks.push(`${who} ${url}`);
      } else if (response.text.includes(MARKER)) leaks.push(`${who} ${url}`);
    }
  }
  // The crawl is not vacuous: the person who wrote the draft does see it.
  const own = await site.translator.agent.get('/api/v1/translations?status=approved');
  const seen =
    own.text.includes(MARKER) ||
    (await site.translator.agent.get('/workspace')).text.includes('Черновое дело');
  recordFigure({
    check: 'draft-leak crawl (incl. memory)',
    tried,
    failed: leaks.length,
    detail: `${targets.length} URLs × 2 callers`,
  });
  expect(seen).toBe(true);
  expect(leaks).toEqual([]);
});
