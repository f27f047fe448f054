import { words } from '../common/text/normalise.rules.js';
import { stems } from '../common/text/stemmer.rules.js';
import { BOTH_PAIRS, finding, listValues, type QaCheck } from './qa-check.rules.js';

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

/** A rendering the glossary marks as one to avoid (TBX's deprecated terms) used in the target. */
export const forbiddenRenderingCheck: QaCheck = {
  id: 'forbidden-rendering',
  severity: 'warning',
  pairs: BOTH_PAIRS,
  run(input) {
    return (input.glossary ?? []).flatMap((hit) => {
      const used = (hit.forbidden ?? []).filter((f) => usesRendering(input.target, f));
      return used.length > 0
        ? [
            finding(this, {
              term: hit.term,
              used: listValues(used),
              renderings: listValues(hit.renderings),
            }),
          ]
        : [];
    });
  },
};

export const glossaryTermCheck: QaCheck = {
  id: 'glossary-term',
  severity: 'warning',
  pairs: BOTH_PAIRS,
  run(input) {
    return (input.glossary ?? [])
      .filter((hit) => hit.renderings.length > 0)
      .filter((hit) => !hit.renderings.some((rendering) => usesRendering(input.target, rendering)))
      .map((hit) => finding(this, { term: hit.term, renderings: listValues(hit.renderings) }));
  },
};
