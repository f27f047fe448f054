import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { QaInput } from './qa-check.rules.js';
import { hasBlockingFinding, qaChecks, runQaChecks } from './qa-runner.rules.js';

const navalny = {
  name: 'Алексей Навальный',
  spelling: 'Alexei Navalny',
  variants: ['Aleksei Navalny'],
};
const ruEn = (source: string, target: string, extra: Partial<QaInput> = {}): QaInput => ({
  sourceLanguage: 'ru',
  targetLanguage: 'en',
  source,
  target,
  ...extra,
});
const enRu = (source: string, target: string, extra: Partial<QaInput> = {}): QaInput => ({
  sourceLanguage: 'en',
  targetLanguage: 'ru',
  source,
  target,
  ...extra,
});

const correctTranslations: QaInput[] = [
  ruEn(
    'Суд оштрафовал активистку на 30 тыс. руб. по ст. 20.3.3 КоАП за пост 24 февраля 2022 г.',
    'The court fined the activist 30,000 roubles under Article 20.3.3 of the Code of Administrative Offences for a post on 24 February 2022.',
  ),
  ruEn(
    '28 декабря 2021 года Верховный суд постановил ликвидировать «Мемориал».',
    'On 28 December 2021 the Supreme Court ordered the liquidation of Memorial.',
    { glossary: [{ term: 'Мемориал', renderings: ['Memorial'] }] },
  ),
  ruEn(
    '1 марта 2022 г. совет директоров закрыл радиостанцию «Эхо Москвы».',
    'On 1 March 2022 the board of directors shut down the radio station “Echo of Moscow”.',
  ),
  ruEn(
    'За «фейки» об армии по ст. 207.3 УК РФ грозит до 15 лет лишения свободы.',
    'Spreading “fakes” about the army is punishable under Art. 207.3 of the Criminal Code by up to 15 years in prison.',
  ),
  ruEn(
    'По ч. 1 ст. 280.3 УК возбуждено более 100 уголовных дел.',
    'More than 100 criminal cases have been opened under Part 1 of Article 280.3 of the Criminal Code.',
  ),
  ruEn(
    'Закон об иностранных агентах был принят в 2012 году, а с 1 декабря 2022 г. действует новая редакция.',
    'The foreign agent law was adopted in 2012, and a new version has been in force since 1 December 2022.',
    { glossary: [{ term: 'иностранный агент', renderings: ['foreign agent'] }] },
  ),
  ruEn(
    'Алексей Навальный умер в колонии 16 февраля 2024 года.',
    'Alexei Navalny died in a penal colony on 16 February 2024.',
    { names: [navalny] },
  ),
  ruEn(
    'Сторонники Навального выходили на акции в 2017–2021 годах.',
    "Navalny's supporters took part in protests in 2017–2021.",
    { names: [navalny] },
  ),
  ruEn(
    'Журналиста приговорили к 7 годам колонии общего режима.',
    'The journalist was sentenced to seven years in a general-regime penal colony.',
  ),
  ruEn(
    'По данным ОВД-Инфо, с 24 февраля 2022 г. задержаны более 19 тыс. человек, а штрафы составили 2,5 млн руб.',
    'According to OVD-Info, more than 19,000 people have been detained since 24 February 2022, and fines have totalled 2.5 million roubles.',
  ),
  ruEn(
    'Подробнее читайте на сайте https://memohrc.org/ru/news.',
    'Read more at https://memohrc.org/ru/news.',
  ),
  ruEn(
    'Статья 330.1 Уголовного кодекса предусматривает до 5 лет за уклонение от обязанностей иноагента.',
    'Article 330.1 of the Criminal Code provides for up to five years in prison for evading the duties of a foreign agent.',
    { glossary: [{ term: 'иноагент', renderings: ['foreign agent'] }] },
  ),
  ruEn(
    'Штрафы по этой статье составляют от 30 до 50 тыс. рублей.',
    'Fines under this article range from 30,000 to 50,000 roubles.',
  ),
  ruEn(
    'Репрессии XX века «Мемориал» исследовал более 30 лет.',
    'Memorial researched the repressions of the 20th century for more than 30 years.',
  ),
  ruEn(
    'Ему предъявили обвинение по п. «д» ч. 2 ст. 207.3 УК РФ.',
    'He was charged under paragraph (d) of Part 2 of Article 207.3 of the Criminal Code.',
  ),
  ruEn(
    '«Эхо Москвы» закрыли 1 марта 2022 года, через неделю после начала войны.',
    'Echo of Moscow was closed on March 1, 2022, a week after the war began.',
  ),
  enRu(
    "On 28 December 2021 Russia's Supreme Court ordered Memorial to be liquidated.",
    '28 декабря 2021 года Верховный суд России постановил ликвидировать «Мемориал».',
    { glossary: [{ term: 'Memorial', renderings: ['Мемориал'] }] },
  ),
  enRu(
    'Echo of Moscow went off the air on 1 March 2022.',
    '«Эхо Москвы» прекратило вещание 1 марта 2022 г.',
  ),
  enRu(
    'Under Art. 207.3 of the Criminal Code, spreading “fakes” about the army carries up to 15 years in prison.',
    'По ст. 207.3 УК РФ за распространение «фейков» об армии грозит до 15 лет лишения свободы.',
  ),
  enRu(
    "Navalny's Anti-Corruption Foundation was declared an “extremist organisation” in June 2021.",
    'Фонд борьбы с коррупцией Навального признали «экстремистской организацией» в июне 2021 года.',
    { names: [navalny] },
  ),
  enRu(
    'Fines under Article 20.3.3 of the Code of Administrative Offences range from 30,000 to 50,000 roubles.',
    'Штрафы по ст. 20.3.3 КоАП составляют от 30 до 50 тыс. рублей.',
  ),
  enRu(
    'The court sentenced him to seven years in prison on 12 April 2023.',
    'Суд приговорил его к 7 годам лишения свободы 12 апреля 2023 года.',
  ),
  enRu(
    'Read the statement at https://memopzk.org/news/.',
    'Заявление читайте на сайте https://memopzk.org/news/.',
  ),
  enRu(
    'The foreign agent law now covers anyone “under foreign influence”.',
    'Закон об иностранных агентах теперь распространяется на всех, кто находится «под иностранным влиянием».',
    { glossary: [{ term: 'foreign agent', renderings: ['иностранный агент', 'иноагент'] }] },
  ),
];

