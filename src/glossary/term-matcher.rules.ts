import { normaliseText } from '../common/text/normalise.rules.js';
import { stemWord } from '../common/text/stemmer.rules.js';
import { sameTermWord } from '../common/text/word-forms.rules.js';

/** What QA is told about a glossary term found in the source: its renderings in the target. */
export interface GlossaryHit {
  term: string;
  renderings: string[];
  /** Renderings the glossary says not to use. */
  forbidden?: string[];
}

export interface MatchableTerm {
  id: number;
  /** The term and any extra forms an editor listed ("иностранный агент", "иноагент"). */
  forms: string[];
}

export interface TermOccurrence {
  termId: number;
  /** UTF-16 offsets into the original text; `text` is the original slice. */
  start: number;
  end: number;
  text: string;
}

export interface WordToken {
  start: number;
  end: number;
  /** Lower case, ё as е, stress marks dropped. */
  normal: string;
  stem: string;
}

export interface TermMatcherOptions {
  /** Only words that start with a capital letter can match (names: "Жуков", not "жуков"). */
  capitalisedOnly?: boolean;
}

// Combining marks belong to the word they sit on (decomposed "й", stress marks in explainers).
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;
const STRESS = /[\u0300\u0301]/g;
const BETWEEN_WORDS = /^\s+$/u;
const CAPITALISED = /^\p{Lu}/u;

/** Words of a text with their offsets in it; the one tokeniser for terms and the text alike. */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const normal = normaliseText(match[0]).replace(STRESS, '');
    tokens.push({
      start: match.index,
      end: match.index + match[0].length,
      normal,
      stem: stemWord(normal),
    });
  }
  return tokens;
}

interface Form {
  termId: number;
  words: { normal: string; stem: string }[];
}

/**
 * Finds glossary terms in a segment: inflected forms match by stem, multi-word terms match
 * word by word across white space only, the longest term wins at a position and
 * occurrences never overlap. A term never matches part of a longer word.
 */
export class TermMatcher {
  // Forms by the stem of their first word, and by that stem less its last letter, so that a
  // lookup also finds forms whose stem differs by one letter (see `sameLexeme`); English
  // words then match by inflection only (see `sameEnglishWord`).
  private readonly formsByKey = new Map<string, Form[]>();

  constructor(
    terms: MatchableTerm[],
    private readonly options: TermMatcherOptions = {},
  ) {
    for (const term of terms) {
      for (const text of term.forms) {
        const words = wordTokens(text).map(({ normal, stem }) => ({ normal, stem }));
        if (words.length === 0) continue;
        const form = { termId: term.id, words };
        const first = words[0]!.stem;
        for (const key of new Set([first, first.slice(0, -1)])) {
          const forms = this.formsByKey.get(key) ?? [];
          forms.push(form);
          this.formsByKey.set(key, forms);
        }
      }
    }
  }

  find(text: string): TermOccurrence[] {
    const tokens = wordTokens(text);
    const occurrences: TermOccurrence[] = [];
    for (let i = 0; i < tokens.length;) {
      const best = this.bestFormAt(text, tokens, i);
      if (!best) {
        i++;
        continue;
      }
      const start = tokens[i]!.start;
      const end = tokens[i + best.words.length - 1]!.end;
      occurrences.push({ termId: best.termId, start, end, text: text.slice(start, end) });
      i += best.words.length;
    }
    return occurrences;
  }

  /** Longest form first; then the form whose words appear exactly as written; then lower id. */
  private bestFormAt(text: string, tokens: WordToken[], at: number): Form | undefined {
    const stem = tokens[at]!.stem;
    let best: Form | undefined;
    let bestExact = -1;
    for (const key of new Set([stem, stem.slice(0, -1)])) {
      for (const form of this.formsByKey.get(key) ?? []) {
        const exact = this.exactWordsIfMatches(text, tokens, at, form);
        if (exact < 0) continue;
        const better =
          !best ||
          form.words.length > best.words.length ||
          (form.words.length === best.words.length &&
            (exact > bestExact || (exact === bestExact && form.termId < best.termId)));
        if (better) {
          best = form;
          bestExact = exact;
        }
      }
    }
    return best;
  }

  /** How many words of the form appear exactly as written at `at`, or -1 if it does not match. */
  private exactWordsIfMatches(text: string, tokens: WordToken[], at: number, form: Form): number {
    if (at + form.words.length > tokens.length) return -1;
    let exact = 0;
    for (let k = 0; k < form.words.length; k++) {
      const token = tokens[at + k]!;
      const word = form.words[k]!;
      if (!sameTermWord(token, word)) return -1;
      if (this.options.capitalisedOnly && !CAPITALISED.test(text.slice(token.start, token.end)))
        return -1;
      if (k > 0 && !BETWEEN_WORDS.test(text.slice(tokens[at + k - 1]!.end, token.start))) return -1;
      if (token.normal === word.normal) exact++;
    }
    return exact;
  }
}
