import { describe, expect, it } from 'vitest';
import { legalReferenceCheck } from './legal-reference.rules.js';

const ruEn = (source: string, target: string) =>
  legalReferenceCheck.run({ sourceLanguage: 'ru', targetLanguage: 'en', source, target });
const enRu = (source: string, target: string) =>
  legalReferenceCheck.run({ sourceLanguage: 'en', targetLanguage: 'ru', source, target });

describe('legal-reference ru>en', () => {
  it.each([
    ['по ст. 20.3.3 КоАП', 'under Article 20.3.3 of the Code of Administrative Offences'],
    ['по ст. 20.3.3 КоАП', 'under Art. 20.3.3 of the Administrative Code'],
    ['по ч. 1 ст. 280.3 УК', 'under Part 1 of Article 280.3 of the Criminal Code'],
    ['по ч. 1 ст. 280.3 УК', 'under Article 280.3(1) of the Criminal Code'],
    ['статья 330.1 Уголовного кодекса', 'Article 330.1 of the Criminal Code'],
    [
      'по п. «а» ч. 2 ст. 207.3 УК РФ',
      'under paragraph (a) of Part 2 of Article 207.3 of the Criminal Code',
    ],
    ['по ст. 207.3 и 280.3 УК', 'under Articles 207.3 and 280.3 of the Criminal Code'],
  ])('passes %s rendered as %s', (source, target) => {
    expect(ruEn(source, target)).toEqual([]);
  });

  it('reports an article left without an English reference form, suggesting one', () => {
    expect(
      ruEn('по ст. 207.3 УК РФ', 'under the law on “fakes”, 207.3 of the Criminal Code'),
    ).toEqual([
      {
        check: 'legal-reference',
        severity: 'error',
        messageKey: 'qa:legal-reference.article',
        params: { reference: 'ст. 207.3 УК РФ', expected: 'Article 207.3 of the Criminal Code' },
      },
    ]);
  });

  it('reports a wrong part', () => {
    expect(
      ruEn('по ч. 2 ст. 280.3 УК', 'under Part 1 of Article 280.3 of the Criminal Code')[0]?.params
        .expected,
    ).toBe('Part 2 of Article 280.3 of the Criminal Code');
  });

  it('reports a code that is not named', () => {
    expect(
      ruEn('по ст. 20.3.3 КоАП', 'under Article 20.3.3 of the Criminal Code').map(
        (f) => f.messageKey,
      ),
    ).toEqual(['qa:legal-reference.code']);
  });

  it('reports the untranslated Russian reference', () => {
    expect(ruEn('по ст. 20.3.3 КоАП', 'under ст. 20.3.3 КоАП').map((f) => f.messageKey)).toEqual([
      'qa:legal-reference.article',
    ]);
  });
});

describe('legal-reference en>ru', () => {
  it.each([
    ['under Part 1 of Article 280.3 of the Criminal Code', 'по ч. 1 ст. 280.3 УК РФ'],
    ['Art. 207.3 of the Criminal Code', 'по части 1 статьи 207.3 Уголовного кодекса'],
    [
      'Article 20.3.3 of the Code of Administrative Offences',
      'статья 20.3.3 Кодекса об административных правонарушениях',
    ],
  ])('passes %s rendered as %s', (source, target) => {
    expect(enRu(source, target)).toEqual([]);
  });

  it('reports a reference left in English, suggesting the Russian form', () => {
    const [found] = enRu(
      'under Article 20.3.3 of the Code of Administrative Offences',
      'штраф по Article 20.3.3 of the Code of Administrative Offences',
    );
    expect(found?.messageKey).toBe('qa:legal-reference.article');
    expect(found?.params.expected).toBe('ст. 20.3.3 КоАП РФ');
  });

  it('reports the code missing', () => {
    expect(
      enRu('Art. 207.3 of the Criminal Code', 'по ст. 207.3').map((f) => f.params.expected),
    ).toEqual(['ст. 207.3 УК РФ']);
  });
});