describe('runQaChecks: no false alarms on correct translations', () => {
  it('has at least ten ru>en and five en>ru pairs', () => {
    expect(
      correctTranslations.filter((input) => input.sourceLanguage === 'ru').length,
    ).toBeGreaterThanOrEqual(10);
    expect(
      correctTranslations.filter((input) => input.sourceLanguage === 'en').length,
    ).toBeGreaterThanOrEqual(5);
  });

  it.each(correctTranslations.map((input) => [input.target, input] as const))(
    'finds nothing in %s',
    (_, input) => {
      expect(runQaChecks(input)).toEqual([]);
    },
  );
});

describe('runQaChecks', () => {
  it('finds each problem of a careless translation', () => {
    const findings = runQaChecks(
      ruEn(
        'Суд оштрафовал активистку на 30 тыс. руб. по ст. 20.3.3 КоАП за пост 24 февраля 2022 г.',
        'The court fined the activist 3,000 roubles under ст. 20.3.3 for a post on 24.02.2022  ',
      ),
    );
    expect(findings.map((found) => found.messageKey)).toEqual([
      'qa:cyrillic-in-target',
      'qa:number-mismatch.missing',
      'qa:number-mismatch.extra',
      'qa:legal-reference.article',
      'qa:date-format.numeric',
      'qa:whitespace.double',
      'qa:whitespace.edges',
    ]);
    expect(hasBlockingFinding(findings)).toBe(true);
  });

  it('does not count twice what Cyrillic left in the target explains', () => {
    const source = 'Навального осудили по ст. 280.3 УК РФ и оштрафовали на 500 тыс. руб.';
    const keys = (target: string) =>
      runQaChecks(ruEn(source, target, { names: [navalny] })).map((found) => found.messageKey);
    for (const target of [
      'Navalny was convicted under Article 280.3 of the УК and fined 500,000 roubles.',
      'Navalny was convicted under ст. 280.3 УК РФ and fined 500 тыс. roubles.',
      'Навальный was convicted under Article 280.3 of the Criminal Code and fined 500,000 roubles.',
    ]) {
      expect(keys(target)).toEqual(['qa:cyrillic-in-target']);
    }
    // A second error beside the Cyrillic is still reported.
    expect(
      keys('Navalny was convicted under Article 208 of the УК and fined 50,000 roubles.'),
    ).toEqual([
      'qa:cyrillic-in-target',
      'qa:number-mismatch.missing',
      'qa:number-mismatch.extra',
      'qa:legal-reference.article',
    ]);
  });

  it('runs only the empty check on a blank target', () => {
    expect(runQaChecks(ruEn('По ст. 207.3 УК грозит до 15 лет.', '   '))).toEqual([
      { check: 'empty', severity: 'error', messageKey: 'qa:empty', params: {} },
    ]);
  });

  it('runs the Cyrillic check for ru>en only: Latin names are normal in Russian', () => {
    expect(runQaChecks(enRu('Meduza reported it.', 'Об этом сообщила Meduza.'))).toEqual([]);
  });
});

