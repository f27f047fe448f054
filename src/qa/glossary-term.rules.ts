import { words } from '../common/text/normalise.rules.js';
import { stems } from '../common/text/stemmer.rules.js';
import { BOTH_PAIRS, distinctHits, finding, listValues, type QaCheck } from './qa-check.rules.js';

function containsSequence(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0) return false;
  for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    if (needle.every((item, offset) => haystack[start + offset] === item)) return true;
  }
  return false;
}

/**
 * Whether a text uses a rendering, word by word and ignoring case. Stems make inflected forms
 * count: "иностранный агент" is used in "признан иностранным агентом", "foreign agent" in
 * "foreign agents".
 */
export function usesRendering(text: string, rendering: string): boolean {
  return (
    containsSequence(stems(text), stems(rendering)) ||
    containsSequence(words(text), words(rendering))
  );
}

export const glossaryTermCheck: QaCheck = {
  id: 'glossary-term',
  severity: 'warning',
  pairs: BOTH_PAIRS,
  run(input) {
    return distinctHits(input.glossary)
      .filter((hit) => hit.renderings.length > 0)
      .filter((hit) => !hit.renderings.some((rendering) => usesRendering(input.target, rendering)))
      .map((hit) => finding(this, { term: hit.term, renderings: listValues(hit.renderings) }));
  },
};
