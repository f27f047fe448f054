import { describe, expect, it } from 'vitest';
import { numberMismatchCheck } from './number-mismatch.rules.js';
import type { Language } from './qa-check.rules.js';

const ruEn = (source: string, target: string) =>
  numberMismatchCheck.run({ sourceLanguage: 'ru', targetLanguage: 'en', source, target });
const enRu = (source: string, target: string) =>
  numberMismatchCheck.run({ sourceLanguage: 'en', targetLanguage: 'ru', source, target });
const keys = (sourceLanguage: Language, source: string, target: string) =>
  numberMismatchCheck
    .run({ sourceLanguage, targetLanguage: sourceLanguage === 'ru' ? 'en' : 'ru', source, target })
    .map((found) => [found.messageKey, found.params.values]);

describe('number-mismatch ru>en', () => {
  it('passes amounts, dates and years written the English way', () => {
    expect(
      ruEn(
        'Суд оштрафовал активистку на 30 тыс. руб. по ст. 20.3.3 КоАП за пост 24 февраля 2022 г.',
        'The court fined the activist 30,000 roubles under Article 20.3.3 of the Code of Administrative Offences for a post on 24 February 2022.',
      ),
    ).toEqual([]);
    expect(
      ruEn('ущерб 2,5 млн руб. (1 234 эпизода)', 'damage of 2.5 million roubles (1,234 episodes)'),
    ).toEqual([]);
  });

  it('passes a number the translation spells out', () => {
    expect(
      ruEn(
        'Его приговорили к 7 годам колонии.',
        'He was sentenced to seven years in a penal colony.',
      ),
    ).toEqual([]);
  });

  it('passes a date whose month comes first in English', () => {
    expect(
      ruEn('Эфир прекратился 1 марта 2022 г.', 'Broadcasting stopped on March 1, 2022.'),
    ).toEqual([]);
  });

  it('reports a wrong amount both as missing and as extra', () => {
    expect(keys('ru', 'штраф 30 тыс. руб.', 'a fine of 3,000 roubles')).toEqual([
      ['qa:number-mismatch.missing', '30 тыс.'],
      ['qa:number-mismatch.extra', '3,000'],
    ]);
  });

  it('reports a Russian decimal comma left in English', () => {
    expect(keys('ru', 'ущерб 2,5 млн руб.', 'damage of 2,5 million roubles')[0]).toEqual([
      'qa:number-mismatch.missing',
      '2,5 млн',
    ]);
  });

  it('reports a wrong day and a wrong month', () => {
    expect(keys('ru', '24 февраля 2022 г.', 'on 25 February 2022')).toEqual([
      ['qa:number-mismatch.missing', '24'],
      ['qa:number-mismatch.extra', '25'],
    ]);
    expect(keys('ru', '24 февраля 2022 г.', 'on 24 March 2022')).toEqual([
      ['qa:number-mismatch.missing', 'февраля'],
      ['qa:number-mismatch.extra', 'March'],
    ]);
  });

  it('reports a year dropped from the translation', () => {
    expect(keys('ru', 'с 2014 по 2022 год', 'from 2014 onwards')).toEqual([
      ['qa:number-mismatch.missing', '2022'],
    ]);
  });

  it('does not report article numbers, which the legal check compares', () => {
    expect(ruEn('по ч. 1 ст. 280.3 УК', 'under Article 280.3 of the Criminal Code')).toEqual([]);
  });
});

describe('number-mismatch en>ru', () => {
  it('reads English formats in the source and Russian in the target', () => {
    expect(
      enRu(
        'More than 19,000 people, fines of 2.5 million roubles, 15% of them on 24 February 2022.',
        'Более 19 тыс. человек, штрафы на 2,5 млн руб., 15 % из них — 24 февраля 2022 г.',
      ),
    ).toEqual([]);
  });

  it('passes a number spelled out in Russian and a digit for a spelled English number', () => {
    expect(enRu('He spent 7 years in prison.', 'Он провёл в заключении семь лет.')).toEqual([]);
    expect(enRu('He was sentenced to seven years.', 'Его приговорили к 7 годам.')).toEqual([]);
  });

  it('reports a missing number, and the spelled one put in its place', () => {
    expect(keys('en', 'up to 15 years in prison', 'до пяти лет лишения свободы')).toEqual([
      ['qa:number-mismatch.missing', '15'],
      ['qa:number-mismatch.extra', 'пяти'],
    ]);
  });
});

