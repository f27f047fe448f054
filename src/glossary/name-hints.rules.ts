import iuliia from 'iuliia';
import { hasCyrillic } from '../common/text/normalise.rules.js';
import { TermMatcher, wordTokens, type MatchableTerm } from './term-matcher.rules.js';

/**
 * A person from the name list found in the source: Cyrillic name, preferred spelling in the
 * target script, accepted variants.
 */
export interface NameHit {
  name: string;
  spelling: string;
  variants: string[];
}

/** An entry of the name list: the preferred English spelling and accepted variants. */
export interface ListedName {
  id: number;
  cyrillic: string;
  spelling: string;
  variants: string[];
}

export interface NameHint {
  /** UTF-16 offsets into the segment; `text` is the original slice. */
  start: number;
  end: number;
  text: string;
  suggestion: string;
  source: 'name-list' | 'transliteration';
  nameId?: number;
}

/** The Wikipedia scheme, as `iuliia` maintains it ("Пётр" → "Pyotr"). */
export function transliterate(text: string): string {
  return iuliia.translate(text, iuliia.WIKIPEDIA);
}

// A name word: capitalised, and capitals only after a hyphen ("Санкт-Петербург"), so that
// abbreviations such as "УК", "КоАП" or "ОВД-Инфо" are not taken for names.
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’]*(?:-\p{L}[\p{Ll}\p{M}'’]*)*$/u;
const SENTENCE_END = /[.!?…]/u;
// What may stand between a sentence end and the first word: space, opening quotes, a dash.
const SENTENCE_OPENING = /[\s«„“"'([—–-]/u;
const BETWEEN_NAME_WORDS = /^\s+$/u;

interface ListedForm {
  nameId: number;
  suggestion: string;
}

/** The full name, and the surname alone ("Навального" for "Алексей Навальный"). */
function listedForms(names: ListedName[]): { terms: MatchableTerm[]; forms: ListedForm[] } {
  const terms: MatchableTerm[] = [];
  const forms: ListedForm[] = [];
  const add = (cyrillic: string, nameId: number, suggestion: string) => {
    terms.push({ id: forms.length, forms: [cyrillic] });
    forms.push({ nameId, suggestion });
  };
  for (const name of names) {
    add(name.cyrillic, name.id, name.spelling);
  }
  // Full names go first so that a surname shared by two people never outranks a full name.
  for (const name of names) {
    const words = wordTokens(name.cyrillic);
    const spelling = name.spelling.trim().split(/\s+/);
    if (words.length > 1 && spelling.length > 1) {
      add(name.cyrillic.slice(words.at(-1)!.start), name.id, spelling.at(-1)!);
    }
  }
  return { terms, forms };
}

function sentenceInitial(text: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && SENTENCE_OPENING.test(text[at]!)) at--;
  return at < 0 || SENTENCE_END.test(text[at]!);
}

/**
 * Name hints for a Cyrillic segment. Names from the name list are found in any inflected
 * form (full name or surname alone) and always win. Any other run of capitalised Cyrillic
 * words gets the Wikipedia-scheme transliteration of the words as written; a capitalised
 * word that opens a sentence is taken for an ordinary word and left alone.
 */
export function findNameHints(text: string, names: ListedName[]): NameHint[] {
  const { terms, forms } = listedForms(names);
  const hints: NameHint[] = new TermMatcher(terms, { capitalisedOnly: true })
    .find(text)
    .map((occurrence) => ({
      start: occurrence.start,
      end: occurrence.end,
      text: occurrence.text,
      suggestion: forms[occurrence.termId]!.suggestion,
      source: 'name-list' as const,
      nameId: forms[occurrence.termId]!.nameId,
    }));
  const listed = hints.slice();

  let run: { start: number; end: number } | undefined;
  const closeRun = () => {
    if (run) {
      const slice = text.slice(run.start, run.end);
      hints.push({
        ...run,
        text: slice,
        suggestion: transliterate(slice),
        source: 'transliteration',
      });
    }
    run = undefined;
  };
  for (const token of wordTokens(text)) {
    const word = text.slice(token.start, token.end);
    const isName =
      NAME_WORD.test(word) &&
      hasCyrillic(word) &&
      !listed.some((hint) => hint.start < token.end && token.start < hint.end) &&
      !sentenceInitial(text, token.start);
    if (!isName) {
      closeRun();
    } else if (run && BETWEEN_NAME_WORDS.test(text.slice(run.end, token.start))) {
      run.end = token.end;
    } else {
      closeRun();
      run = { start: token.start, end: token.end };
    }
  }
  closeRun();
  return hints.sort((a, b) => a.start - b.start);
}
