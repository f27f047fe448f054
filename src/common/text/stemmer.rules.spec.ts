import { describe, expect, it } from 'vitest';
import { stemWord, stems } from './stemmer.rules.js';
import { hasCyrillic, normaliseText, words } from './normalise.rules.js';

describe('normaliseText', () => {
  it('folds case, ё to е, NFC and white space', () => {
    expect(normaliseText('  Ёлка\u00a0и  ЁЖ ')).toBe('елка и еж');
    expect(normaliseText('e\u0301')).toBe('\u00e9');
  });
});

describe('words', () => {
  it('keeps hyphenated words and drops punctuation', () => {
    expect(words('«Мемориал» — иноагент, т. е. по-русски!')).toEqual([
      'мемориал',
      'иноагент',
      'т',
      'е',
      'по-русски',
    ]);
  });
});

describe('stems', () => {
  it('gives inflected Russian forms one stem', () => {
    expect(stemWord('организации')).toBe(stemWord('организация'));
    expect(stemWord('организацию')).toBe(stemWord('организациями'));
  });
  it('uses the English stemmer for Latin words inside Russian text', () => {
    expect(stems('Агентами Meduza organisations')).toEqual(['агент', 'meduza', 'organis']);
  });
  it('detects Cyrillic', () => {
    expect(hasCyrillic('Navalny')).toBe(false);
    expect(hasCyrillic('Navalnый')).toBe(true);
  });
});
