import i18next from 'i18next';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localesDirectory } from '../common/project-paths.js';
import {
  EXPLAINER_KINDS,
  SHORT_TEXT_MAX_WORDS,
  checkAsOf,
  checkSources,
  precisionOfTyped,
  shortTextProblems,
  submissionProblems,
  typedDate,
} from './explainer-input.rules.js';

const TODAY = new Date('2025-03-01T12:00:00Z');

describe('shortTextProblems', () => {
  it('accepts up to the word limit and counts hyphenated words once', () => {
    expect(shortTextProblems('word '.repeat(SHORT_TEXT_MAX_WORDS))).toEqual([]);
    expect(shortTextProblems('Так называемый «иноагент» — это статус по закону 121-ФЗ.')).toEqual(
      [],
    );
  });

  it('refuses a text over the limit, saying how long it is', () => {
    expect(shortTextProblems('слово '.repeat(SHORT_TEXT_MAX_WORDS + 3))).toEqual([
      {
        field: 'shortText',
        key: 'notes:explainer.short-too-many-words',
        params: { max: SHORT_TEXT_MAX_WORDS, count: SHORT_TEXT_MAX_WORDS + 3 },
      },
    ]);
  });
});

describe('typed dates', () => {
  it('reads the precision from the form of the date', () => {
    expect(precisionOfTyped('2024')).toBe('year');
    expect(precisionOfTyped(' 2024-11 ')).toBe('month');
    expect(precisionOfTyped('2024-11-05')).toBe('day');
  });

  it('turns a typed date into a day with its precision', () => {
    expect(typedDate('2024')).toEqual({ date: '2024-01-01', precision: 'year' });
    expect(typedDate('2024-11')).toEqual({ date: '2024-11-01', precision: 'month' });
    expect(typedDate('2024-11-05')).toEqual({ date: '2024-11-05', precision: 'day' });
  });
});

describe('checkAsOf', () => {
  it('keeps the date as typed, and nothing when none is given', () => {
    expect(checkAsOf('2024-11', TODAY)).toEqual({ ok: true, asOf: '2024-11' });
    expect(checkAsOf(' 2025-03-01 ', TODAY)).toEqual({ ok: true, asOf: '2025-03-01' });
    expect(checkAsOf(undefined, TODAY)).toEqual({ ok: true, asOf: null });
  });

  it('refuses future, impossible and unreadable dates', () => {
    expect(checkAsOf('2025-03-02', TODAY)).toEqual({
      ok: false,
      problem: { field: 'asOf', key: 'validation:date-future', params: {} },
    });
    expect(checkAsOf('2026', TODAY)).toMatchObject({ problem: { key: 'validation:date-future' } });
    expect(checkAsOf('2023-02-30', TODAY)).toMatchObject({
      problem: { key: 'validation:date-impossible' },
    });
    expect(checkAsOf('1.11.2024', TODAY)).toMatchObject({
      problem: { key: 'validation:date-format' },
    });
  });
});

describe('checkSources', () => {
  const law = {
    title: 'Federal Law No. 121-FZ',
    publisher: 'State Duma',
    date: '2012-07-20',
  };

  it('accepts a source found by its address, or by publisher and date', () => {
    expect(checkSources([{ title: 'Report', url: 'https://example.org/r' }], TODAY)).toEqual({
      ok: true,
      sources: [{ date: null, datePrecision: null }],
    });
    expect(checkSources([law], TODAY)).toEqual({
      ok: true,
      sources: [{ date: '2012-07-20', datePrecision: 'day' }],
    });
  });

  it('takes the precision from the typed date unless one is given', () => {
    expect(checkSources([{ ...law, date: '2012-07' }], TODAY)).toMatchObject({
      sources: [{ date: '2012-07-01', datePrecision: 'month' }],
    });
    expect(
      checkSources([{ ...law, date: '2012-07-20', datePrecision: 'year' }], TODAY),
    ).toMatchObject({ sources: [{ date: '2012-01-01', datePrecision: 'year' }] });
  });

  it('refuses a source a reader could not find, naming the row', () => {
    const result = checkSources(
      [law, { title: 'Only a publisher', publisher: 'Supreme Court' }],
      TODAY,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'sources.1.url', key: 'notes:explainer.source-not-findable', params: {} },
      ],
    });
  });

  it('refuses future and impossible source dates', () => {
    expect(checkSources([{ ...law, date: '2030-01-01' }], TODAY)).toMatchObject({
      ok: false,
      problems: [{ field: 'sources.0.date', key: 'validation:date-future' }],
    });
    expect(checkSources([{ ...law, date: '2012-13' }], TODAY)).toMatchObject({
      problems: [{ field: 'sources.0.date', key: 'validation:date-impossible' }],
    });
  });
});

describe('submissionProblems', () => {
  it('needs a short text, an "as of" date and a source', () => {
    expect(submissionProblems({ shortText: 'Text', asOf: '2024', sourceCount: 1 })).toEqual([]);
    expect(
      submissionProblems({ shortText: ' ', asOf: null, sourceCount: 0 }).map((p) => p.field),
    ).toEqual(['shortText', 'asOf', 'sources']);
  });
});

describe('explainer messages', () => {
  const resources = Object.fromEntries(
    ['en', 'ru'].map((lng) => [
      lng,
      { notes: JSON.parse(readFileSync(join(localesDirectory, lng, 'notes.json'), 'utf8')) },
    ]),
  );
  const i18n = i18next.createInstance();
  void i18n.init({ resources, initAsync: false, lng: 'en', interpolation: { escapeValue: false } });

  it('names every kind in both languages', () => {
    for (const lng of ['en', 'ru']) {
      for (const kind of EXPLAINER_KINDS) {
        expect(i18n.exists(`notes:explainer.kind.${kind}`, { lng }), `${lng} ${kind}`).toBe(true);
      }
    }
  });

  it('tells the writer how long the short text is, in Russian plural forms too', () => {
    const [problem] = shortTextProblems('слово '.repeat(122));
    expect(i18n.t(problem!.key, { ...problem!.params, lng: 'ru' })).toBe(
      'В коротком тексте может быть не больше 120 слов, а в этом 122.',
    );
  });
});
