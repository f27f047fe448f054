import { describe, expect, it } from 'vitest';
import { stemWord } from './stemmer.rules.js';
import { sameEnglishWord, sameLexeme, sameTermWord } from './word-forms.rules.js';

const word = (normal: string) => ({ normal, stem: stemWord(normal) });

describe('sameLexeme', () => {
  it('takes stems one trailing letter apart for one word, from four letters', () => {
    expect(sameLexeme('мемориа', 'мемориал')).toBe(true);
    expect(sameLexeme('алекс', 'алексе')).toBe(true);
    expect(sameLexeme('суд', 'суды')).toBe(false);
    expect(sameLexeme('мемориа', 'мемориалы')).toBe(false);
  });
});

describe('sameEnglishWord', () => {
  it('joins the plural and the possessive of a noun', () => {
    for (const form of ['agents', "agent's", 'agent’s', "agents'"])
      expect(sameEnglishWord('agent', form), form).toBe(true);
    expect(sameEnglishWord('parties', 'party')).toBe(true);
    expect(sameEnglishWord('party', "parties'")).toBe(true);
    expect(sameEnglishWord('office', 'offices')).toBe(true);
  });

  it('keeps apart the words Porter stems join', () => {
    expect(sameEnglishWord('memorial', 'memory')).toBe(false);
    expect(sameEnglishWord('organisation', 'organise')).toBe(false);
    expect(sameEnglishWord('agent', 'agency')).toBe(false);
    expect(sameEnglishWord('court', 'courtesy')).toBe(false);
  });
});

describe('sameTermWord', () => {
  it('reads Russian by stems and English by inflections', () => {
    expect(sameTermWord(word('мемориал'), word('мемориалом'))).toBe(true);
    expect(sameTermWord(word('мемориал'), word('мемориала'))).toBe(true);
    expect(sameTermWord(word('memorial'), word('memory'))).toBe(false);
    expect(sameTermWord(word('memorial'), word("memorial's"))).toBe(true);
  });
});
