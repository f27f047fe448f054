import snowball from 'snowball-stemmers';
import { hasCyrillic, words } from './normalise.rules.js';

const russian = snowball.newStemmer('russian');
const english = snowball.newStemmer('english');

/**
 * Snowball stem of one word in normal form. The script decides the stemmer, not the text's
 * declared language: Russian texts quote English names and English texts quote Russian terms.
 */
export function stemWord(word: string): string {
  return hasCyrillic(word) ? russian.stem(word) : english.stem(word);
}

/** Stems of every word of a text, in order. */
export function stems(text: string): string[] {
  return words(text).map(stemWord);
}
