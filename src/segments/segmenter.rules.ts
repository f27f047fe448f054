/**
 * Paragraphs are the segments translators work on; sentences inside them are only hints.
 * Intl.Segmenter does the sentence work, and a small table of abbreviations undoes the
 * boundaries it draws after "ст.", "г.", "Mr." and initials, which it knows nothing about.
 */

import { ABBREVIATIONS, type AbbreviationTable, type TextLanguage } from './abbreviations.rules.js';

export interface SegmentedParagraph {
  text: string;
  sentences: string[];
}

type Behaviour = 'neverEnd' | 'endBeforeCapital';

interface AbbreviationMatcher {
  pattern: RegExp;
  behaviour: Behaviour;
}

function escapeForm(form: string): string {
  return form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\. /g, '\\.\\s*');
}

function buildMatchers(table: AbbreviationTable): AbbreviationMatcher[] {
  const entries: Array<[string, Behaviour]> = [
    ...table.neverEnd.map((form): [string, Behaviour] => [form, 'neverEnd']),
    ...table.endBeforeCapital.map((form): [string, Behaviour] => [form, 'endBeforeCapital']),
  ];
  return entries
    .sort(([a], [b]) => b.length - a.length)
    .map(([form, behaviour]) => ({
      // The look-behind keeps "мост." from matching "ст." and "т.д." from matching "д.".
      pattern: new RegExp(`(?<![\\p{L}\\p{N}.])${escapeForm(form)}$`, 'iu'),
      behaviour,
    }));
}

const MATCHERS: Record<TextLanguage, AbbreviationMatcher[]> = {
  ru: buildMatchers(ABBREVIATIONS.ru),
  en: buildMatchers(ABBREVIATIONS.en),
};

const SEGMENTERS: Record<TextLanguage, Intl.Segmenter> = {
  ru: new Intl.Segmenter('ru', { granularity: 'sentence' }),
  en: new Intl.Segmenter('en', { granularity: 'sentence' }),
};

