import { describe, expect, it } from 'vitest';
import type { Language, QaCheck } from './qa-check.rules.js';
import { cyrillicInTargetCheck, dateFormatCheck, quoteStyleCheck } from './typography.rules.js';

const run = (check: QaCheck, target: string, targetLanguage: Language = 'en') =>
  check.run({
    sourceLanguage: targetLanguage === 'en' ? 'ru' : 'en',
    targetLanguage,
    source: '',
    target,
  });

describe('cyrillic-in-target', () => {
  it('reports every word with a Cyrillic letter, once', () => {
    expect(
      run(cyrillicInTargetCheck, 'Memorial was declared a иноагент; иноагент status, Navalnый'),
    ).toEqual([
      {
        check: 'cyrillic-in-target',
        severity: 'error',
        messageKey: 'qa:cyrillic-in-target',
        params: { words: 'иноагент, Navalnый' },
      },
    ]);
  });

  it('passes English text, also with links to Russian pages', () => {
    expect(
      run(
        cyrillicInTargetCheck,
        'See https://ru.wikipedia.org/wiki/Мемориал_(общество) on Memorial.',
      ),
    ).toEqual([]);
  });

  it('applies to ru>en only', () => {
    expect(cyrillicInTargetCheck.pairs).toEqual(['ru>en']);
  });
});

describe('quote-style', () => {
  it('reports Russian quotes in English', () => {
    expect(run(quoteStyleCheck, 'the radio station «Echo of Moscow» and „fakes“')[0]).toMatchObject(
      {
        messageKey: 'qa:quote-style.en',
        params: { quotes: '«, », „' },
      },
    );
  });

  it('passes English quotes in English', () => {
    expect(
      run(quoteStyleCheck, 'the radio station “Echo of Moscow” and "fakes", Memorial’s archive'),
    ).toEqual([]);
  });

  it('reports straight and English curly quotes in Russian', () => {
    expect(run(quoteStyleCheck, 'радиостанция "Эхо Москвы" и “фейки”', 'ru')[0]).toMatchObject({
      messageKey: 'qa:quote-style.ru',
      params: { quotes: '", “, ”' },
    });
  });

  it('passes «» in Russian with „“ nested inside', () => {
    expect(run(quoteStyleCheck, 'статья «Закон о „фейках“ и его жертвы»', 'ru')).toEqual([]);
  });
});

describe('date-format', () => {
  it('reports Russian numeric dates and year abbreviations in English', () => {
    expect(
      run(dateFormatCheck, 'Memorial was liquidated on 28.12.2021, in 2021 г.').map((f) => [
        f.messageKey,
        f.params.dates,
      ]),
    ).toEqual([
      ['qa:date-format.numeric', '28.12.2021'],
      ['qa:date-format.year-suffix', '2021 г.'],
    ]);
  });

  it('passes English dates and article numbers in English', () => {
    expect(
      run(
        dateFormatCheck,
        'On 28 December 2021 (February 24, 2022) under Article 20.3.3, in 2014–2022.',
      ),
    ).toEqual([]);
  });

  it('reports US and English dates left in Russian', () => {
    expect(
      run(dateFormatCheck, 'ликвидирован 12/28/2021, а закрыто December 28, 2021', 'ru').map(
        (f) => [f.messageKey, f.params.dates],
      ),
    ).toEqual([
      ['qa:date-format.us', '12/28/2021'],
      ['qa:date-format.english', 'December 28, 2021'],
    ]);
  });

  it('passes Russian dates in Russian', () => {
    expect(run(dateFormatCheck, '28 декабря 2021 г., 24.02.2022 и в 2014–2022 гг.', 'ru')).toEqual(
      [],
    );
  });
});
