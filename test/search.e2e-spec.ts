import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchIndexService } from '../src/search/search-index.service.js';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';
import { api, createInitiative, createSource, reviewUnits, submit } from './support/workflow.js';

interface ApiHit {
  kind: string;
  title: string;
  url: string;
  language: string;
  snippet: string;
  date: string | null;
}

const HOSTILE = [
  '"',
  '""',
  'NEAR(',
  'NEAR(мемориал суд, 2)',
  'title:*',
  'stems:appeal',
  ')(',
  '((((',
  'AND OR NOT',
  'appeal*',
  '^appeal',
  "'; DROP TABLE search_entry; --",
  'x'.repeat(10_000),
  '🙂🙂🙂',
  '!!! ... ???',
  '\u0002\u0003',
  '<script>alert(1)</script>',
  '%',
  '\\',
];

describe('search', () => {
  let t: TestApp;
  let editor: SignedInClient;
  let translator: SignedInClient;
  let reviewer: SignedInClient;
  let memorialId: number;
  let ovdId: number;
  const urls: Record<string, string> = {};
  const translations: Record<string, number> = {};
  const db = () => t.get(DataSource);

  /** Walks a text through the real workflow up to approval; returns the translation id. */
  async function approved(input: {
    key: string;
    initiativeId: number;
    sourceLanguage: 'ru' | 'en';
    title: string;
    body: string;
    texts: string[];
    tags?: string[];
    publishedDate?: string;
  }): Promise<number> {
    const source = await createSource(editor, input.initiativeId, input.body, input.title, {
      language: input.sourceLanguage,
      tags: input.tags ?? [],
      publishedDate: input.publishedDate ?? '2021-12-28',
    });
    const id = await draft(source.id, input.sourceLanguage === 'ru' ? 'en' : 'ru', input.texts);
    await submit(translator, id);
    const units = await reviewUnits(t, reviewer, id);
    await api(reviewer)
      .post(`/api/v1/translations/${id}/approve-all`, {
        units: Object.fromEntries(units.map((u) => [u.id, u.version])),
      })
      .expect(200);
    translations[input.key] = id;
    return id;
  }

  async function draft(sourceId: number, targetLanguage: string, texts: string[]) {
    const started = await api(translator)
      .post(`/api/v1/sources/${sourceId}/translations`, { targetLanguage })
      .expect(201);
    const id = started.body.id as number;
    const units = (await api(translator).get(`/api/v1/translations/${id}`).expect(200)).body
      .units as { id: number; version: number }[];
    expect(units).toHaveLength(texts.length);
    for (const [i, unit] of units.entries()) {
      await api(translator)
        .put(`/api/v1/translations/${id}/units/${unit.id}`, {
          text: texts[i],
          version: unit.version,
        })
        .expect(200);
    }
    return id;
  }

  async function published(input: Parameters<typeof approved>[0]): Promise<void> {
    const id = await approved(input);
    const res = await api(editor).post(`/api/v1/translations/${id}/publish`, {}).expect(201);
    urls[input.key] = res.body.url as string;
  }

  const search = async (params: Record<string, string>) => {
    const res = await t.client().get('/api/v1/search').query(params).expect(200);
    return res.body as { results: ApiHit[]; total: number; message?: string };
  };
  const found = async (params: Record<string, string>) =>
    (await search(params)).results.map((r) => r.url);

  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.signIn(await t.createUser('lipa', ['editor']));
    translator = await t.signIn(await t.createUser('lastochka', ['translator']));
    reviewer = await t.signIn(await t.createUser('sova', ['reviewer']));
    memorialId = await createInitiative(editor);
    ovdId = await createInitiative(editor, { nameOriginal: 'ОВД-Инфо', nameEn: 'OVD-Info' });

    await published({
      key: 'liquidated',
      initiativeId: memorialId,
      sourceLanguage: 'ru',
      title: 'Ликвидация Мемориала',
      body: 'Суд ликвидировал Мемориал, основанный в 1989 году.\n\nОрганизация подала апелляцию.',
      texts: [
        'Memorial liquidated',
        'The Supreme Court liquidated Memorial, founded in 1989.',
        'The organisation filed an appeal against the decision.',
      ],
      tags: ['memorial'],
      publishedDate: '2021-12-28',
    });
    await published({
      key: 'court',
      initiativeId: ovdId,
      sourceLanguage: 'en',
      title: 'Navalny in court',
      body:
        'Alexei Navalny appeared in court, as in 1989.\n\nThe organisation supports him.\n\n' +
        'A fir tree stood outside, next to <script>alert(1)</script> & quotes.',
      texts: [
        'Навальный в суде',
        'Алексей Навальный предстал перед судом, как в 1989 году.',
        'Организация поддерживает его.',
        'Перед зданием стояла елка, а рядом — <script>alert(1)</script> & «кавычки».',
      ],
      tags: ['courts'],
      publishedDate: '2022-03-15',
    });
    await published({
      key: 'appeal',
      initiativeId: ovdId,
      sourceLanguage: 'ru',
      title: 'Обращение к читателям',
      body: 'Мы просим о поддержке с 1989 года.',
      texts: ['Appeal to readers', 'We have asked for support since 1989.'],
      tags: ['courts'],
      publishedDate: '2023-05-01',
    });
    // Never published: a draft, and an approved translation nobody published.
    const source = await createSource(editor, memorialId, 'Черновик.', 'Черновик');
    await draft(source.id, 'en', ['Draft', 'Zanzibarword is only in a draft.']);
    await approved({
      key: 'unpublished',
      initiativeId: memorialId,
      sourceLanguage: 'ru',
      title: 'Одобрено',
      body: 'Одобрено, но не опубликовано.',
      texts: ['Approved', 'Quasarword was approved but never published.'],
    });
  });
  afterAll(() => t.close());

  it('finds inflected Russian forms: "организации" finds "Организация"', async () => {
    expect(await found({ q: 'организации' })).toEqual([urls.court]);
    expect(await found({ q: 'Навального' })).toEqual([urls.court]);
  });

  it('finds е for ё: "ёлка" finds "елка"', async () => {
    expect(await found({ q: 'ёлка' })).toEqual([urls.court]);
    expect(await found({ q: 'ЁЛКА' })).toEqual([urls.court]);
  });

  it('stems English: "appealed" finds "appeal"', async () => {
    expect((await found({ q: 'appealed' })).sort()).toEqual([urls.appeal, urls.liquidated].sort());
    expect(await found({ q: 'liquidating' })).toEqual([urls.liquidated]);
  });

  it('finds a Cyrillic name from a spelling in the name list, and back', async () => {
    expect(await found({ q: 'Navalny' })).toEqual([]);
    await api(editor)
      .post('/api/v1/names', {
        cyrillic: 'Алексей Навальный',
        spelling: 'Alexei Navalny',
        variants: ['Aleksei Navalnyi'],
      })
      .expect(201);
    expect(await found({ q: 'Navalny' })).toEqual([urls.court]);
    expect(await found({ q: 'navalnyi суд' })).toEqual([urls.court]);
    // Every word is still required.
    expect(await found({ q: 'Navalny Memorial' })).toEqual([]);
  });

  it('ranks a title match first', async () => {
    const results = (await search({ q: 'appeal' })).results;
    expect(results.map((r) => r.url)).toEqual([urls.appeal, urls.liquidated]);
    const reversed = (await search({ q: 'liquidated memorial' })).results;
    expect(reversed[0]!.url).toBe(urls.liquidated);
  });

  it('filters by language, initiative, tag and date', async () => {
    const all = [urls.liquidated, urls.court, urls.appeal].sort();
    expect((await found({ q: '1989' })).sort()).toEqual(all);
    expect(await found({ q: '1989', lang: 'ru' })).toEqual([urls.court]);
    expect((await found({ q: '1989', lang: 'en' })).sort()).toEqual(
      [urls.liquidated, urls.appeal].sort(),
    );
    expect((await found({ q: '1989', initiative: String(ovdId) })).sort()).toEqual(
      [urls.court, urls.appeal].sort(),
    );
    expect(await found({ q: '1989', initiative: String(memorialId) })).toEqual([urls.liquidated]);
    expect((await found({ q: '1989', tag: 'courts' })).sort()).toEqual(
      [urls.court, urls.appeal].sort(),
    );
    expect(await found({ q: '1989', tag: 'Memorial' })).toEqual([urls.liquidated]);
    expect(await found({ q: '1989', from: '2022', to: '2022' })).toEqual([urls.court]);
    expect(await found({ q: '1989', from: '2023-01' })).toEqual([urls.appeal]);
    expect(await found({ q: '1989', to: '2021-12-28' })).toEqual([urls.liquidated]);
    expect(await found({ q: '1989', to: '2021-12-27' })).toEqual([]);
    expect(await found({ q: '1989', lang: 'en', initiative: String(ovdId) })).toEqual([
      urls.appeal,
    ]);
  });

  it('answers in the documented shape, with total and pages', async () => {
    const body = await search({ q: '1989', lang: 'ru' });
    expect(body).toEqual({
      results: [
        {
          kind: 'publication',
          title: 'Навальный в суде',
          url: urls.court,
          language: 'ru',
          snippet: expect.stringContaining('<mark>1989</mark>'),
          date: '2022-03-15',
        },
      ],
      total: 1,
      page: 1,
      pageSize: 20,
    });
    const first = await search({ q: '1989', pageSize: '2' });
    const second = await search({ q: '1989', pageSize: '2', page: '2' });
    expect([first.total, second.total]).toEqual([3, 3]);
    expect(first.results).toHaveLength(2);
    expect(second.results).toHaveLength(1);
    expect(new Set([...first.results, ...second.results].map((r) => r.url)).size).toBe(3);
    expect((await search({ q: '1989', page: '3', pageSize: '2' })).results).toEqual([]);
  });

  it('refuses malformed API filters with a message, not an error', async () => {
    for (const query of [
      { q: 'x', lang: 'de' },
      { q: 'x', from: '2021-02-30' },
      { q: 'x', initiative: 'abc' },
      { q: 'x', unknown: '1' },
      { q: 'x'.repeat(10_001) },
    ]) {
      const res = await t.client().get('/api/v1/search').query(query).expect(400);
      expect(res.body.error.message, JSON.stringify(query).slice(0, 60)).toBeTruthy();
    }
  });

  it('marks the words found in an escaped snippet', async () => {
    const [hit] = (await search({ q: 'елка' })).results;
    expect(hit!.snippet).toContain('<mark>елка</mark>');
    expect(hit!.snippet).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; «кавычки»');
    expect(hit!.snippet).not.toContain('<script>');
    const page = await t.client().get('/search').query({ q: 'елка' }).expect(200);
    expect(page.text).toContain('<mark>елка</mark>');
    expect(page.text).not.toContain('<script>alert(1)');
  });

  it('never shows drafts or approved texts that were not published', async () => {
    expect((await search({ q: 'zanzibarword' })).total).toBe(0);
    expect((await search({ q: 'quasarword' })).total).toBe(0);
    const [entries] = await db().query(`SELECT count(*) AS n FROM search_entry`);
    expect(entries.n).toBe(3);
  });

  it('answers hostile queries with results or a message, never an error', async () => {
    for (const q of HOSTILE) {
      const label = JSON.stringify(q.slice(0, 30));
      const body = await search({ q });
      expect(Array.isArray(body.results), label).toBe(true);
      expect(body.total, label).toBe(body.results.length);
      if (body.message) expect(body.results, label).toEqual([]);
      const page = await t.client().get('/search').query({ q });
      expect(page.status, label).toBe(200);
      expect(page.text).not.toContain('<script>alert(1)');
    }
    expect((await search({ q: '"' })).message).toBe(
      'Type at least one word or number to search for.',
    );
    expect(await found({ q: 'NEAR(' })).toEqual([]);
    expect(await found({ q: ')(' })).toEqual([]);
    expect(await found({ q: '"appeal' })).toHaveLength(2);
    expect(await found({ q: 'appeal*' })).toHaveLength(2);
    const [entries] = await db().query(`SELECT count(*) AS n FROM search_entry`);
    expect(entries.n).toBe(3);
  });

  it('shows a form with labelled fields, echoes the query escaped and pages the results', async () => {
    const empty = await t.client().get('/search').expect(200);
    expect(empty.text).toContain('<form method="get" action="/search"');
    for (const id of ['search-q', 'search-language', 'search-initiative', 'search-tag']) {
      expect(empty.text).toContain(`<label for="${id}">`);
    }
    expect(empty.text).not.toContain('search-results');

    const echoed = await t.client().get('/search').query({ q: '"><&1989' }).expect(200);
    expect(echoed.text).toContain('value="&quot;&gt;&lt;&amp;1989"');
    expect(echoed.text).not.toContain('"><&1989');
    expect(echoed.text).toContain('3 results');

    const ru = await t
      .client()
      .get('/search')
      .query({ q: '1989', language: 'ru', lang: 'ru' })
      .expect(200);
    expect(ru.text).toContain('1 результат');
    expect(ru.text).toContain(`href="${urls.court}"`);
    expect(ru.text).toContain('ОВД-Инфо');
    expect(ru.text).toContain('<time datetime="2022-03-15">15 марта 2022');
    expect(ru.text).toContain('<input type="hidden" name="lang" value="ru">');

    const none = await t.client().get('/search').query({ q: 'nonexistentword' }).expect(200);
    expect(none.text).toContain('Nothing found.');
    const noWords = await t.client().get('/search').query({ q: '!!!' }).expect(200);
    expect(noWords.text).toContain('Type at least one word or number to search for.');

    const bad = await t.client().get('/search').query({ q: '1989', from: '2021-13' }).expect(400);
    expect(bad.text).toContain('This date does not exist.');
    expect(bad.text).toContain('value="2021-13"');
  });

  it('removes a withdrawn text at once, and replaces a corrected one by its new version', async () => {
    await published({
      key: 'withdrawn',
      initiativeId: memorialId,
      sourceLanguage: 'ru',
      title: 'Снять',
      body: 'Квокка.',
      texts: ['Withdraw me', 'A quokka was here.'],
    });
    expect(await found({ q: 'quokka' })).toEqual([urls.withdrawn]);
    await api(editor)
      .post(`/api/v1/translations/${translations.withdrawn}/unpublish`, { reason: 'Asked to.' })
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
      .post(`/api/v1/translations/${id}/publish`, { changeNote: 'New wording.' })
      .expect(201);
    expect(await found({ q: 'complaint' })).toEqual([urls.liquidated]);
    expect(await found({ q: 'appeal' })).toEqual([urls.appeal]);
    const rows = await db().query(
      `SELECT count(*) AS n FROM search_entry WHERE translation_id = ?`,
      [id],
    );
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
    await db().query(`DELETE FROM search_entry_tag`);
    await db().query(`DELETE FROM search_entry`);
    await db().query(`DELETE FROM search_document`);
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
