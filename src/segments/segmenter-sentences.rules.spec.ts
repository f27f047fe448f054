import { describe, expect, it } from 'vitest';
import type { TextLanguage } from './abbreviations.rules.js';
import { splitSentences } from './segmenter.rules.js';

// Sentence hints: the hard cases of Russian and English abbreviations, one table per language.

type Case = [paragraph: string, sentences: string[]];

const russian: Case[] = [
  ['В. В. Путин подписал закон. Это плохо.', ['В. В. Путин подписал закон.', 'Это плохо.']],
  ['А. Навальный умер в колонии.', ['А. Навальный умер в колонии.']],
  [
    'Указ подписал Путин В. В. Он вступил в силу.',
    ['Указ подписал Путин В. В. Он вступил в силу.'],
  ],
  ['Путин В. В. подписал закон.', ['Путин В. В. подписал закон.']],
  ['Активиста задержали в г. Москве вчера.', ['Активиста задержали в г. Москве вчера.']],
  [
    'Акция прошла в г. Санкт-Петербург. Задержаны 30 человек.',
    ['Акция прошла в г. Санкт-Петербург.', 'Задержаны 30 человек.'],
  ],
  [
    'Закон приняли в 2022 г. Новый закон ужесточил наказание.',
    ['Закон приняли в 2022 г.', 'Новый закон ужесточил наказание.'],
  ],
  ['В 2022 г. Госдума приняла закон о «фейках».', ['В 2022 г. Госдума приняла закон о «фейках».']],
  [
    'Так было в 2020–2022 гг. Новый закон всё изменил.',
    ['Так было в 2020–2022 гг.', 'Новый закон всё изменил.'],
  ],
  ['В 2020–2022 гг. число дел выросло.', ['В 2020–2022 гг. число дел выросло.']],
  [
    'Ст. 20.3.3 КоАП предусматривает штраф до 100 тыс. руб. за «дискредитацию» армии.',
    ['Ст. 20.3.3 КоАП предусматривает штраф до 100 тыс. руб. за «дискредитацию» армии.'],
  ],
  [
    '28 декабря 2021 г. Верховный суд постановил ликвидировать «Мемориал». Организация обжаловала решение.',
    [
      '28 декабря 2021 г. Верховный суд постановил ликвидировать «Мемориал».',
      'Организация обжаловала решение.',
    ],
  ],
  [
    'Его обвинили по ст. 280.3 УК. Он не признал вину.',
    ['Его обвинили по ст. 280.3 УК.', 'Он не признал вину.'],
  ],
  ['Дело возбуждено по ч. 1 ст. 207.3 УК РФ.', ['Дело возбуждено по ч. 1 ст. 207.3 УК РФ.']],
  [
    'Согласно п. 3 ч. 1 ст. 2 закона, это запрещено.',
    ['Согласно п. 3 ч. 1 ст. 2 закона, это запрещено.'],
  ],
  [
    'Пикет прошёл на ул. Тверская, д. 13. Полиция задержала двоих.',
    ['Пикет прошёл на ул. Тверская, д. 13.', 'Полиция задержала двоих.'],
  ],
  [
    'Встреча в парке им. Горького на пр. Мира отменена.',
    ['Встреча в парке им. Горького на пр. Мира отменена.'],
  ],
  [
    'Он иноагент, т. е. должен маркировать посты.',
    ['Он иноагент, т. е. должен маркировать посты.'],
  ],
  [
    'Это т.н. «нежелательная» организация, т. к. так решила прокуратура.',
    ['Это т.н. «нежелательная» организация, т. к. так решила прокуратура.'],
  ],
  ['Т. е. Москва решила всё сама.', ['Т. е. Москва решила всё сама.']],
  [
    'Запрещены флаги, лозунги и т. д. Суды это подтверждают.',
    ['Запрещены флаги, лозунги и т. д.', 'Суды это подтверждают.'],
  ],
  ['Лозунги, плакаты и т. д. запрещены.', ['Лозунги, плакаты и т. д. запрещены.']],
  ['Он получает 50 тыс. руб. в месяц.', ['Он получает 50 тыс. руб. в месяц.']],
  [
    'Ей назначили штраф 50 тыс. руб. Суд отклонил жалобу.',
    ['Ей назначили штраф 50 тыс. руб.', 'Суд отклонил жалобу.'],
  ],
  ['Бюджет составил 2,5 млн руб. за год.', ['Бюджет составил 2,5 млн руб. за год.']],
  [
    'Ущерб оценили в 1,2 млрд. рублей. Это много.',
    ['Ущерб оценили в 1,2 млрд. рублей.', 'Это много.'],
  ],
  ['Подробнее см. в докладе (см. выше).', ['Подробнее см. в докладе (см. выше).']],
  ['Есть и другие законы, напр. о «фейках».', ['Есть и другие законы, напр. о «фейках».']],
  [
    'Подписали Мемориал, ОВД-Инфо и др. организации.',
    ['Подписали Мемориал, ОВД-Инфо и др. организации.'],
  ],
  [
    'Подписали Мемориал, ОВД-Инфо и др. Список растёт.',
    ['Подписали Мемориал, ОВД-Инфо и др.', 'Список растёт.'],
  ],
  ['Он сказал: «Нет войне!» Его задержали.', ['Он сказал: «Нет войне!»', 'Его задержали.']],
  [
    'Суд оштрафовал её (по ст. 20.3.3 КоАП). Она обжаловала.',
    ['Суд оштрафовал её (по ст. 20.3.3 КоАП).', 'Она обжаловала.'],
  ],
  [
    'За что? За слова! Разве это преступление?',
    ['За что?', 'За слова!', 'Разве это преступление?'],
  ],
  ['Мы ждали… Но приговор был обвинительным.', ['Мы ждали…', 'Но приговор был обвинительным.']],
  ['Мы ждали… и дождались.', ['Мы ждали… и дождались.']],
  [
    'Они писали: «Мы будем бороться…» Её приговорили к сроку.',
    ['Они писали: «Мы будем бороться…»', 'Её приговорили к сроку.'],
  ],
  [
    'Приговор огласили в 2023\u00a0г. Новый срок — 7 лет.',
    ['Приговор огласили в 2023\u00a0г.', 'Новый срок — 7 лет.'],
  ],
  [
    'Рост составил 5 см. Потом замерили ещё раз.',
    ['Рост составил 5 см.', 'Потом замерили ещё раз.'],
  ],
];

