import { describe, expect, it } from 'vitest';
import {
  AnchorError,
  anchorFromQuote,
  createAnchor,
  placeFootnoteMarkers,
  relocateAnchor,
} from './footnote-anchor.rules.js';

const TEXT =
  'In 2021 the Supreme Court liquidated Memorial, the oldest human rights organisation in Russia.';

function errorOf(run: () => unknown): AnchorError {
  try {
    run();
  } catch (error) {
    if (error instanceof AnchorError) return error;
    throw error;
  }
  throw new Error('expected an AnchorError');
}

describe('createAnchor', () => {
  it('keeps the quote and up to 32 characters of context on each side', () => {
    const start = TEXT.indexOf('Memorial');
    const anchor = createAnchor(TEXT, start, start + 'Memorial'.length);
    expect(anchor).toEqual({
      quote: 'Memorial',
      prefix: '2021 the Supreme Court liquidated '.slice(-32),
      suffix: ', the oldest human rights organi',
      start,
    });
    expect(anchor.prefix).toHaveLength(32);
  });

  it('keeps shorter context at the edges of the text', () => {
    expect(createAnchor('Мемориал закрыт', 0, 8)).toEqual({
      quote: 'Мемориал',
      prefix: '',
      suffix: ' закрыт',
      start: 0,
    });
  });

  it('refuses empty, reversed and out-of-text spans', () => {
    for (const [start, end] of [
      [3, 3],
      [5, 2],
      [-1, 4],
      [0, TEXT.length + 1],
      [0.5, 4],
    ] as const) {
      expect(errorOf(() => createAnchor(TEXT, start, end)).key).toBe('notes:anchor-outside-text');
    }
  });
});

describe('anchorFromQuote', () => {
  it('finds a passage typed by the translator, ignoring surrounding spaces', () => {
    const anchor = anchorFromQuote(TEXT, '  Supreme Court ');
    expect(anchor.quote).toBe('Supreme Court');
    expect(anchor.start).toBe(TEXT.indexOf('Supreme'));
  });

  it('reports a passage that is not in the text', () => {
    const error = errorOf(() => anchorFromQuote(TEXT, 'Memorial Centre'));
    expect(error.key).toBe('notes:anchor-quote-not-found');
    expect(error.params).toEqual({ quote: 'Memorial Centre' });
    expect(errorOf(() => anchorFromQuote(TEXT, '   ')).key).toBe('notes:anchor-quote-not-found');
  });

  it('asks which occurrence when the passage occurs more than once', () => {
    const text = 'Закон об иноагентах. Поправки к закону об иноагентах.';
    const error = errorOf(() => anchorFromQuote(text, 'иноагентах'));
    expect(error.key).toBe('notes:anchor-quote-ambiguous');
    expect(error.params).toEqual({ quote: 'иноагентах', count: 2 });
    expect(anchorFromQuote(text, 'иноагентах', 2).start).toBe(text.lastIndexOf('иноагентах'));
    expect(anchorFromQuote(text, 'иноагентах', 1).start).toBe(text.indexOf('иноагентах'));
  });

  it('reports an occurrence number beyond the count', () => {
    const text = 'митинг, ещё митинг';
    for (const occurrence of [0, 3, 1.5]) {
      const error = errorOf(() => anchorFromQuote(text, 'митинг', occurrence));
      expect(error.key).toBe('notes:anchor-occurrence-missing');
      expect(error.params).toEqual({ quote: 'митинг', count: 2 });
    }
  });

  it('shortens a very long quote in the message parameters', () => {
    const error = errorOf(() => anchorFromQuote(TEXT, 'x'.repeat(500)));
    expect(error.params?.quote).toBe(`${'x'.repeat(80)}…`);
  });
});

