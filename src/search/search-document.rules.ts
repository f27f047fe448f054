import { words } from '../common/text/normalise.rules.js';
import { stemWord } from '../common/text/stemmer.rules.js';

/*
 * What goes into the FTS5 table's columns: `title` and `text` as written (snippets are cut
 * from `text`, so readers see capitals and punctuation), `stems` as Snowball stems. SQLite's
 * tokenizer folds case but neither ё/е nor Russian inflection, so both are done here, the
 * same way for both languages, and queries are built from the same functions (see
 * search-query.rules.ts).
 */

/** How many times the title's stems go into `stems`: a title word is worth more there too. */
export const TITLE_STEM_REPEAT = 3;

/** The words of a text in normal form (NFC, lower case, ё→е), separated by single spaces. */
export function searchableText(text: string): string {
  return words(text).join(' ');
}

/** The Snowball stem of every word, separated by single spaces. */
export function searchableStems(text: string): string {
  return words(text).map(cachedStem).join(' ');
}

/*
 * The Snowball stemmers take some 8 µs a word, most of the time of indexing a long text;
 * words repeat so much that remembering the stems of the last hundred thousand makes it
 * several times faster. The cache changes no result.
 */
const STEM_CACHE_SIZE = 100_000;
const stemCache = new Map<string, string>();

function cachedStem(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
    stem = stemWord(word);
    stemCache.set(word, stem);
  }
  return stem;
}

/**
 * A text for a column that is shown (`title`, `text`): as written, but composed, ё as е,
 * without stress marks, soft hyphens or control characters (the snippet markers among
 * them), whitespace collapsed. The unicode61 tokenizer folds case and splits at punctuation
 * itself, so the tokens it sees are the words of `searchableText`.
 */
export function indexedText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\p{M}\u00ad]/gu, '')
    .replace(/ё/g, 'е')
    .replace(/Ё/g, 'Е')
    .replace(/[\p{Cc}\p{Cf}\s]+/gu, ' ')
    .trim();
}

export interface SearchColumns {
  title: string;
  text: string;
  stems: string;
}

/** The three FTS5 columns of one text. */
export function searchColumns(title: string, body: string): SearchColumns {
  const indexedTitle = indexedText(title);
  const text = indexedText(body);
  const titleStems = searchableStems(indexedTitle);
  return {
    title: indexedTitle,
    text,
    stems: [...Array<string>(TITLE_STEM_REPEAT).fill(titleStems), searchableStems(text)]
      .filter((part) => part !== '')
      .join(' '),
  };
}
