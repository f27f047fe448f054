import { words } from '../common/text/normalise.rules.js';
import { stemWord } from '../common/text/stemmer.rules.js';
import { sameTermWord, type StemmedWord } from '../common/text/word-forms.rules.js';
import { BOTH_PAIRS, distinctHits, finding, listValues, type QaCheck } from './qa-check.rules.js';

function containsSequence(haystack: StemmedWord[], needle: StemmedWord[]): boolean {
  if (needle.length === 0) return false;
  for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    if (needle.every((item, offset) => sameTermWord(item, haystack[start + offset]!))) return true;
  }
  return false;
}

const stemmed = (text: string): StemmedWord[] =>
  words(text).map((normal) => ({ normal, stem: stemWord(normal) }));

/**
 * Whether a text uses a rendering, word by word and ignoring case. Russian words match in
 * any case form by stem ("иностранный агент" in "признан иностранным агентом", "Мемориал" in
 * "архив «Мемориала»"); English words in number and possessive only ("foreign agents"), so
 * that "the memory" is no use of "Memorial".
 */
export function usesRendering(text: string, rendering: string): boolean {
  return containsSequence(stemmed(text), stemmed(rendering));
}

/** A rendering the glossary marks as one to avoid (TBX's deprecated terms) used in the target. */
export const forbiddenRenderingCheck: QaCheck = {
  id: 'forbidden-rendering',
  severity: 'warning',
  pairs: BOTH_PAIRS,
  run(input) {
    return distinctHits(input.glossary).flatMap((hit) => {
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
    return distinctHits(input.glossary)
      .filter((hit) => hit.renderings.length > 0)
      .filter((hit) => !hit.renderings.some((rendering) => usesRendering(input.target, rendering)))
      .map((hit) => finding(this, { term: hit.term, renderings: listValues(hit.renderings) }));
  },
};
