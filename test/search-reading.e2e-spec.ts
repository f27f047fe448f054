import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSearchCorpus, type SearchCorpus } from './support/search-corpus.js';
import type { TestApp } from './support/test-app.js';

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
  let corpus: SearchCorpus;
  let t: TestApp;
  let urls: SearchCorpus['urls'];
  const search = (params: Record<string, string>) => corpus.search(params);
  const found = (params: Record<string, string>) => corpus.found(params);

  beforeAll(async () => {
    corpus = await startSearchCorpus();
    ({ t, urls } = corpus);
  });
  afterAll(() => corpus.t.close());

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
    const [entries] = await corpus.db().query(`SELECT count(*) AS n FROM search_entry`);
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
    const [entries] = await corpus.db().query(`SELECT count(*) AS n FROM search_entry`);
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
});
