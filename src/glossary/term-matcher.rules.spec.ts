import { describe, expect, it } from 'vitest';
import { TermMatcher, wordTokens } from './term-matcher.rules.js';

const FOREIGN_AGENT = 1;
const MEMORIAL = 2;
const ORGANISATION = 3;
const UNDESIRABLE_ORGANISATION = 4;
const AGENT = 5;

const matcher = new TermMatcher([
  { id: FOREIGN_AGENT, forms: ['иностранный агент', 'иноагент', 'foreign agent'] },
  { id: MEMORIAL, forms: ['Мемориал'] },
  { id: ORGANISATION, forms: ['организация'] },
  { id: UNDESIRABLE_ORGANISATION, forms: ['нежелательная организация'] },
  { id: AGENT, forms: ['агент'] },
]);

function found(text: string): [number, string][] {
  return matcher.find(text).map((occurrence) => [occurrence.termId, occurrence.text]);
}

describe('TermMatcher', () => {
  it('matches inflected forms of a multi-word term', () => {
    expect(found('Минюст признал его иностранным агентом.')).toEqual([
      [FOREIGN_AGENT, 'иностранным агентом'],
    ]);
    expect(found('Статус иностранного агента мешает работать.')).toEqual([
      [FOREIGN_AGENT, 'иностранного агента'],
    ]);
    expect(found('Все иностранные агенты обязаны маркировать посты.')).toEqual([
      [FOREIGN_AGENT, 'иностранные агенты'],
    ]);
  });

  it('matches single-word terms in any case, including stems Snowball spells unevenly', () => {
    expect(
      found('Суд ликвидировал «Мемориал», архив Мемориала вывезли, с Мемориалом простились.'),
    ).toEqual([
      [MEMORIAL, 'Мемориал'],
      [MEMORIAL, 'Мемориала'],
      [MEMORIAL, 'Мемориалом'],
    ]);
    expect(found('Сотрудники организации и организацией')).toEqual([
      [ORGANISATION, 'организации'],
      [ORGANISATION, 'организацией'],
    ]);
  });

  it('matches extra forms an editor listed and English terms', () => {
    expect(found('Его внесли в реестр как иноагента.')).toEqual([[FOREIGN_AGENT, 'иноагента']]);
    expect(found('Laws on foreign agents were tightened.')).toEqual([
      [FOREIGN_AGENT, 'foreign agents'],
    ]);
  });

  it('matches English terms in number and possessive only, not every word of the stem', () => {
    const english = new TermMatcher([
      { id: MEMORIAL, forms: ['Memorial'] },
      { id: ORGANISATION, forms: ['organisation'] },
    ]);
    expect(
      english
        .find("In memory of the victims, Memorial's archive; organisations organise.")
        .map((occurrence) => [occurrence.termId, occurrence.text]),
    ).toEqual([
      [MEMORIAL, "Memorial's"],
      [ORGANISATION, 'organisations'],
    ]);
  });

  it('lets the longest term win and never overlaps occurrences', () => {
    expect(found('Её признали нежелательной организацией.')).toEqual([
      [UNDESIRABLE_ORGANISATION, 'нежелательной организацией'],
    ]);
    expect(found('Иностранный агент и просто агент')).toEqual([
      [FOREIGN_AGENT, 'Иностранный агент'],
      [AGENT, 'агент'],
    ]);
  });

  it('respects word boundaries', () => {
    expect(found('Мемориальный комплекс и агентство печати')).toEqual([]);
    expect(found('Суперагент и агент-провокатор')).toEqual([]);
  });

  it('does not join the words of a term across punctuation', () => {
    expect(found('Иностранный, агент')).toEqual([[AGENT, 'агент']]);
  });

  it('keeps offsets into the original text, with ё, stress marks and decomposed letters', () => {
    const text = 'Ещё в 2016 году Мемориа\u0301л назвали «иностранным агентом», а Мемориал — нет.';
    for (const occurrence of matcher.find(text)) {
      expect(text.slice(occurrence.start, occurrence.end)).toBe(occurrence.text);
    }
    expect(found(text)).toEqual([
      [MEMORIAL, 'Мемориа\u0301л'],
      [FOREIGN_AGENT, 'иностранным агентом'],
      [MEMORIAL, 'Мемориал'],
    ]);
    const decomposed = 'Иностранны\u0438\u0306 агент';
    expect(found(decomposed)).toEqual([[FOREIGN_AGENT, decomposed]]);
  });

  it('matches terms written with ё whether or not the text uses it', () => {
    const withYo = new TermMatcher([{ id: 9, forms: ['учёт'] }]);
    expect(withYo.find('поставили на учет и снова на учёт').map((o) => o.text)).toEqual([
      'учет',
      'учёт',
    ]);
  });

  it('can require capitalised words', () => {
    const names = new TermMatcher([{ id: 7, forms: ['Жуков'] }], { capitalisedOnly: true });
    expect(names.find('Жуков видел жуков').map((o) => [o.start, o.end])).toEqual([[0, 5]]);
  });

  it('prefers the form written exactly, then the lower id', () => {
    const twins = new TermMatcher([
      { id: 20, forms: ['Навальный'] },
      { id: 10, forms: ['Навальная'] },
    ]);
    expect(twins.find('Навальный').map((o) => o.termId)).toEqual([20]);
    expect(twins.find('Навальная').map((o) => o.termId)).toEqual([10]);
    expect(twins.find('Навального').map((o) => o.termId)).toEqual([10]);
  });
});

describe('wordTokens', () => {
  it('keeps hyphenated words whole and gives their offsets', () => {
    expect(wordTokens('«ОВД-Инфо» — СМИ').map((t) => [t.start, t.end, t.normal])).toEqual([
      [1, 9, 'овд-инфо'],
      [13, 16, 'сми'],
    ]);
  });
});
