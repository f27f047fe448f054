import iuliia from 'iuliia';
import { hasCyrillic } from '../common/text/normalise.rules.js';
import { isNameForm } from './russian-name-forms.rules.js';
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

type Script = 'cyrillic' | 'latin';

interface ListedForm {
  nameId: number;
  suggestion: string;
  /** The words of the listed form, in normal form. */
  words: string[];
}

/** The last word of a name ("Навальный", "Navalny"), or undefined for a one-word name. */
function surname(name: string): string | undefined {
  const words = wordTokens(name);
  return words.length > 1 ? name.slice(words.at(-1)!.start) : undefined;
}

/**
 * The full names, and the surnames alone ("Навального" for "Алексей Навальный", "Putin" for
 * "Vladimir Putin"), in the script of the text; each suggests its counterpart in the other.
 */
function listedForms(
  names: ListedName[],
  script: Script,
): { terms: MatchableTerm[]; forms: ListedForm[] } {
  const terms: MatchableTerm[] = [];
  const forms: ListedForm[] = [];
  const add = (written: string[], nameId: number, suggestion: string) => {
    terms.push({ id: forms.length, forms: written });
    forms.push({ nameId, suggestion, words: wordTokens(written[0]!).map((token) => token.normal) });
  };
  const written = (name: ListedName) =>
    script === 'cyrillic' ? [name.cyrillic] : [name.spelling, ...name.variants];
  for (const name of names) {
    add(written(name), name.id, script === 'cyrillic' ? name.spelling : name.cyrillic);
  }
  // Full names go first so that a surname shared by two people never outranks a full name.
  for (const name of names) {
    const cyrillic = surname(name.cyrillic);
    const spelling = surname(name.spelling);
    if (!cyrillic || !spelling) continue;
    if (script === 'cyrillic') add([cyrillic], name.id, spelling);
    else add([...new Set(written(name).map((form) => surname(form) ?? form))], name.id, cyrillic);
  }
  return { terms, forms };
}

/**
 * Snowball gives "Навальный" and "Навальная" one stem, so the matcher may pick the wrong one
 * of two listed names; the form whose case forms include the words as written wins.
 */
function byCaseForm(forms: ListedForm[], chosen: ListedForm, written: string): ListedForm {
  const words = wordTokens(written).map((token) => token.normal);
  const declines = (form: ListedForm) =>
    form.words.length === words.length &&
    form.words.every((word, index) => isNameForm(word, words[index]!));
  return declines(chosen) ? chosen : (forms.find(declines) ?? chosen);
}

function listedHints(
  matcher: TermMatcher,
  forms: ListedForm[],
  text: string,
  script: Script,
): NameHint[] {
  return matcher.find(text).map((occurrence) => {
    const chosen = forms[occurrence.termId]!;
    const form = script === 'cyrillic' ? byCaseForm(forms, chosen, occurrence.text) : chosen;
    return {
      start: occurrence.start,
      end: occurrence.end,
      text: occurrence.text,
      suggestion: form.suggestion,
      source: 'name-list' as const,
      nameId: form.nameId,
    };
  });
}

function sentenceInitial(text: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && SENTENCE_OPENING.test(text[at]!)) at--;
  return at < 0 || SENTENCE_END.test(text[at]!);
}

/**
 * Name hints for a segment in one script, with the name list's matcher built once.
 *
 * Cyrillic: names from the name list are found in any inflected form (full name or surname
 * alone) and always win. Any other run of capitalised Cyrillic words gets the Wikipedia-scheme
 * transliteration of the words as written; a capitalised word that opens a sentence is taken
 * for an ordinary word and left alone.
 *
 * Latin: listed spellings and variants, full or the surname alone, each with its Cyrillic form.
 */
export class NameFinder {
  private readonly matcher: TermMatcher;
  private readonly forms: ListedForm[];

  constructor(
    names: ListedName[],
    private readonly script: Script,
  ) {
    const { terms, forms } = listedForms(names, script);
    this.matcher = new TermMatcher(terms, { capitalisedOnly: true });
    this.forms = forms;
  }

  find(text: string): NameHint[] {
    const listed = listedHints(this.matcher, this.forms, text, this.script);
    return this.script === 'cyrillic' ? transliteratedRuns(text, listed) : listed;
  }
}

/** Name hints for a Cyrillic segment (see `NameFinder`). */
export function findNameHints(text: string, names: ListedName[]): NameHint[] {
  return new NameFinder(names, 'cyrillic').find(text);
}

/** The listed hints, and a transliteration for every other run of capitalised Cyrillic words. */
function transliteratedRuns(text: string, listed: NameHint[]): NameHint[] {
  const hints = listed.slice();
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
