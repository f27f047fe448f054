import { afterAll, beforeAll, expect, it } from 'vitest';
import { countRows } from '../support/row-count.js';
import { startTestApp, type SignedInClient, type TestApp } from '../support/test-app.js';
import { createInitiative } from '../support/workflow.js';
import { recordFigure } from './figures.js';

// Hostile inputs an attacker (or a broken client) sends: every one must be answered below 500
// and a refused one must leave every table as it was.
let t: TestApp;
let editor: SignedInClient;
let initiativeId: number;
const TABLES = [
  'source_text',
  'source_revision',
  'segment',
  'translation',
  'translation_unit',
  'tm_entry',
  'comment',
  'audit_event',
  'user',
  'glossary_term',
  'person',
];

beforeAll(async () => {
  t = await startTestApp();
  editor = await t.signIn(await t.createUser('hostile-editor', ['editor']));
  initiativeId = await createInitiative(editor);
});
afterAll(async () => t.close());

interface Attempt {
  label: string;
  send: () => PromiseLike<{ status: number }>;
}

const source = (extra: Record<string, unknown>) => ({
  initiativeId,
  language: 'ru',
  kind: 'news',
  title: 'Заголовок',
  body: 'Суд оштрафовал активистку.',
  licence: 'CC-BY-4.0',
  originalUrl: 'https://example.org/original',
  publishedDate: '2021-12-28',
  ...extra,
});

function attempts(): Attempt[] {
  const post =
    (path: string, body: string | object, type = 'application/json') =>
    () =>
      editor.agent.post(path).set('x-csrf-token', editor.csrf).set('content-type', type).send(body);
  const get = (path: string) => () => editor.agent.get(path);
  const list: Attempt[] = [
    {
      label: 'oversized body',
      send: post('/api/v1/sources', source({ body: 'А. '.repeat(6_000_000) })),
    },
    {
      label: 'deep array',
      send: post('/api/v1/sources', '['.repeat(100_000) + ']'.repeat(100_000)),
    },
    {
      label: 'deep object',
      send: post('/api/v1/segment', '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000)),
    },
    {
      label: 'many keys',
      send: post(
        '/api/v1/translations/1/approve-all',
        JSON.stringify({
          units: Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [String(i), 1])),
        }),
      ),
    },
    {
      label: 'non-UTF-8 JSON',
      send: () =>
        editor.agent
          .post('/api/v1/sources')
          .set('x-csrf-token', editor.csrf)
          .set('content-type', 'application/json')
          .send(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])),
    },
    { label: 'truncated JSON', send: post('/api/v1/sources', '{"title":') },
    { label: 'NUL in title', send: post('/api/v1/sources', source({ title: 'a\u0000b' })) },
    {
      label: 'NUL in body',
      send: post('/api/v1/sources', source({ body: 'Суд\u0000 оштрафовал.' })),
    },
    {
      label: 'NUL in a list field',
      send: post('/api/v1/sources', source({ authors: ['Автор\u0000'] })),
    },
    { label: 'ESC in a tag', send: post('/api/v1/sources', source({ tags: ['суд\u001b'] })) },
    {
      label: 'C1 control in a term form',
      send: post('/api/v1/glossary', {
        sourceLanguage: 'ru',
        term: 'иноагент',
        forms: ['ино\u0085агент'],
        renderings: { en: 'foreign agent' },
      }),
    },
    {
      label: 'BEL in a name spelling',
      send: post('/api/v1/names', { cyrillic: 'Юлия Навальная', spelling: 'Yulia\u0007 N' }),
    },
    {
      label: 'wrong types',
      send: post('/api/v1/sources', source({ title: ['a'], initiativeId: '1; DROP TABLE user' })),
    },
    {
      label: 'prototype keys',
      send: post(
        '/api/v1/sources',
        '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}',
      ),
    },
    {
      label: 'multipart without boundary',
      send: post('/api/v1/sources', 'x', 'multipart/form-data'),
    },
    {
      label: 'multipart garbage',
      send: post(
        '/api/v1/sources/import',
        '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\n',
        'multipart/form-data; boundary=x',
      ),
    },
    {
      label: 'lone surrogate',
      send: post('/api/v1/segment', '{"text":"\\ud800 суд","language":"ru"}'),
    },
  ];
  for (const q of [
    '"',
    'суд OR',
    'NEAR(a b',
    '*',
    'a AND (b',
    '^суд',
    'col:суд',
    '"a" "b',
    "'; DROP TABLE user; --",
    '\u0000',
    'a'.repeat(10_000),
  ]) {
    list.push({
      label: `FTS ${JSON.stringify(q.slice(0, 12))} api`,
      send: get(`/api/v1/search?q=${encodeURIComponent(q)}`),
    });
    list.push({
      label: `FTS ${JSON.stringify(q.slice(0, 12))} page`,
      send: () => t.client().get(`/search?q=${encodeURIComponent(q)}`),
    });
  }
  for (const path of [
    '/static/../../etc/passwd',
    '/static/%2e%2e/%2e%2e/etc/passwd',
    '/static/..%2f..%2fpackage.json',
    '/texts/%00',
    '/texts/..%5c..%5cetc',
    '/api/v1/sources/1%00',
    '/api/v1/sources/99999999999999999999',
    '/api/v1/sources/-1',
    '/tags/%ff%fe',
    '/tags/%',
    '/language/en?next=%',
    '/sign-in?next=/%09/evil.example',
    '/search?q[]=a&q[]=b',
    '/api/v1/search?q[x]=1',
    '/feeds/..%2f..%2fetc.atom',
  ]) {
    list.push({ label: `path ${path}`, send: () => t.client().get(path) });
  }
  return list;
}

it('answers every hostile input below 500 and refused ones write nothing', async () => {
  const fivexx: string[] = [];
  const partial: string[] = [];
  const all = attempts();
  for (const attempt of all) {
    const before = await Promise.all(TABLES.map((table) => countRows(t, table)));
    const response = await attempt.send();
    const after = await Promise.all(TABLES.map((table) => countRows(t, table)));
    if (response.status >= 500) fivexx.push(`${attempt.label}: ${response.status}`);
    if (response.status >= 400 && after.some((n, i) => n !== before[i]))
      partial.push(attempt.label);
  }
  recordFigure({ check: 'hostile inputs: 5xx', tried: all.length, failed: fivexx.length });
  recordFigure({
    check: 'hostile inputs: partial writes',
    tried: all.length,
    failed: partial.length,
  });
  expect(fivexx).toEqual([]);
  expect(partial).toEqual([]);
});
