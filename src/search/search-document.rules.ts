import { words } from '../common/text/normalise.rules.js';
import { stems } from '../common/text/stemmer.rules.js';

/*
 * What goes into the FTS5 table's two columns, `text` and `stems`. SQLite's tokenizers fold
 * neither ё/е nor Russian inflection, so both are done here, the same way for both languages,
 * and queries are built from the same functions (see search-query.rules.ts).
 */

/** The words of a text in normal form (NFC, lower case, ё→е), separated by single spaces. */
export function searchableText(text: string): string {
  return words(text).join(' ');
}

/** The Snowball stem of every word, separated by single spaces. */
export function searchableStems(text: string): string {
  return stems(text).join(' ');
}
