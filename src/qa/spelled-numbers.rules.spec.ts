import { describe, expect, it } from 'vitest';
import { spelledNumbers } from './spelled-numbers.rules.js';

const spelled = (text: string, language: 'ru' | 'en'): number[] => [
  ...spelledNumbers(text, language),
];

describe('spelledNumbers in English', () => {
  it('reads zero to twenty, the tens and their compounds', () => {
    expect(spelled('seven years', 'en')).toEqual([7]);
    expect(spelled('ten, eleven and twelve', 'en')).toEqual([10, 11, 12]);
    expect(spelled('twenty-five people, ninety', 'en')).toEqual([25, 90]);
  });

  it('reads hundreds and thousands, with the British "and"', () => {
    expect(spelled('two hundred and five', 'en')).toEqual([205]);
    expect(spelled('six thousand protesters and a hundred lawyers', 'en')).toEqual([6000, 100]);
  });

  it('reads ordinals', () => {
    expect(spelled('in the first reading, the twenty-first century', 'en')).toEqual([1, 21]);
  });

  it('finds nothing in a text without number words', () => {
    expect(spelled('The court liquidated Memorial.', 'en')).toEqual([]);
  });
});

describe('spelledNumbers in Russian', () => {
  it('reads cardinals in any case', () => {
    expect(spelled('к семи годам', 'ru')).toEqual([7]);
    expect(spelled('двумя судьями и пятью адвокатами', 'ru')).toEqual([2, 5]);
    expect(spelled('восемь, одиннадцать, девятнадцати', 'ru')).toEqual([8, 11, 19]);
  });

  it('reads tens, hundreds and thousands together', () => {
    expect(spelled('двадцать пять', 'ru')).toEqual([25]);
    expect(spelled('сто двадцать пять', 'ru')).toEqual([125]);
    expect(spelled('шесть тысяч человек', 'ru')).toEqual([6000]);
    expect(spelled('в две тысячи двадцать втором году', 'ru')).toEqual([2022]);
  });

  it('reads ordinals in any gender and case', () => {
    expect(spelled('в первом чтении, третьей жалобы, пятого созыва', 'ru')).toEqual([1, 3, 5]);
  });

  it('does not take similar words for numbers', () => {
    expect(spelled('во-вторых, ведомство и вторник', 'ru')).toEqual([]);
  });
});
