import { describe, expect, it } from 'vitest';
import { searchableStems, searchableText } from './search-document.rules.js';

describe('searchableText', () => {
  it('keeps words in normal form and drops punctuation', () => {
    expect(searchableText('«Ёлка» у ОВД-Инфо,  Navalny’s\u00a0team!')).toBe(
      'елка у овд-инфо navalny’s team',
    );
  });

  it('composes decomposed letters so they match typed queries', () => {
    expect(searchableText('Café Й')).toBe(searchableText('Cafe\u0301 И\u0306'));
    expect(searchableText('Й')).toBe('й');
  });

  it('is empty for a text without words', () => {
    expect(searchableText(' — !!! 🙂 ')).toBe('');
  });
});

describe('searchableStems', () => {
  it('stems each word with the stemmer of its script', () => {
    expect(searchableStems('Организации признаны иноагентами; organisations')).toBe(
      'организац призна иноагент organis',
    );
  });

  it('gives inflected forms the same stems', () => {
    expect(searchableStems('Навального организациями')).toBe(
      searchableStems('Навальный организации'),
    );
  });
});
