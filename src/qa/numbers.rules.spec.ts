import { describe, expect, it } from 'vitest';
import { extractNumbers, monthsNamed } from './numbers.rules.js';
import type { Language } from './qa-check.rules.js';

const numbers = (text: string, language: Language): number[] =>
  extractNumbers(text, language)
    .filter((mention) => mention.kind === 'number')
    .map((mention) => mention.value);
const months = (text: string, language: Language): number[] =>
  extractNumbers(text, language)
    .filter((mention) => mention.kind === 'month')
    .map((mention) => mention.value);

describe('extractNumbers in Russian', () => {
  it('reads the decimal comma and space-grouped thousands (plain, nbsp, narrow nbsp)', () => {
    expect(numbers('Рост составил 2,5 процента', 'ru')).toEqual([2.5]);
    expect(numbers('задержаны 1 234, 19\u00a0335 и 2\u202f000 человек', 'ru')).toEqual([
      1234, 19335, 2000,
    ]);
  });

  it('multiplies by тыс., млн, млрд in abbreviated and full forms', () => {
    expect(numbers('штраф 30 тыс. руб.', 'ru')).toEqual([30000]);
    expect(numbers('6 тыс. человек, 2,5 млн руб. и 3 млрд долларов', 'ru')).toEqual([
      6000, 2500000, 3e9,
    ]);
    expect(numbers('более 20 тысяч задержанных и 1,2 миллиона уехавших', 'ru')).toEqual([
      20000, 1200000,
    ]);
  });

  it('gives both ends of a range the scale written after it', () => {
    expect(numbers('штраф от 30 до 50 тыс. рублей', 'ru')).toEqual([30000, 50000]);
    expect(numbers('10–15 тыс. рублей', 'ru')).toEqual([10000, 15000]);
  });

  it('keeps a year before a scaled number a year', () => {
    expect(numbers('в 2022 и 15 тыс. человек', 'ru')).toEqual([2022, 15000]);
  });

  it('reads ordinals, decades, ranges of years and percentages as their number', () => {
    expect(numbers('24-го числа, в 1990-х, в 2014–2022 годах, 15 %', 'ru')).toEqual([
      24, 1990, 2014, 2022, 15,
    ]);
  });

  it('does not join a year and the next number into one group', () => {
    expect(numbers('в 2021 150 человек', 'ru')).toEqual([2021, 150]);
  });

  it('reads dates with the month as a month, not a number', () => {
    const text = '24 февраля 2022 г. и 28.12.2021';
    expect(numbers(text, 'ru')).toEqual([24, 2022, 28, 2021]);
    expect(months(text, 'ru')).toEqual([2, 12]);
  });

  it('reads Roman centuries', () => {
    expect(numbers('репрессии XX века и XVIII–XIX вв.', 'ru')).toEqual([20, 18, 19]);
  });

  it('leaves article and part numbers and URLs to their own checks', () => {
    expect(numbers('по ч. 1 ст. 280.3 УК и по 20.3.3 КоАП на 15 суток', 'ru')).toEqual([15]);
    expect(numbers('см. https://ovd.info/news/2022/03/01/123', 'ru')).toEqual([]);
    expect(numbers('версия 1.2.3', 'ru')).toEqual([]);
  });

  it('does not read codes glued to letters', () => {
    expect(numbers('рейс MH17', 'ru')).toEqual([]);
  });
});

describe('extractNumbers in English', () => {
  it('reads comma-grouped thousands and the decimal point', () => {
    expect(numbers('6,000 people and 1,234,567 roubles, growth of 2.5%', 'en')).toEqual([
      6000, 1234567, 2.5,
    ]);
  });

  it('does not read a Russian decimal comma left in English as a decimal', () => {
    expect(numbers('2,5 million', 'en')).not.toContain(2500000);
  });

  it('multiplies by thousand, million, billion and bn', () => {
    expect(numbers('6 thousand, 2.5 million, 3 billion and 4bn', 'en')).toEqual([
      6000, 2500000, 3e9, 4e9,
    ]);
  });

  it('reads m and k as amounts only after a currency sign', () => {
    expect(numbers('£2.5m in fines', 'en')).toEqual([2500000]);
    expect(numbers('a 5m fence', 'en')).toEqual([5]);
  });

  it('reads ordinals, decades and ranges', () => {
    expect(numbers('the 24th, the 1990s, 2014–2022, 10 to 15 thousand', 'en')).toEqual([
      24, 1990, 2014, 2022, 10000, 15000,
    ]);
  });

  it('reads day-month dates in both orders and US slash dates', () => {
    expect(numbers('February 24, 2022 and 28 December 2021', 'en')).toEqual([24, 2022, 28, 2021]);
    expect(months('February 24, 2022 and 28 December 2021', 'en')).toEqual([2, 12]);
    expect(numbers('12/28/2021', 'en')).toEqual([28, 2021]);
    expect(months('12/28/2021', 'en')).toEqual([12]);
  });

  it('takes only capitalised month names: "march" and "may" are verbs', () => {
    expect(months('Thousands march 15 blocks', 'en')).toEqual([]);
  });

  it('leaves article and part numbers to the legal check', () => {
    expect(numbers('Part 1 of Article 280.3 of the Criminal Code, up to 15 years', 'en')).toEqual([
      15,
    ]);
  });
});

describe('monthsNamed', () => {
  it('finds months in any Russian case and English months capitalised', () => {
    expect([...monthsNamed('в феврале и в конце мая', 'ru')]).toEqual([2, 5]);
    expect([...monthsNamed('In February they may march', 'en')]).toEqual([2]);
  });
});
