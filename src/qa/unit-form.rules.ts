import { hasCyrillic, normaliseText } from '../common/text/normalise.rules.js';
import type { PairKey } from '../config/language-pairs.rules.js';
import { findLegalReferences } from './legal-references.rules.js';
import {
  BOTH_PAIRS,
  finding,
  languagePair,
  type Language,
  type QaCheck,
} from './qa-check.rules.js';

/** Blank also when only invisible characters are left, which trim() keeps. */
export function isBlank(text: string): boolean {
  return text.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').trim() === '';
}

export const emptyCheck: QaCheck = {
  id: 'empty',
  severity: 'error',
  pairs: BOTH_PAIRS,
  run(input) {
    return isBlank(input.target) ? [finding(this)] : [];
  },
};

const LATIN = /\p{Script=Latin}/u;

// A segment of only a URL, a number or a name in the target's script is rightly copied as is.
export const unchangedCheck: QaCheck = {
  id: 'unchanged',
  severity: 'warning',
  pairs: BOTH_PAIRS,
  run(input) {
    const hasSourceLetters =
      input.sourceLanguage === 'ru' ? hasCyrillic(input.source) : LATIN.test(input.source);
    const same = normaliseText(input.source) === normaliseText(input.target);
    return hasSourceLetters && same ? [finding(this)] : [];
  },
};

/** Target length over source length that a faithful translation stays within. */
export const LENGTH_RATIO_RANGES: Partial<Record<PairKey, { min: number; max: number }>> = {
  'ru>en': { min: 0.6, max: 1.6 },
  'en>ru': { min: 0.7, max: 1.8 },
};
// Below this a single word of difference swings the ratio past any range.
const SHORTEST_MEASURED_SOURCE = 20;
// A short sentence gains or loses a few words ("the", a verb of saying) whatever its length, so
// the range widens by a factor of 1 + SLACK / length: 1.2 at 60 characters, 1.04 at 300.
const LENGTH_SLACK = 12;

/** The range of the pair, widened for a short source. */
export function lengthRatioRange(
  pair: PairKey,
  sourceLength: number,
): { min: number; max: number } | undefined {
  const range = LENGTH_RATIO_RANGES[pair];
  if (!range) return undefined;
  const widening = 1 + LENGTH_SLACK / sourceLength;
  const round = (value: number): number => Math.round(value * 100) / 100;
  return { min: round(range.min / widening), max: round(range.max * widening) };
}

// "ч. 1 ст. 280.3 УК" grows threefold into "Part 1 of Article 280.3 of the Criminal Code".
const REFERENCE_LENGTH = 12;

/** Length of a text with every legal reference counted alike, so references do not skew the ratio. */
export function measuredLength(text: string, language: Language): number {
  const references = findLegalReferences(text, language).sort((a, b) => a.start - b.start);
  // Pieces joined once: replacing in the whole text per reference was quadratic.
  const parts: string[] = [];
  let cursor = 0;
  for (const reference of references) {
    // The articles of one list share one span.
    if (reference.start < cursor) continue;
    parts.push(text.slice(cursor, reference.start), '§'.repeat(REFERENCE_LENGTH));
    cursor = reference.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('').replace(/\s+/g, ' ').trim().length;
}

export const lengthRatioCheck: QaCheck = {
  id: 'length-ratio',
  severity: 'warning',
  pairs: BOTH_PAIRS,
  run(input) {
    const sourceLength = measuredLength(input.source, input.sourceLanguage);
    if (sourceLength < SHORTEST_MEASURED_SOURCE) return [];
    const range = lengthRatioRange(languagePair(input), sourceLength);
    if (!range) return [];
    const ratio = measuredLength(input.target, input.targetLanguage) / sourceLength;
    const variant = ratio < range.min ? 'short' : ratio > range.max ? 'long' : undefined;
    if (!variant) return [];
    return [finding(this, { ratio: ratio.toFixed(2), min: range.min, max: range.max }, variant)];
  },
};

const DOUBLE_SPACE = /[ \t\u00a0\u202f]{2,}/g;

export const whitespaceCheck: QaCheck = {
  id: 'whitespace',
  severity: 'warning',
  pairs: BOTH_PAIRS,
  run(input) {
    const doubles = input.target.match(DOUBLE_SPACE)?.length ?? 0;
    const edges = input.target !== input.target.trim();
    return [
      ...(doubles > 0 ? [finding(this, { count: doubles }, 'double')] : []),
      ...(edges ? [finding(this, {}, 'edges')] : []),
    ];
  },
};
