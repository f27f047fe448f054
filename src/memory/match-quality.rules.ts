import { distance } from 'fastest-levenshtein';
import { normaliseText } from '../common/text/normalise.rules.js';

/**
 * Quality of a translation-memory match in percent (0–100).
 *
 * Case, ё/е and white space are folded by `normaliseText` before comparing: they never
 * change what the translation says, so texts equal after normalising are a 100 % match.
 * Everything else, punctuation included, counts as an edit: quality is
 * `round(100 · (1 − distance / longer length))` on the normalised texts, and never more than
 * 99 for texts that differ, so 100 always means "reuse the translation as it is". A single
 * changed comma in a long paragraph is 99; "Да!" against "Да?" is 67, because a question
 * mark does change a short sentence.
 */
export function matchQuality(a: string, b: string): number {
  return normalisedMatchQuality(normaliseText(a), normaliseText(b));
}

/** `matchQuality` for texts already in normal form (the index normalises a query once). */
export function normalisedMatchQuality(a: string, b: string): number {
  if (a === b) return 100;
  const longer = Math.max(a.length, b.length);
  return Math.min(99, Math.round(100 * (1 - distance(a, b) / longer)));
}

/**
 * The best quality two texts of these normalised lengths could reach: an edit distance is
 * at least the difference in length. Lets a search skip a text without comparing it.
 */
export function qualityCeiling(lengthA: number, lengthB: number): number {
  if (lengthA === lengthB) return 100;
  const longer = Math.max(lengthA, lengthB);
  return Math.min(99, Math.round(100 * (1 - Math.abs(lengthA - lengthB) / longer)));
}
