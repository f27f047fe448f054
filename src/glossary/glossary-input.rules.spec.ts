import { describe, expect, it } from 'vitest';
import type { LanguagePair } from '../config/language-pairs.rules.js';
import {
  matchesQuery,
  sameEntry,
  targetLanguagesOf,
  termProblems,
} from './glossary-input.rules.js';

const RU_EN: LanguagePair[] = [{ source: 'ru', target: 'en' }];
const BOTH: LanguagePair[] = [
  { source: 'ru', target: 'en' },
  { source: 'en', target: 'ru' },
];

describe('targetLanguagesOf', () => {
  it('lists the targets of the pairs from a source language only', () => {
    expect(targetLanguagesOf(BOTH, 'ru')).toEqual(['en']);
    expect(targetLanguagesOf(BOTH, 'en')).toEqual(['ru']);
    expect(targetLanguagesOf(RU_EN, 'en')).toEqual([]);
  });
});

describe('termProblems', () => {
  it('accepts a term with a rendering for every configured target', () => {
    expect(termProblems(RU_EN, 'ru', { en: 'foreign agent' })).toEqual([]);
    expect(termProblems(BOTH, 'en', { ru: 'иностранный агент' })).toEqual([]);
  });

  it('refuses a source language the site does not translate from, and nothing else then', () => {
    expect(termProblems(RU_EN, 'en', { ru: 'иностранный агент' })).toEqual([
      {
        field: 'sourceLanguage',
        key: 'glossary:language-not-configured',
        params: { language: 'en' },
      },
    ]);
  });

  it('requires the rendering of each configured target', () => {
    expect(termProblems(BOTH, 'ru', {})).toEqual([
      { field: 'renderings.en', key: 'glossary:rendering-required', params: {} },
    ]);
    expect(termProblems(BOTH, 'ru', { en: '' })).toHaveLength(1);
  });

  it('refuses a rendering into a language that is not a target of the term', () => {
    expect(termProblems(BOTH, 'ru', { en: 'Memorial', ru: 'Мемориал' })).toEqual([
      {
        field: 'renderings.ru',
        key: 'glossary:rendering-not-a-target',
        params: { language: 'ru' },
      },
    ]);
  });
});

describe('matchesQuery', () => {
  it('matches any text by a part of it, ignoring case and ё/е', () => {
    expect(matchesQuery('ИНОАГЕНТ', ['иностранный агент', 'иноагент'])).toBe(true);
    expect(matchesQuery('пётр', ['Петр Верзилов'])).toBe(true);
    expect(matchesQuery('петр', ['Пётр Верзилов'])).toBe(true);
    expect(matchesQuery('agent', ['Мемориал', 'Memorial'])).toBe(false);
  });

  it('matches everything without a query', () => {
    expect(matchesQuery(undefined, ['x'])).toBe(true);
    expect(matchesQuery('  ', [])).toBe(true);
  });
});

describe('sameEntry', () => {
  it('treats case, ё/е and spacing as the same', () => {
    expect(sameEntry('Верховный  суд', 'верховный суд')).toBe(true);
    expect(sameEntry('Семён', 'семен')).toBe(true);
    expect(sameEntry('Мемориал', 'Мемориал-2')).toBe(false);
  });
});