// "28 декабря 2021 г. Верховный суд…": a date on its own is where a sentence starts, not a sentence.
const DATE_ONLY: Readonly<Record<TextLanguage, RegExp | undefined>> = {
  ru: /^(?:\p{L}{1,2}\s+)?(?:\d{1,2}\s+\p{L}+\s+)?\d{4}(?:\s*[–—-]\s*\d{4})?\s*гг?\.$/iu,
  en: undefined,
};
// "А. Д." and "А.Д." alike: one to three capitals, each with its full stop.
const INITIAL = /(?<![\p{L}\p{N}.])(?:\p{Lu}\.){1,3}$/u;
const STARTS_WITH_INITIAL = /^\p{Lu}\.(?:\s?\p{Lu}\.)*(?:\s|$)/u;
// A year: "в 1989 г.", "в 1988–1989 гг.".
const YEAR = /\p{N}\s*гг?\.$/iu;
// «…?» — спросила она; "Why now?" she asked: the quotation ends, the sentence goes on.
const QUOTED_END = /[?!…][»"”“’]+$/u;
const AFTER_NUMBER = /\p{N}\s*$/u;
const FIRST_SIGNIFICANT = /^[\s«„“"'‘([{—–-]*(.)/u;
// Intl.Segmenter splits after "..." but not after "…" before a capital; readers see no difference.
const ELLIPSIS_BOUNDARY = /(?<=…[»"”’)\]]*) (?=[«„“"(]*\p{Lu})/u;

type Start = 'upper' | 'lower' | 'digit' | 'other';

function startOf(text: string): Start {
  const first = FIRST_SIGNIFICANT.exec(text)?.[1] ?? '';
  if (/\p{Lu}/u.test(first)) return 'upper';
  if (/\p{Ll}/u.test(first)) return 'lower';
  if (/\p{N}/u.test(first)) return 'digit';
  return 'other';
}

function behaviourOfTail(language: TextLanguage, sentence: string): Behaviour | undefined {
  for (const { pattern, behaviour } of MATCHERS[language]) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    const before = sentence.slice(0, match.index);
    return behaviour === 'neverEnd' && AFTER_NUMBER.test(before) ? 'endBeforeCapital' : behaviour;
  }
  return undefined;
}

/** The last characters of the sentence so far; `whole` when they are all of it. */
interface SentenceTail {
  tail: string;
  whole: boolean;
}

/** Whether the boundary Intl.Segmenter drew after the sentence is really inside a sentence. */
function continuesSentence(language: TextLanguage, sentence: SentenceTail, next: string): boolean {
  const { tail } = sentence;
  const start = startOf(next);
  if (start === 'other') return false;
  if (QUOTED_END.test(tail)) return start === 'lower';
  if (!tail.endsWith('.')) return false;
  if (INITIAL.test(tail) || (sentence.whole && DATE_ONLY[language]?.test(tail))) return true;
  // "в 1989 г. А. Д. Сахаров": a year before initials is the time of what the person did.
  if (language === 'ru' && YEAR.test(tail) && STARTS_WITH_INITIAL.test(next)) return true;
  const behaviour = behaviourOfTail(language, tail);
  if (behaviour === undefined) return false;
  return behaviour === 'neverEnd' || start !== 'upper';
}

interface Piece {
  text: string;
  /** The white space between this piece and the next one ('' after the last). */
  gap: string;
}

/**
 * How much text Intl.Segmenter sees at once. Its sentence iterator costs time in proportion to
 * the text it holds for every boundary it returns, so a whole paragraph of "А. А. …" is
 * quadratic; a bounded window makes it linear.
 */
const WINDOW_LENGTH = 500;

/**
 * Intl.Segmenter's segments of the paragraph, computed window by window. A window's last
 * boundary may only exist because the window ends there (the rules look ahead for a
 * lowercase word), but every earlier one is decided inside the window; so each window keeps
 * all but its last two segments and the next window starts at a boundary that is certain.
 */
function* segmentsOf(language: TextLanguage, paragraph: string): Generator<string> {
  const segmenter = SEGMENTERS[language];
  let start = 0;
  let size = WINDOW_LENGTH;
  while (start < paragraph.length) {
    if (start + size >= paragraph.length) {
      for (const { segment } of segmenter.segment(paragraph.slice(start))) yield segment;
      return;
    }
    const window = Array.from(
      segmenter.segment(paragraph.slice(start, start + size)),
      ({ segment }) => segment,
    );
    if (window.length < 3) {
      size *= 2;
      continue;
    }
    for (const segment of window.slice(0, -2)) {
      yield segment;
      start += segment.length;
    }
    size = WINDOW_LENGTH;
  }
}

function basePieces(language: TextLanguage, paragraph: string): Piece[] {
  const pieces: Piece[] = [];
  for (const segment of segmentsOf(language, paragraph)) {
    const text = segment.trimEnd();
    const parts = text.split(ELLIPSIS_BOUNDARY);
    parts.forEach((part, index) => {
      const last = index === parts.length - 1;
      pieces.push({ text: part, gap: last ? segment.slice(text.length) : ' ' });
    });
  }
  return pieces;
}

/**
 * The rules look at most this far back from a boundary: the longest abbreviation with the
 * character before it, or a whole date such as "28 декабря 2021 г.". Keeping only this tail
 * (never the growing sentence) is what keeps splitting linear in the paragraph's length.
 */
const TAIL_LENGTH = 64;

/**
 * Sentences of one paragraph, each trimmed; joined with single spaces they give back the
 * (trimmed) paragraph, so a boundary is only ever kept where exactly one space separates
 * two sentences: a no-break space or no space at all means the writer did not end one there.
 */
export function splitSentences(language: TextLanguage, paragraph: string): string[] {
  const text = paragraph.trim();
  if (text === '') return [];
  const sentences: string[] = [];
  let parts: string[] = [];
  let length = 0;
  let tail = '';
  let gap = '';
  const append = (part: string): void => {
    parts.push(part);
    length += part.length;
    tail =
      part.length >= TAIL_LENGTH ? part.slice(-TAIL_LENGTH) : (tail + part).slice(-TAIL_LENGTH);
  };
  for (const piece of basePieces(language, text)) {
    if (parts.length === 0) {
      append(piece.text);
    } else if (
      gap !== ' ' ||
      continuesSentence(language, { tail, whole: length <= TAIL_LENGTH }, piece.text)
    ) {
      append(gap);
      append(piece.text);
    } else {
      sentences.push(parts.join(''));
      parts = [];
      length = 0;
      tail = '';
      append(piece.text);
    }
    gap = piece.gap;
  }
  if (parts.length > 0) sentences.push(parts.join(''));
  return sentences;
}

const BLANK_LINE = /^\s*$/;

function tidyParagraph(lines: string[]): string {
  return lines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/**
 * Blank lines separate paragraphs and single line breaks are soft wraps, except in text
 * without any blank line: text pasted from the web usually comes one paragraph per line.
 */
export function splitParagraphs(text: string): string[] {
  const lines = text.normalize('NFC').replace(/\r\n?/g, '\n').trim().split('\n');
  const hasBlankLine = lines.some((line) => BLANK_LINE.test(line));
  const groups: string[][] = [];
  if (hasBlankLine) {
    let group: string[] = [];
    for (const line of lines) {
      if (BLANK_LINE.test(line)) {
        groups.push(group);
        group = [];
      } else {
        group.push(line);
      }
    }
    groups.push(group);
  } else {
    groups.push(...lines.map((line) => [line]));
  }
  return groups.map(tidyParagraph).filter((paragraph) => paragraph !== '');
}

export function segmentText(language: TextLanguage, text: string): SegmentedParagraph[] {
  return splitParagraphs(text).map((paragraph) => ({
    text: paragraph,
    sentences: splitSentences(language, paragraph),
  }));
}
