import { describe, expect, it } from 'vitest';
import { matchQuality, normalisedMatchQuality, qualityCeiling } from './match-quality.rules.js';

describe('matchQuality', () => {
  it('is 100 for texts that differ only in case, ё and white space', () => {
    expect(matchQuality('Суд оштрафовал Пётра', 'суд  оштрафовал ПЕТРА ')).toBe(100);
    expect(matchQuality('', '')).toBe(100);
  });

  it('scores by edit distance over the longer normalised text', () => {
    // "оштрафовал" → "арестовал" is 6 edits over 25 characters.
    expect(matchQuality('Суд оштрафовал активистку', 'Суд арестовал активистку')).toBe(76);
    expect(matchQuality('Мемориал', 'Мемориала')).toBe(89);
  });

  it('counts punctuation as an edit and never gives 100 to texts that differ', () => {
    expect(matchQuality('Да!', 'Да?')).toBe(67);
    const paragraph = 'Суд оштрафовал активистку на 30 000 рублей по статье 20.3.3 КоАП. '.repeat(
      3,
    );
    expect(matchQuality(paragraph, paragraph.replace('КоАП.', 'КоАП,'))).toBe(99);
  });

  it('is 0 against an empty text and symmetric', () => {
    expect(matchQuality('Нет войне', '')).toBe(0);
    const a = 'Минюст внёс «Мемориал» в реестр иноагентов';
    const b = 'Минюст внес Мемориал в реестр иностранных агентов';
    expect(matchQuality(a, b)).toBe(matchQuality(b, a));
    expect(matchQuality(a, b)).toBeGreaterThan(50);
    expect(matchQuality(a, b)).toBeLessThan(99);
  });
});

describe('qualityCeiling', () => {
  it('never falls below the quality the texts actually reach', () => {
    const pairs: [string, string][] = [
      ['суд оштрафовал активистку', 'суд арестовал активистку'],
      ['мемориал', 'мемориала признали иноагентом'],
      ['да!', 'да?'],
      ['', 'нет войне'],
    ];
    for (const [a, b] of pairs) {
      expect(qualityCeiling(a.length, b.length)).toBeGreaterThanOrEqual(
        normalisedMatchQuality(a, b),
      );
    }
  });

  it('shrinks as the lengths drift apart', () => {
    expect(qualityCeiling(600, 600)).toBe(100);
    expect(qualityCeiling(600, 300)).toBe(50);
    expect(qualityCeiling(300, 600)).toBe(50);
    expect(qualityCeiling(600, 299)).toBe(50);
    expect(qualityCeiling(600, 290)).toBe(48);
  });
});