const english: Case[] = [
  [
    'Mr. Smith met Dr. Jones in St. Petersburg on Jan. 5. They talked.',
    ['Mr. Smith met Dr. Jones in St. Petersburg on Jan. 5.', 'They talked.'],
  ],
  ['Mrs. Green and Ms. Black met Prof. Brown.', ['Mrs. Green and Ms. Black met Prof. Brown.']],
  [
    'J. R. R. Tolkien wrote books. Readers loved them.',
    ['J. R. R. Tolkien wrote books.', 'Readers loved them.'],
  ],
  [
    'The law punishes "fakes", e.g. reports of losses, i.e. the truth.',
    ['The law punishes "fakes", e.g. reports of losses, i.e. the truth.'],
  ],
  [
    'Flags, posters etc. are banned. Courts agree.',
    ['Flags, posters etc. are banned.', 'Courts agree.'],
  ],
  [
    'They banned flags, posters etc. The courts agreed.',
    ['They banned flags, posters etc.', 'The courts agreed.'],
  ],
  [
    'The U.S. Senate and the U.K. government condemned it.',
    ['The U.S. Senate and the U.K. government condemned it.'],
  ],
  [
    'See No. 5 under Art. 20.3.3 of the Code. Then read on.',
    ['See No. 5 under Art. 20.3.3 of the Code.', 'Then read on.'],
  ],
  [
    'It was Memorial vs. Russia. The court ruled in 2022.',
    ['It was Memorial vs. Russia.', 'The court ruled in 2022.'],
  ],
  [
    'He was jailed on Dec. 28. Nobody was surprised.',
    ['He was jailed on Dec. 28.', 'Nobody was surprised.'],
  ],
  ['Is this justice? No! It is repression.', ['Is this justice?', 'No!', 'It is repression.']],
  [
    'She wrote: "No to war." Then she was detained.',
    ['She wrote: "No to war."', 'Then she was detained.'],
  ],
  [
    'He was fined (under the new law). He appealed.',
    ['He was fined (under the new law).', 'He appealed.'],
  ],
];

describe('splitSentences', () => {
  const cases: Array<[TextLanguage, ...Case]> = [
    ...russian.map(([p, s]): [TextLanguage, ...Case] => ['ru', p, s]),
    ...english.map(([p, s]): [TextLanguage, ...Case] => ['en', p, s]),
  ];

  it.each(cases)('%s: %s', (language, paragraph, sentences) => {
    expect(splitSentences(language, paragraph)).toEqual(sentences);
  });

  it.each(cases)('%s: joins back into the paragraph: %s', (language, paragraph) => {
    expect(splitSentences(language, paragraph).join(' ')).toBe(paragraph);
  });

  it('never splits where no single space separates two sentences', () => {
    expect(splitSentences('ru', 'Что?Да. Нет.')).toEqual(['Что?Да.', 'Нет.']);
    expect(splitSentences('en', 'It ended.  Then more.')).toEqual(['It ended.  Then more.']);
    expect(splitSentences('ru', 'Конец.\u00a0Начало.')).toEqual(['Конец.\u00a0Начало.']);
  });

  it('gives nothing for an empty paragraph and trims the one it is given', () => {
    expect(splitSentences('ru', '   ')).toEqual([]);
    expect(splitSentences('en', '  One. Two.  ')).toEqual(['One.', 'Two.']);
  });

  it('reads an abbreviation in capitals as the same abbreviation', () => {
    expect(splitSentences('ru', 'Задержан в Г. Москве.')).toEqual(['Задержан в Г. Москве.']);
    expect(splitSentences('ru', 'СТ. 280.3 УК.')).toEqual(['СТ. 280.3 УК.']);
  });

  it('does not take the end of a longer word for an abbreviation', () => {
    expect(splitSentences('ru', 'Его задержали у моста. Потом отпустили.')).toEqual([
      'Его задержали у моста.',
      'Потом отпустили.',
    ]);
    expect(splitSentences('en', 'The crowd went west. Then it rained.')).toEqual([
      'The crowd went west.',
      'Then it rained.',
    ]);
  });
});
