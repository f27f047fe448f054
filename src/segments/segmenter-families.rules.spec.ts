import { describe, expect, it } from 'vitest';
import type { TextLanguage } from './abbreviations.rules.js';
import { splitSentences } from './segmenter.rules.js';

// The families of issue 14: page and figure references, years before initials, and quoted
// questions, exclamations and ellipses that the sentence goes on after.

type Case = [language: TextLanguage, paragraph: string, sentences: string[]];

const one = (language: TextLanguage, paragraph: string): Case => [language, paragraph, [paragraph]];

const pages: Case[] = [
  one('ru', 'Об этом пишет «Мемориал» (с. 12) в своём докладе.'),
  one('ru', 'Об этом пишет «Мемориал» (см. с. 12) в своём докладе.'),
  one('ru', 'Подробности в докладе, с. 45–47, и в приложении.'),
  one('ru', 'Данные приведены на стр. 8 доклада.'),
  one('ru', 'Данные приведены в докладе (стр. 8).'),
  one('ru', 'Динамика показана на рис. 3 и в таблице.'),
  one('ru', 'Динамика показана в докладе (рис. 3), она растёт.'),
  one('ru', 'Список дел см. на с. 5.'),
  one('ru', 'Подробнее см. 3-ю главу доклада.'),
  one('ru', 'Подробнее (см. 3-ю главу) в докладе.'),
  one('ru', 'Цифры сведены в табл. 2 и на рис. 4 (с. 17).'),
  one('en', 'The trend is shown in Fig. 3 of the report.'),
  one('en', 'The report says so (p. 12) and gives the figures.'),
  one('en', 'The report says so (see p. 12) and gives the figures.'),
  one('en', 'The cases are listed on pp. 45–47 of the report.'),
  one('en', 'The cases are listed in the report (pp. 45–47).'),
  [
    'ru',
    'Данные приведены в докладе (с. 12). Они пугают.',
    ['Данные приведены в докладе (с. 12).', 'Они пугают.'],
  ],
  [
    'ru',
    'Доклад занимает 40 стр. Его прочли тысячи.',
    ['Доклад занимает 40 стр.', 'Его прочли тысячи.'],
  ],
  [
    'en',
    'The figures are in the report (p. 12). They are grim.',
    ['The figures are in the report (p. 12).', 'They are grim.'],
  ],
];

const yearsBeforeInitials: Case[] = [
  one('ru', 'В 1989 г. А. Д. Сахаров выступил на съезде.'),
  one('ru', 'В 1989 г. А. Сахаров выступил на съезде.'),
  one('ru', 'В 1975 г. А.Д. Сахаров получил Нобелевскую премию мира.'),
  one('ru', 'В 1988–1989 гг. А. Д. Сахаров был депутатом.'),
  one('ru', 'В 2013 г. (с. 8) Л. Алексеева выступила в суде.'),
  one('ru', 'Премию мира присудили в 1975 г. А. Д. Сахарову.'),
  one('ru', 'Премию мира присудили в 1975 г. А.Д. Сахарову.'),
  one('ru', 'С 1988–1989 гг. Л. М. Алексеева снова в Москве.'),
  [
    'ru',
    'Закон приняли в 2022 г. Новый закон ужесточил наказание.',
    ['Закон приняли в 2022 г.', 'Новый закон ужесточил наказание.'],
  ],
  [
    'ru',
    'Так было в 2020–2022 гг. Суды стали строже.',
    ['Так было в 2020–2022 гг.', 'Суды стали строже.'],
  ],
];

const quotedEnds: Case[] = [
  one('en', '"Why now?" she asked.'),
  one('en', '"Free them all!" read the banner.'),
  one('en', '"Stop the war!" they shouted in the square.'),
  one('en', '"We will be back…" he wrote from prison.'),
  one('en', '“Why now?” she asked.'),
  one('ru', '«Почему сейчас?» — спросила она.'),
  one('ru', '«Почему сейчас?» – спросила она.'),
  one('ru', '«Почему сейчас?» спросила она.'),
  one('ru', '«Нет войне!» — кричали люди на площади.'),
  one('ru', '«Мы вернёмся…» — написал он из колонии.'),
  one('ru', '„Почему сейчас?“ — спросила она.'),
  ['en', '"Why now?" she asked. Nobody answered.', ['"Why now?" she asked.', 'Nobody answered.']],
  [
    'en',
    'She asked: "Why now?" The judge said nothing.',
    ['She asked: "Why now?"', 'The judge said nothing.'],
  ],
  [
    'ru',
    '«Почему сейчас?» — спросила она. Ей не ответили.',
    ['«Почему сейчас?» — спросила она.', 'Ей не ответили.'],
  ],
  ['ru', 'Он сказал: «Нет войне!» Его задержали.', ['Он сказал: «Нет войне!»', 'Его задержали.']],
  [
    'ru',
    '«Мы вернёмся…» Так он написал из колонии.',
    ['«Мы вернёмся…»', 'Так он написал из колонии.'],
  ],
  one('en', '"Is this justice?" asked the lawyer, and the court fell silent.'),
];

describe('splitSentences: families of issue 14', () => {
  it.each(pages)('pages and figures, %s: %s', (language, paragraph, sentences) => {
    expect(splitSentences(language, paragraph)).toEqual(sentences);
  });

  it.each(yearsBeforeInitials)(
    'years before initials, %s: %s',
    (language, paragraph, sentences) => {
      expect(splitSentences(language, paragraph)).toEqual(sentences);
    },
  );

  it.each(quotedEnds)('quoted ends, %s: %s', (language, paragraph, sentences) => {
    expect(splitSentences(language, paragraph)).toEqual(sentences);
  });
});
