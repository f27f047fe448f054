import { words } from '../common/text/normalise.rules.js';
import { stemWord } from '../common/text/stemmer.rules.js';

/** Enough for any real query; bounds the expression whatever a visitor pastes. */
export const MAX_QUERY_WORDS = 12;
export const MAX_WORD_LENGTH = 64;
const MAX_EXPANSIONS_PER_WORD = 8;
const MAX_WORDS_PER_EXPANSION = 4;
/** Words past this point could never be among the first twelve of a sane query. */
const MAX_INPUT_LENGTH = 4096;

/**
 * Turns what a visitor typed into an FTS5 MATCH expression over the columns `text` and
 * `stems` (filled by search-document.rules.ts). Every word becomes a group of quoted strings
 * — the word in any column, or its stem in `stems`, plus the caller's expansions (name-list
 * variants such as "navalny" → "навальный") — and the groups are AND-ed. Nothing the visitor
 * types reaches FTS5 unquoted, so `"`, `*`, `(`, `:`, `^`, `NEAR`, `OR`, `NOT` and column
 * filters are only ever searched for as text, and prefix queries are not offered.
 * Null when there is nothing to search for. Bind the result as a parameter.
 */
export function buildMatchQuery(
  userQuery: string,
  expansions?: (word: string) => string[],
): string | null {
  return renderGroups(
    queryGroups(userQuery, expansions),
    (text, stem) => (stem === null ? ftsString(text) : `stems:${ftsString(stem)}`),
    (terms) => (terms.length === 1 ? terms[0]! : `(${terms.join(' OR ')})`),
    ' AND ',
  );
}

/**
 * The same query for PostgreSQL, as `to_tsquery('simple', …)` text over the weighted vector
 * of the search migration (title A, text B, stems C): a phrase is words joined by `<->`, a
 * stem is looked for in the stems column only (`:C`), groups are AND-ed. Every word is a
 * quoted lexeme, so operators typed by the visitor are searched for as text.
 */
export function buildTsQuery(
  userQuery: string,
  expansions?: (word: string) => string[],
): string | null {
  const phrase = (text: string, weight: string) =>
    text
      .split(' ')
      .map((word) => `${tsLexeme(word)}${weight}`)
      .join(' <-> ');
  return renderGroups(
    queryGroups(userQuery, expansions),
    (text, stem) => (stem === null ? phrase(text, '') : phrase(stem, ':C')),
    (terms) => `(${terms.map((t) => `(${t})`).join(' | ')})`,
    ' & ',
  );
}

/** Each group becomes its distinct terms (a word, then its stem when it differs), joined. */
function renderGroups(
  groups: Term[][] | null,
  term: (text: string, stem: string | null) => string,
  group: (terms: string[]) => string,
  and: string,
): string | null {
  if (groups === null) return null;
  return groups
    .map((g) =>
      group(
        unique(
          g.flatMap(({ text, stem }) =>
            stem === null ? [term(text, null)] : [term(text, null), term(text, stem)],
          ),
        ),
      ),
    )
    .join(and);
}

interface Term {
  /** Words as typed (normalised), space separated. */
  text: string;
  /** Their stems, when they differ from the words. */
  stem: string | null;
}

function queryGroups(userQuery: string, expansions?: (word: string) => string[]): Term[][] | null {
  const queryWords = unique(words(userQuery.slice(0, MAX_INPUT_LENGTH)).map(capWord)).slice(
    0,
    MAX_QUERY_WORDS,
  );
  if (queryWords.length === 0) return null;
  return queryWords.map((word) =>
    [[word], ...variants(word, expansions)].map((phrase) => {
      const text = phrase.join(' ');
      const stem = phrase.map(stemWord).join(' ');
      return { text, stem: stem === text ? null : stem };
    }),
  );
}

function variants(word: string, expansions?: (word: string) => string[]): string[][] {
  if (!expansions) return [];
  return expansions(word)
    .slice(0, MAX_EXPANSIONS_PER_WORD)
    .map((variant) =>
      words(variant.slice(0, MAX_INPUT_LENGTH)).slice(0, MAX_WORDS_PER_EXPANSION).map(capWord),
    )
    .filter((phrase) => phrase.length > 0);
}

/** An FTS5 string: in double quotes, a double quote inside doubled. */
function ftsString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Cuts by code points so that a letter outside the BMP is never split in half. */
function capWord(word: string): string {
  return word.length <= MAX_WORD_LENGTH
    ? word
    : Array.from(word).slice(0, MAX_WORD_LENGTH).join('');
}

/** A tsquery lexeme: in single quotes, a quote or backslash inside escaped. */
function tsLexeme(word: string): string {
  return `'${word.replace(/['\\]/g, (c) => `\\${c}`)}'`;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
