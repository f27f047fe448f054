import { describe, expect, it } from 'vitest';
import { spelledNumberMentions } from './spelled-numbers.rules.js';

const spelled = (text: string, language: 'ru' | 'en'): number[] =>
  spelledNumberMentions(text, language).map((mention) => mention.value);

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

describe('spelledNumberMentions', () => {
  const mentions = (text: string, language: 'ru' | 'en') =>
    spelledNumberMentions(text, language).map(({ value, text: words, firm }) => [
      value,
      words,
      firm,
    ]);

  it('reads collective numerals, multiplicatives and "полтора"', () => {
    expect(mentions('трое детей, дважды, полтора миллиона', 'ru')).toEqual([
      [3, 'трое', true],
      [2, 'дважды', true],
      [1500000, 'полтора миллиона', true],
    ]);
    expect(mentions('twice', 'en')).toEqual([[2, 'twice', true]]);
  });

  it('reads halves: "and a half", "half a", "с половиной", and "полтора" only with more words', () => {
    expect(mentions('eight and a half years, half a million', 'en')).toEqual([
      [8.5, 'eight and a half', true],
      [500000, 'half a million', true],
    ]);
    expect(mentions('an hour and a half', 'en')).toEqual([[0.5, 'and a half', false]]);
    expect(mentions('восемь с половиной лет, полтора года', 'ru')).toEqual([
      [8.5, 'восемь с половиной', true],
      [1.5, 'полтора', false],
    ]);
  });

  it('holds as sure a cardinal, a singular "тысяча" and any phrase of several words', () => {
    expect(mentions('тысяча человек, три года, one thousand', 'ru').slice(0, 2)).toEqual([
      [1000, 'тысяча', true],
      [3, 'три', true],
    ]);
    expect(mentions('one thousand people in the twenty-first century', 'en')).toEqual([
      [1000, 'one thousand', true],
      [21, 'twenty first', true],
    ]);
  });

  it('holds as unsure "one", ordinals alone, "семью" and a plural multiplier', () => {
    expect(mentions('one of them, a second time, thousands, a million', 'en')).toEqual([
      [1, 'one', false],
      [2, 'second', false],
      [1000000, 'million', false],
    ]);
    expect(mentions('одна из них, первый раз, семью, тысячи людей, миллионы', 'ru')).toEqual([
      [1, 'одна', false],
      [1, 'первый', false],
      [7, 'семью', false],
      [1000, 'тысячи', false],
      [1000000, 'миллионы', false],
    ]);
  });
});