describe('relocateAnchor', () => {
  const anchorOn = (text: string, quote: string, occurrence?: number) =>
    anchorFromQuote(text, quote, occurrence);
  const at = (text: string, span: { start: number; end: number } | null) =>
    span && text.slice(span.start, span.end);

  it('keeps the span when the text after it changes', () => {
    const anchor = anchorOn(TEXT, 'Memorial');
    const edited = TEXT.replace('in Russia.', 'in the country.');
    expect(relocateAnchor(anchor, edited)).toEqual({ start: anchor.start, end: anchor.start + 8 });
  });

  it('follows the quote when the text before it changes', () => {
    const anchor = anchorOn(TEXT, 'Memorial');
    const edited = TEXT.replace('In 2021', 'On 28 December 2021');
    const span = relocateAnchor(anchor, edited);
    expect(span?.start).toBe(edited.indexOf('Memorial'));
    expect(at(edited, span)).toBe('Memorial');
  });

  it('gives up with null when the quote itself was edited or deleted', () => {
    const anchor = anchorOn(TEXT, 'Supreme Court');
    expect(relocateAnchor(anchor, TEXT.replace('Supreme Court', 'Supreme court'))).toBeNull();
    expect(relocateAnchor(anchor, TEXT.replace('the Supreme Court ', ''))).toBeNull();
    expect(relocateAnchor(anchor, '')).toBeNull();
  });

  it('picks the duplicate whose context matches, not merely the nearest one', () => {
    const text = 'Суд признал «Мемориал» иноагентом. Позже суд ликвидировал «Мемориал» полностью.';
    const anchor = anchorOn(text, 'Мемориал', 2);
    // A sentence inserted at the start moves both; the old offset now holds nothing useful.
    const edited = 'В 2021 году: ' + text;
    const span = relocateAnchor(anchor, edited);
    expect(span?.start).toBe(edited.lastIndexOf('Мемориал'));
    // The second sentence moved before the first: context still identifies it.
    const swapped =
      'Позже суд ликвидировал «Мемориал» полностью. Суд признал «Мемориал» иноагентом.';
    expect(relocateAnchor(anchor, swapped)?.start).toBe(swapped.indexOf('Мемориал'));
  });

  it('prefers the nearest duplicate when contexts match equally', () => {
    const text = 'ОВД-Инфо; ОВД-Инфо; ОВД-Инфо';
    const anchor = { quote: 'ОВД-Инфо', prefix: '', suffix: '', start: 11 };
    expect(relocateAnchor(anchor, text)).toEqual({ start: 10, end: 18 });
  });

  it('works on Cyrillic text edited inside the context', () => {
    const text = 'Алексей Навальный умер в колонии «Полярный волк» 16 февраля 2024 года.';
    const anchor = anchorOn(text, '«Полярный волк»');
    const edited =
      'Алексей Анатольевич Навальный погиб в колонии «Полярный волк» 16 февраля 2024 года.';
    expect(at(edited, relocateAnchor(anchor, edited))).toBe('«Полярный волк»');
  });
});

describe('placeFootnoteMarkers', () => {
  const text = 'Мемориал ликвидирован по иску прокуратуры.';
  const span = (quote: string) => ({
    start: text.indexOf(quote),
    end: text.indexOf(quote) + quote.length,
  });

  it('returns the whole text as one piece when there are no footnotes', () => {
    expect(placeFootnoteMarkers(text, [])).toEqual([{ text }]);
    expect(placeFootnoteMarkers('', [])).toEqual([]);
  });

  it('splits around spans in text order, whatever the input order', () => {
    const pieces = placeFootnoteMarkers(text, [
      { id: 7, ...span('прокуратуры') },
      { id: 3, ...span('Мемориал') },
    ]);
    expect(pieces).toEqual([
      { text: 'Мемориал', footnoteId: 3 },
      { text: ' ликвидирован по иску ' },
      { text: 'прокуратуры', footnoteId: 7 },
      { text: '.' },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('never nests overlapping spans: the later marker goes after its own end', () => {
    const pieces = placeFootnoteMarkers(text, [
      { id: 1, ...span('Мемориал ликвидирован') },
      { id: 2, ...span('ликвидирован по иску') },
    ]);
    expect(pieces).toEqual([
      { text: 'Мемориал ликвидирован', footnoteId: 1 },
      { text: ' по иску', footnoteId: 2 },
      { text: ' прокуратуры.' },
    ]);
  });

  it('puts the marker of a span inside another before the outer marker', () => {
    const pieces = placeFootnoteMarkers(text, [
      { id: 1, ...span('Мемориал ликвидирован по иску') },
      { id: 2, ...span('ликвидирован') },
    ]);
    expect(pieces).toEqual([
      { text: 'Мемориал ' },
      { text: 'ликвидирован', footnoteId: 2 },
      { text: ' по иску', footnoteId: 1 },
      { text: ' прокуратуры.' },
    ]);
  });

  it('keeps every marker when spans end together or lie past the text', () => {
    const pieces = placeFootnoteMarkers(text, [
      { id: 1, ...span('Мемориал') },
      { id: 2, start: 4, end: 8 },
      { id: 3, start: 200, end: 300 },
    ]);
    expect(
      pieces.filter((p) => 'footnoteId' in p).map((p) => 'footnoteId' in p && p.footnoteId),
    ).toEqual([1, 2, 3]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.at(-1)).toEqual({ text: '', footnoteId: 3 });
  });
});