describe('hasBlockingFinding', () => {
  it('blocks on errors only', () => {
    const warning = {
      check: 'quote-style',
      severity: 'warning' as const,
      messageKey: 'qa:quote-style.en',
      params: {},
    };
    expect(hasBlockingFinding([warning])).toBe(false);
    expect(
      hasBlockingFinding([
        warning,
        { ...warning, check: 'empty', severity: 'error', messageKey: 'qa:empty' },
      ]),
    ).toBe(true);
    expect(hasBlockingFinding([])).toBe(false);
  });
});

describe('qaChecks and their messages', () => {
  const read = (language: string) =>
    JSON.parse(
      readFileSync(new URL(`../../locales/${language}/qa.json`, import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
  const flatten = (tree: Record<string, unknown>, prefix = ''): string[] =>
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [`${prefix}${key}`]
        : flatten(value as Record<string, unknown>, `${prefix}${key}.`),
    );
  const english = flatten(read('en'));

  it('registers the listed checks', () => {
    expect(qaChecks.map((check) => check.id).sort()).toEqual([
      'cyrillic-in-target',
      'date-format',
      'empty',
      'forbidden-rendering',
      'glossary-term',
      'legal-reference',
      'length-ratio',
      'name-spelling',
      'number-mismatch',
      'quote-style',
      'unchanged',
      'url-mismatch',
      'whitespace',
    ]);
  });

  it('has the same keys in English and Russian', () => {
    expect(flatten(read('ru')).sort()).toEqual([...english].sort());
  });

  it('has a name and a message for every check', () => {
    for (const check of qaChecks) {
      expect(english).toContain(`check.${check.id}`);
      expect(english.some((key) => key === check.id || key.startsWith(`${check.id}.`))).toBe(true);
    }
  });

  it('has a message for every finding the checks give', () => {
    const careless = [
      ruEn(
        '«Мемориал» (https://memohrc.org) ликвидирован 28.12.2021 по ст. 20.3.3 КоАП.',
        '«Мемориал» (https://memo.ru) liquidated 28.12.2021 2021 г. under Article 20.3.3 of the Criminal Code  ',
        {
          glossary: [{ term: 'Мемориал', renderings: ['Memorial'] }],
          names: [navalny],
        },
      ),
      ruEn('Алексей Навальный — политик, которого преследовали годами.', 'Alexey Navalny'),
      ruEn('Алексей Навальный — политик.', 'Алексей Навальный — политик.'),
      ruEn(
        'Короткий текст здесь и сейчас',
        'A much longer text that nobody asked for at all here and now',
      ),
      enRu(
        'The “fakes” law, 12/28/2021, December 28, 2021.',
        'Закон о "фейках", 12/28/2021, December 28, 2021.',
      ),
    ];
    const keys = new Set(
      careless.flatMap(runQaChecks).map((found) => found.messageKey.replace(/^qa:/, '')),
    );
    expect(keys.size).toBeGreaterThanOrEqual(15);
    for (const key of keys) expect(english).toContain(key);
  });
});
