import { afterAll, beforeAll, expect, it } from 'vitest';
import { PUBLIC_URL, seedReaderSite, type ReaderSite } from '../support/reader-site-fixtures.js';
import { startTestApp, type Agent, type TestApp } from '../support/test-app.js';
import {
  api,
  approveAll,
  createInitiative,
  createSource,
  submit,
  translate,
  translationVersion,
} from '../support/workflow.js';
import { MIN_QUALITY_FLOOR } from '../../src/memory/memory-access.rules.js';
import { recordFigure } from './figures.js';

// Unpublished work carries markers: a draft, a translation approved but never published, and
// one published then withdrawn. Anonymous readers and contributors who never worked on them
// (one of another pair, one of the same pair) crawl everything public, every parameterless API
// list and the memory, and must never see a marker.
const MARKER = 'Zdraftmarkerq';
const APPROVED_MARKER = 'Zapprovedmarkerq';
const WITHDRAWN_MARKER = 'Zwithdrawnmarkerq';
const MARKERS = [MARKER, APPROVED_MARKER, WITHDRAWN_MARKER];
/** In nothing stored: what a page shows for it is only the echo of the query. */
const DECOY = 'Znevermarkerq';
const APPROVED_SOURCE = 'Прокурор запросил условный срок.';
const WITHDRAWN_SOURCE = 'Редакция сняла материал по просьбе героя.';
let t: TestApp;
let site: ReaderSite;
let unrelated: Agent;
let samePair: Agent;
let withdrawnSlug = '';

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
  // Approved by a reviewer, never published.
  const approvedSource = await createSource(site.editor, initiativeId, APPROVED_SOURCE, 'Прокурор');
  const approved = await translate(site.translator, approvedSource.id, [
    `Prosecutor ${APPROVED_MARKER}`,
    `The ${APPROVED_MARKER} prosecutor asked for a suspended sentence.`,
  ]);
  await submit(site.translator, approved);
  await approveAll(t, site.reviewer, approved);
  // Published, then withdrawn by an editor.
  const withdrawnSource = await createSource(
    site.editor,
    initiativeId,
    WITHDRAWN_SOURCE,
    'Снятый материал',
  );
  const withdrawn = await translate(site.translator, withdrawnSource.id, [
    `Withdrawn ${WITHDRAWN_MARKER}`,
    `The ${WITHDRAWN_MARKER} editors took the story down.`,
  ]);
  await submit(site.translator, withdrawn);
  await approveAll(t, site.reviewer, withdrawn);
  const published = await api(site.editor)
    .post(`/api/v1/translations/${withdrawn}/publish`, {
      version: await translationVersion(site.editor, withdrawn),
    })
    .expect(201);
  withdrawnSlug = published.body.url as string;
  // While it was published the marker was public: the crawl below would see it if it stayed.
  expect((await t.client().get(withdrawnSlug).expect(200)).text).toContain(WITHDRAWN_MARKER);
  await api(site.editor)
    .post(`/api/v1/translations/${withdrawn}/unpublish`, {
      reason: 'Asked to.',
      version: await translationVersion(site.editor, withdrawn),
    })
    .expect(204);
  unrelated = (await t.signIn(await t.createUser('crawl-outsider', ['translator'], ['en>ru'])))
    .agent;
  samePair = (
    await t.signIn(await t.createUser('crawl-pair-outsider', ['translator', 'reviewer'], ['ru>en']))
  ).agent;
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
      ['Суд оштрафовал активистку.', APPROVED_SOURCE, WITHDRAWN_SOURCE, 'court', ...MARKERS].map(
        (text) =>
          `/api/v1/tm/matches?sourceLanguage=${from}&targetLanguage=${to}&text=${encodeURIComponent(text)}&minQuality=${MIN_QUALITY_FLOOR}`,
      ),
    ),
  );
  const search = [...MARKERS, 'court', 'суд', 'prosecutor', 'editors'].flatMap((q) => [
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
      withdrawnSlug,
      ...pages,
      ...lists,
      ...search,
      ...memory,
    ]),
  ];
}

it('shows no marker of unpublished work to anonymous readers or unrelated contributors', async () => {
  const targets = await crawlTargets();
  const leaks: string[] = [];
  let tried = 0;
  let memoryAnswered = 0;
  for (const [who, agent] of [
    ['anonymous', t.client()],
    ['unrelated contributor', unrelated],
    ['same-pair contributor', samePair],
  ] as const) {
    for (const url of targets) {
      const response = await agent.get(url);
      tried++;
      if (url.startsWith('/api/v1/tm/') && response.status === 200) memoryAnswered++;
      for (const marker of MARKERS) {
        if (url.includes(marker)) {
          // A page echoing the query shows the marker as often as it shows an unknown word.
          const decoy = await agent.get(url.replaceAll(marker, DECOY));
          if (response.text.split(marker).length !== decoy.text.split(DECOY).length)
            leaks.push(`${who} ${marker} ${url}`);
        } else if (response.text.includes(marker)) leaks.push(`${who} ${marker} ${url}`);
      }
    }
  }
  // The memory was asked for real (a refused query would prove nothing).
  expect(memoryAnswered).toBeGreaterThan(0);
  // The crawl is not vacuous: the person who wrote the draft does see it.
  const own = await site.translator.agent.get('/api/v1/translations?status=approved');
  const seen =
    own.text.includes(MARKER) ||
    (await site.translator.agent.get('/workspace')).text.includes('Черновое дело');
  recordFigure({
    check: 'draft-leak crawl (incl. memory)',
    tried,
    failed: leaks.length,
    detail: `${targets.length} URLs × 3 callers, 3 markers`,
  });
  expect(seen).toBe(true);
  expect(leaks).toEqual([]);
});
