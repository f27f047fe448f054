import { DomainError, type MessageParams } from '../common/errors/domain-error.js';

/**
 * Where a footnote sits in a unit's target text. Offsets alone do not survive edits, so the
 * anchor also keeps the quoted span and a little context on each side (the W3C Web
 * Annotation "text quote selector" idea) to find the span again in a later version.
 */
export interface FootnoteAnchor {
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
}

export interface AnchorSpan {
  start: number;
  end: number;
}

/** A refused anchor is the person's input error: the error filter answers it as invalid. */
export class AnchorError extends DomainError {
  constructor(key: string, params: MessageParams = {}) {
    super('invalid', key, params);
  }
}

const CONTEXT = 32;
/** A quote in a message is for recognising it, not for reading it whole. */
const QUOTE_IN_MESSAGE = 80;

export function createAnchor(text: string, start: number, end: number): FootnoteAnchor {
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end > text.length ||
    start >= end
  ) {
    throw new AnchorError('notes:anchor-outside-text');
  }
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
    start,
  };
}

/**
 * The form that works without JavaScript: the translator types the passage the note belongs
 * to, and the n-th occurrence (1-based) when it occurs more than once.
 */
export function anchorFromQuote(text: string, quote: string, occurrence?: number): FootnoteAnchor {
  const wanted = quote.trim();
  const shown = wanted.length > QUOTE_IN_MESSAGE ? `${wanted.slice(0, QUOTE_IN_MESSAGE)}…` : wanted;
  const found = wanted === '' ? [] : occurrences(text, wanted);
  if (found.length === 0) throw new AnchorError('notes:anchor-quote-not-found', { quote: shown });
  if (occurrence === undefined) {
    if (found.length > 1) {
      throw new AnchorError('notes:anchor-quote-ambiguous', { quote: shown, count: found.length });
    }
    return createAnchor(text, found[0]!, found[0]! + wanted.length);
  }
  const start = Number.isInteger(occurrence) ? found[occurrence - 1] : undefined;
  if (start === undefined) {
    throw new AnchorError('notes:anchor-occurrence-missing', { quote: shown, count: found.length });
  }
  return createAnchor(text, start, start + wanted.length);
}

/**
 * Finds the anchored span in a new version of the text: where it was if the quote is still
 * there; otherwise the occurrence whose surroundings match the old ones best, the nearest to
 * the old place on a tie. Null when the quote itself is gone: the caller flags the footnote
 * for the translator, it is never dropped silently.
 */
export function relocateAnchor(anchor: FootnoteAnchor, newText: string): AnchorSpan | null {
  const length = anchor.quote.length;
  if (length === 0) return null;
  if (newText.slice(anchor.start, anchor.start + length) === anchor.quote) {
    return { start: anchor.start, end: anchor.start + length };
  }
  let best: { start: number; score: number; distance: number } | undefined;
  for (const start of occurrences(newText, anchor.quote)) {
    const score =
      commonSuffixLength(
        anchor.prefix,
        newText.slice(Math.max(0, start - anchor.prefix.length), start),
      ) +
      commonPrefixLength(
        anchor.suffix,
        newText.slice(start + length, start + length + anchor.suffix.length),
      );
    const distance = Math.abs(start - anchor.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { start, score, distance };
    }
  }
  return best ? { start: best.start, end: best.start + length } : null;
}

export interface AnchoredFootnote {
  id: number;
  start: number;
  end: number;
}

export type MarkedPiece = { text: string } | { text: string; footnoteId: number };

/**
 * Cuts a text into plain pieces and anchored pieces, each anchored piece followed (by the
 * renderer) by its footnote's marker. Markers follow the order of the spans' ends; where
 * spans overlap, the later one's piece starts where the earlier one ended, so pieces never
 * nest. Offsets past the text are clamped rather than refused: a reader page must still show
 * every marker.
 */
export function placeFootnoteMarkers(
  text: string,
  footnotes: readonly AnchoredFootnote[],
): MarkedPiece[] {
  const clamp = (n: number) => Math.min(Math.max(0, Math.trunc(n) || 0), text.length);
  const spans = footnotes
    .map((f) => {
      const end = clamp(f.end);
      return { id: f.id, start: Math.min(clamp(f.start), end), end };
    })
    .sort((a, b) => a.end - b.end || a.start - b.start || a.id - b.id);
  const pieces: MarkedPiece[] = [];
  let cursor = 0;
  for (const span of spans) {
    const start = Math.max(span.start, cursor);
    if (start > cursor) pieces.push({ text: text.slice(cursor, start) });
    pieces.push({ text: text.slice(start, span.end), footnoteId: span.id });
    cursor = span.end;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor) });
  return pieces;
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}
