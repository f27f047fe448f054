import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSearchCorpus, type SearchCorpus } from './support/search-corpus.js';
import type { SignedInClient, TestApp } from './support/test-app.js';
import { api } from './support/workflow.js';

describe('search', () => {
  let corpus: SearchCorpus;
  let t: TestApp;
  let editor: SignedInClient;
  let memorialId: number;
  let ovdId: number;
  let urls: SearchCorpus['urls'];
  const search = (params: Record<string, string>) => corpus.search(params);
  const found = (params: Record<string, string>) => corpus.found(params);

  beforeAll(async () => {
    corpus = await startSearchCorpus();
    ({ t, editor, memorialId, ovdId, urls } = corpus);
  });
  afterAll(() => corpus.t.close());

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
});
