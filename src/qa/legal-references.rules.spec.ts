import { describe, expect, it } from 'vitest';
import { findLegalReferences, formatLegalReference } from './legal-references.rules.js';
import type { Language } from './qa-check.rules.js';

const parsed = (text: string, language: Language) =>
  findLegalReferences(text, language).map(({ article, part, point, code }) => ({
    article,
    part,
    point,
    code,
  }));

describe('findLegalReferences in Russian', () => {
  it.each([
    ['штраф по ст. 20.3.3 КоАП', { article: '20.3.3', code: 'administrative' }],
    ['дело по ч. 1 ст. 280.3 УК', { article: '280.3', part: '1', code: 'criminal' }],
    ['по ст. 207.3 УК РФ', { article: '207.3', code: 'criminal' }],
    ['статья 330.1 Уголовного кодекса', { article: '330.1', code: 'criminal' }],
    ['по п. «а» ч. 2 ст. 207.3 УК', { article: '207.3', part: '2', point: 'а', code: 'criminal' }],
    ['по части 2 статьи 207.3', { article: '207.3', part: '2' }],
    ['второй протокол по 20.3.3 КоАП', { article: '20.3.3', code: 'administrative' }],
  ])('reads %s', (text, expected) => {
    expect(parsed(text, 'ru')).toEqual([
      { part: undefined, point: undefined, code: undefined, ...expected },
    ]);
  });

  it('expands lists of parts and articles', () => {
    expect(
      parsed('по ч. 1 и 2 ст. 280.3 и ст.ст. 207.3, 280.3 УК', 'ru').map((r) => [
        r.article,
        r.part,
        r.code,
      ]),
    ).toEqual([
      ['280.3', '1', undefined],
      ['280.3', '2', undefined],
      ['207.3', undefined, 'criminal'],
      ['280.3', undefined, 'criminal'],
    ]);
  });

  it('does not take a term of years after an article for another article', () => {
    expect(parsed('по ст. 207.3, 8 лет колонии', 'ru').map((r) => r.article)).toEqual(['207.3']);
  });

  it('gives the span of the reference as written', () => {
    const [reference] = findLegalReferences('Оштрафован по ст. 20.3.3 КоАП.', 'ru');
    expect(reference?.text).toBe('ст. 20.3.3 КоАП');
    expect(reference?.start).toBe(14);
  });
});

describe('findLegalReferences in English', () => {
  it.each([
    [
      'under Article 20.3.3 of the Code of Administrative Offences',
      { article: '20.3.3', code: 'administrative' },
    ],
    [
      'Part 1 of Article 280.3 of the Criminal Code',
      { article: '280.3', part: '1', code: 'criminal' },
    ],
    ['Art. 207.3 of the Criminal Code', { article: '207.3', code: 'criminal' }],
    ['Article 280.3(1) of the Criminal Code', { article: '280.3', part: '1', code: 'criminal' }],
    [
      'Article 280.3, Part 1, of the Russian Criminal Code',
      { article: '280.3', part: '1', code: 'criminal' },
    ],
    ["the Criminal Code's Article 207.3", { article: '207.3', code: 'criminal' }],
    ['paragraph (a) of Part 2 of Article 207.3', { article: '207.3', part: '2', point: 'a' }],
  ])('reads %s', (text, expected) => {
    expect(parsed(text, 'en')).toEqual([
      { part: undefined, point: undefined, code: undefined, ...expected },
    ]);
  });

  it('expands a list of articles', () => {
    expect(
      parsed('Articles 207.3 and 280.3 of the Criminal Code', 'en').map((r) => r.article),
    ).toEqual(['207.3', '280.3']);
  });

  it('finds no reference in prose about articles', () => {
    expect(parsed('He wrote 20 articles about the Criminal Code.', 'en')).toEqual([]);
  });
});

describe('formatLegalReference', () => {
  it('writes a Russian reference the English way', () => {
    const [reference] = findLegalReferences('п. «б» ч. 2 ст. 207.3 УК', 'ru');
    expect(reference && formatLegalReference(reference, 'en')).toBe(
      'Paragraph (b) of Part 2 of Article 207.3 of the Criminal Code',
    );
    expect(formatLegalReference({ article: '20.3.3', code: 'administrative' }, 'en')).toBe(
      'Article 20.3.3 of the Code of Administrative Offences',
    );
  });

  it('writes an English reference the Russian way, paragraph letters back in Cyrillic', () => {
    const [reference] = findLegalReferences(
      'paragraph (v) of Part 2 of Article 207.3 of the Criminal Code',
      'en',
    );
    expect(reference && formatLegalReference(reference, 'ru')).toBe('п. «в» ч. 2 ст. 207.3 УК РФ');
    expect(formatLegalReference({ article: '280.3', part: '1' }, 'ru')).toBe('ч. 1 ст. 280.3');
  });
});
