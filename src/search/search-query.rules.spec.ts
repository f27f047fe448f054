import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { searchableStems, searchableText } from './search-document.rules.js';
import { buildMatchQuery, MAX_QUERY_WORDS, MAX_WORD_LENGTH } from './search-query.rules.js';

/** Only quoted strings, optionally `stems:`-qualified, OR-ed in parentheses, AND-ed. */
const TERM = '(?:stems:)?"(?:[^"]|"")*"';
const GROUP = `(?:${TERM}|\\((?:${TERM})(?: OR ${TERM})+\\))`;
const SAFE_SHAPE = new RegExp(`^${GROUP}(?: AND ${GROUP})*$`);

const HOSTILE = [
  '"',
  '""',
  'Мемориал" OR "x',
  'NEAR(мемориал навальный, 2)',
  'мемориал NEAR/3 суд',
  'text:мемориал',
  'stems:мемориал',
  '{text stems}: мемориал',
  '((((мемориал',
  'мемориал)))',
  'мемориал*',
  '*',
  '^мемориал',
  '-мемориал',
  'AND OR NOT',
  'мемориал AND NOT суд',
  "'; DROP TABLE documents; --",
  '\u0000\u0001\u001f',
  '!!! ... ???',
  '🙂🙂🙂',
  '👩🏽‍⚖️ суд',
  'x'.repeat(10_000),
  'слово '.repeat(2_000),
  '"'.repeat(10_000),
  '𝔐𝔢𝔪𝔬𝔯𝔦𝔞𝔩'.repeat(20),
];

describe('buildMatchQuery', () => {
  it('makes each word a group of the word and its stem', () => {
    expect(buildMatchQuery('Организации')).toBe('("организации" OR stems:"организац")');
  });

  it('AND-s the groups and leaves out a stem equal to the word', () => {
    expect(buildMatchQuery('Мемориал 2021')).toBe('("мемориал" OR stems:"мемориа") AND "2021"');
  });

  it('folds ё and case like the indexed text', () => {
    expect(buildMatchQuery('ЁЛКА')).toBe(buildMatchQuery('елка'));
    expect(buildMatchQuery('ЁЛКА')).toBe('("елка" OR stems:"елк")');
  });

  it('searches a repeated word once', () => {
    expect(buildMatchQuery('суд Суд СУД')).toBe('"суд"');
  });

  it('keeps a hyphenated word whole as one quoted phrase', () => {
    expect(buildMatchQuery('ОВД-Инфо')).toBe('("овд-инфо" OR stems:"овд-инф")');
  });

  it('turns FTS5 operators and column filters into searched words', () => {
    expect(buildMatchQuery('NEAR(a b, 3)')).toBe('"near" AND "a" AND "b" AND "3"');
    expect(buildMatchQuery('stems:x OR NOT y')).toBe(
      '("stems" OR stems:"stem") AND "x" AND "or" AND "not" AND "y"',
    );
    expect(buildMatchQuery('"мемориал" AND -суд*')).toBe(
      '("мемориал" OR stems:"мемориа") AND "and" AND "суд"',
    );
  });

  it('does not let visitors ask for prefix matches', () => {
    expect(buildMatchQuery('навальн*')).toBe('"навальн"');
    expect(buildMatchQuery('навальн *')).toBe('"навальн"');
  });

  it('returns null when there is no word to search for', () => {
    for (const input of ['', '   ', '!!! ... ???', '"()*:^-', '🙂🙂🙂', '\u0000']) {
      expect(buildMatchQuery(input), JSON.stringify(input)).toBeNull();
    }
  });

  it('caps the number of words and their length', () => {
    const many = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect(buildMatchQuery(many)!.split(' AND ')).toHaveLength(MAX_QUERY_WORDS);
    const long = buildMatchQuery('x'.repeat(10_000))!;
    expect(long).toBe(`"${'x'.repeat(MAX_WORD_LENGTH)}"`);
  });

  it('cuts long words between code points, never inside a surrogate pair', () => {
    const query = buildMatchQuery('𝔐'.repeat(100))!;
    expect(query).toBe(`"${'𝔐'.repeat(MAX_WORD_LENGTH)}"`);
    expect(query).not.toMatch(/\p{Cs}/u);
  });

  it('OR-s name-list expansions, each with its stem, into the word group', () => {
    const expansions = (word: string) =>
      word === 'navalny' ? ['Навальный', 'Алексей Навальный'] : [];
    expect(buildMatchQuery('Navalny team', expansions)).toBe(
      '("navalny" OR stems:"navalni" OR "навальный" OR stems:"навальн"' +
        ' OR "алексей навальный" OR stems:"алекс навальн") AND "team"',
    );
  });

  it('treats expansions as text too: no syntax, no empty variants, bounded count', () => {
    const hostile = () => [
      '"x" OR NEAR(',
      '',
      '!!!',
      ...Array.from({ length: 50 }, (_, i) => `v${i}`),
    ];
    const query = buildMatchQuery('суд', hostile)!;
    expect(query).toMatch(SAFE_SHAPE);
    expect(query).toContain('"x or near"');
    expect(query.split(' OR ').length).toBeLessThanOrEqual(1 + 8 * 2);
  });

  it('gives a bounded expression of the safe shape for every hostile input', () => {
    for (const input of HOSTILE) {
      const query = buildMatchQuery(input);
      if (query === null) continue;
      expect(query, JSON.stringify(input.slice(0, 40))).toMatch(SAFE_SHAPE);
      expect(query.length).toBeLessThan(MAX_QUERY_WORDS * (2 * MAX_WORD_LENGTH + 20));
    }
  });
});