describe('number-mismatch with numbers in words', () => {
  it('passes a number spelled out on both sides, in any case', () => {
    expect(ruEn('грозит до трёх лет', 'carries up to three years')).toEqual([]);
    expect(enRu('up to five years', 'до пяти лет')).toEqual([]);
    expect(ruEn('двадцать лет собирал', 'for twenty years gathered')).toEqual([]);
    expect(enRu('three of them were detained', 'троих из них задержали')).toEqual([]);
    expect(ruEn('его задерживали дважды', 'he was detained twice')).toEqual([]);
  });

  it('passes a number spelled out on one side and in digits on the other', () => {
    expect(ruEn('тысяча человек вышла на улицы', '1,000 people took to the streets')).toEqual([]);
    expect(enRu('a fine of 1,000 roubles', 'штраф в тысячу рублей')).toEqual([]);
    expect(ruEn('полтора миллиона просмотров', '1.5 million views')).toEqual([]);
    expect(ruEn('1,5 млн просмотров', '1.5 million views')).toEqual([]);
    expect(enRu('1.5 million views', '1,5 млн просмотров')).toEqual([]);
    expect(ruEn('пять тысяч задержанных', '5,000 detainees')).toEqual([]);
    expect(ruEn('восемь с половиной лет', '8.5 years')).toEqual([]);
    expect(enRu('eight and a half years', '8,5 года')).toEqual([]);
    expect(enRu('one and a half million views', 'полтора миллиона просмотров')).toEqual([]);
    expect(enRu('half a million views', '500 тыс. просмотров')).toEqual([]);
    expect(ruEn('полтора часа', 'an hour and a half')).toEqual([]);
  });

  it('reports a spelled number changed on either side', () => {
    expect(keys('ru', 'грозит до трёх лет', 'carries up to five years')).toEqual([
      ['qa:number-mismatch.missing', 'трех'],
      ['qa:number-mismatch.extra', 'five'],
    ]);
    expect(keys('en', 'up to five years', 'до семи лет')).toEqual([
      ['qa:number-mismatch.missing', 'five'],
      ['qa:number-mismatch.extra', 'семи'],
    ]);
    expect(keys('ru', 'тысяча человек', '10,000 people')).toEqual([
      ['qa:number-mismatch.missing', 'тысяча'],
      ['qa:number-mismatch.extra', '10,000'],
    ]);
    expect(keys('ru', 'восемь с половиной лет', '5.8 years')).toEqual([
      ['qa:number-mismatch.missing', 'восемь с половиной'],
      ['qa:number-mismatch.extra', '5.8'],
    ]);
    expect(keys('ru', 'полтора миллиона', '2.5 million')).toEqual([
      ['qa:number-mismatch.missing', 'полтора миллиона'],
      ['qa:number-mismatch.extra', '2.5 million'],
    ]);
  });

  it('does not take words that only may be numbers for numbers', () => {
    expect(ruEn('Один из лидеров уехал.', 'A leader left.')).toEqual([]);
    expect(enRu('One of the leaders left.', 'Лидер уехал.')).toEqual([]);
    expect(ruEn('Тысячи людей вышли на улицы.', 'Crowds took to the streets.')).toEqual([]);
    expect(enRu('Thousands took to the streets.', 'Толпы вышли на улицы.')).toEqual([]);
    expect(
      ruEn('Суд отказал его семью в свидании.', 'The court refused his family a visit.'),
    ).toEqual([]);
    expect(enRu('For a second time he was detained.', 'Его снова задержали.')).toEqual([]);
    expect(ruEn('Это первое дело такого рода.', 'It is a case without precedent.')).toEqual([]);
  });
});
