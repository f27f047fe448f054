import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchIndexService } from '../src/search/search-index.service.js';
import { startSearchCorpus, type SearchCorpus } from './support/search-corpus.js';
import type { SignedInClient, TestApp } from './support/test-app.js';
import { api, reviewUnits, submit, translationVersion } from './support/workflow.js';

describe('search', () => {
  let corpus: SearchCorpus;
  let t: TestApp;
  let editor: SignedInClient;
  let translator: SignedInClient;
  let reviewer: SignedInClient;
  let memorialId: number;
  let urls: SearchCorpus['urls'];
  let translations: SearchCorpus['translations'];
  const search = (params: Record<string, string>) => corpus.search(params);
  const found = (params: Record<string, string>) => corpus.found(params);

  beforeAll(async () => {
    corpus = await startSearchCorpus();
    ({ t, editor, translator, reviewer, memorialId, urls, translations } = corpus);
  });
  afterAll(() => corpus.t.close());

  it('removes a withdrawn text at once, and replaces a corrected one by its new version', async () => {
    await corpus.published({
      key: 'withdrawn',
      initiativeId: memorialId,
      sourceLanguage: 'ru',
      title: 'Снять',
      body: 'Квокка.',
      texts: ['Withdraw me', 'A quokka was here.'],
    });
    expect(await found({ q: 'quokka' })).toEqual([urls.withdrawn]);
    await api(editor)
      .post(`/api/v1/translations/${translations.withdrawn}/unpublish`, {
        version: await translationVersion(editor, translations.withdrawn),
        reason: 'Asked to.',
      })
      .expect(204);
    expect(await found({ q: 'quokka' })).toEqual([]);
    expect(await found({ q: 'withdraw' })).toEqual([]);

    const id = translations.liquidated!;
    const source = (await api(translator).get(`/api/v1/translations/${id}`).expect(200)).body;
    const current = (await api(editor).get(`/api/v1/sources/${source.sourceId}`).expect(200)).body;
    await api(editor)
      .put(`/api/v1/sources/${source.sourceId}`, {
        initiativeId: memorialId,
        language: 'ru',
        kind: 'news',
        title: 'Ликвидация Мемориала',
        body: 'Суд ликвидировал Мемориал, основанный в 1989 году.\n\nОрганизация подала жалобу.',
        licence: 'CC-BY-4.0',
        originalUrl: 'https://example.org/original',
        publishedDate: '2021-12-28',
        tags: ['memorial'],
        version: current.version,
      })
      .expect(200);
    const state = (await api(translator).get(`/api/v1/translations/${id}`).expect(200)).body;
    const outdated = state.units.find((u: { status: string }) => u.status === 'outdated');
    await api(translator)
      .put(`/api/v1/translations/${id}/units/${outdated.id}`, {
        text: 'The organisation filed a complaint.',
        version: outdated.version,
      })
      .expect(200);
    await submit(translator, id);
    const waiting = (await reviewUnits(t, reviewer, id)).filter((u) => u.status === 'submitted');
    await api(reviewer)
      .post(`/api/v1/translations/${id}/approve-all`, {
        units: Object.fromEntries(waiting.map((u) => [u.id, u.version])),
      })
      .expect(200);
    await api(editor)
      .post(`/api/v1/translations/${id}/publish`, {
        version: await translationVersion(editor, id),
        changeNote: 'New wording.',
      })
      .expect(201);
    expect(await found({ q: 'complaint' })).toEqual([urls.liquidated]);
    expect(await found({ q: 'appeal' })).toEqual([urls.appeal]);
    const rows = await corpus
      .db()
      .query(`SELECT count(*) AS n FROM search_entry WHERE translation_id = ?`, [id]);
    expect(rows[0].n).toBe(1);
  });

  it('finds approved explainers once indexed', async () => {
    const created = await api(editor)
      .post('/api/v1/explainers', {
        kind: 'legal-term',
        language: 'en',
        title: 'Foreign agent',
        shortText: 'A status under Russian law for those deemed under foreign influence.',
        longText: 'Since **2012** the register has grown; see [the law](https://example.org).',
        asOf: '2024-11',
        sources: [{ title: 'Federal Law No. 121-FZ', publisher: 'State Duma', date: '2012-07-20' }],
        slug: 'foreign-agent',
      })
      .expect(201);
    const id = created.body.id as number;
    await api(editor)
      .post(`/api/v1/explainers/${id}/versions/en/submit`, { version: 1 })
      .expect(200);
    await api(reviewer)
      .post(`/api/v1/explainers/${id}/versions/en/review`, { verdict: 'approve', version: 2 })
      .expect(200);
    await t.get(SearchIndexService).reindexExplainers();
    const body = await search({ q: 'foreign register' });
    expect(body.results).toEqual([
      {
        kind: 'explainer',
        title: 'Foreign agent',
        url: '/explainers/foreign-agent',
        language: 'en',
        snippet: expect.stringContaining('<mark>register</mark>'),
        date: '2024-11-01',
      },
    ]);
    const page = await t.client().get('/search').query({ q: 'foreign agent' }).expect(200);
    expect(page.text).toContain('Explainer');
    expect(page.text).toContain('November 2024');
  });

  it('rebuilds the index from what readers can read', async () => {
    const index = t.get(SearchIndexService);
    const before = (await search({ q: '1989' })).results.map((r) => r.url).sort();
    expect(await index.reindexAll()).toEqual({ publications: 3, explainers: 1 });
    expect((await search({ q: '1989' })).results.map((r) => r.url).sort()).toEqual(before);
    expect(await found({ q: 'quokka' })).toEqual([]);

    // An index emptied (or a database from before search) is filled at start.
    await corpus.db().query(`DELETE FROM search_entry_tag`);
    await corpus.db().query(`DELETE FROM search_entry`);
    await corpus.db().query(`DELETE FROM search_document`);
    expect((await search({ q: '1989' })).total).toBe(0);
    await index.onApplicationBootstrap();
    expect((await search({ q: '1989' })).results.map((r) => r.url).sort()).toEqual(before);
    expect(await found({ q: '1989', tag: 'courts' })).toHaveLength(2);
  });

  it('bulk-indexes synthetic entries for benchmarks', async () => {
    const documents = Array.from({ length: 450 }, (_, i) => ({
      kind: 'publication' as const,
      refId: 1_000_000 + i,
      translationId: null,
      language: i % 2 ? ('ru' as const) : ('en' as const),
      initiativeId: null,
      date: '2020-01-01',
      datePrecision: 'day' as const,
      title: `Synthetic ${i}`,
      url: `/texts/synthetic-${i}`,
      body: `Benchmarkword number ${i} суды организации`,
      tags: i % 3 ? [] : ['bench'],
    }));
    expect(await t.get(SearchIndexService).bulkIndex(documents)).toBe(450);
    expect((await search({ q: 'benchmarkword' })).total).toBe(450);
    expect((await search({ q: 'benchmarkword', tag: 'bench' })).total).toBe(150);
    expect((await search({ q: 'synthetic 449' })).results[0]!.url).toBe('/texts/synthetic-449');
  });
});