describe('buildMatchQuery against SQLite FTS5', () => {
  const db = new Database(':memory:');
  afterAll(() => db.close());
  db.exec('CREATE VIRTUAL TABLE documents USING fts5(text, stems)');
  const insert = db.prepare('INSERT INTO documents (rowid, text, stems) VALUES (?, ?, ?)');
  const texts = [
    'Верховный суд ликвидировал организацию «Мемориал».',
    'Елка на Красной площади в 2021 году.',
    'Ёлочные игрушки.',
    'Алексей Навальный умер в колонии «Полярный волк».',
    'Memorial was liquidated by the Supreme Court of Russia.',
  ];
  texts.forEach((text, i) => insert.run(i + 1, searchableText(text), searchableStems(text)));
  const select = db.prepare<[string], { rowid: number }>(
    'SELECT rowid FROM documents WHERE documents MATCH ? ORDER BY rowid',
  );
  const search = (query: string, expansions?: (word: string) => string[]) => {
    const match = buildMatchQuery(query, expansions);
    return match === null ? [] : select.all(match).map((row) => row.rowid);
  };

  it('finds inflected Russian forms through the stems column', () => {
    expect(search('организации')).toEqual([1]);
    expect(search('Навального')).toEqual([4]);
  });

  it('finds е for ё and ё for е', () => {
    expect(search('ёлка')).toEqual([2]);
    expect(search('елочные')).toEqual([3]);
  });

  it('finds a Cyrillic name from its Latin spelling only through the name list', () => {
    expect(search('Navalny')).toEqual([]);
    const nameList = (word: string) => (word === 'navalny' ? ['Навальный'] : []);
    expect(search('Navalny', nameList)).toEqual([4]);
    expect(search('Navalny колонии', nameList)).toEqual([4]);
  });

  it('requires every word', () => {
    expect(search('мемориал суд')).toEqual([1]);
    expect(search('мемориал колонии')).toEqual([]);
    expect(search('memorial court')).toEqual([5]);
  });

  it('runs every hostile input without an SQL error and finds words as text', () => {
    for (const input of HOSTILE) {
      expect(() => search(input), JSON.stringify(input.slice(0, 40))).not.toThrow();
    }
    // Read as syntax, each of these would find text 1; read as text, "near", "and" and
    // "text" are words that text 1 does not contain.
    expect(search('NEAR(мемориал суд)')).toEqual([]);
    expect(search('мемориал AND суд')).toEqual([]);
    expect(search('text:мемориал')).toEqual([]);
    expect(search('"Мемориал" (суд')).toEqual([1]);
  });
});
