import { hasCyrillic } from './normalise.rules.js';

/** A word in normal form with its Snowball stem. */
export interface StemmedWord {
  normal: string;
  stem: string;
}

/**
 * Snowball is not perfectly regular: "мемориал" stems to "мемориа" but "мемориалом" to
 * "мемориал", "Алексей" to "алекс" but "Алексея" to "алексе". Stems of four letters or more
 * that differ only by one trailing letter are taken as the same word.
 */
export function sameLexeme(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return shorter.length >= 4 && longer.length === shorter.length + 1 && longer.startsWith(shorter);
}

// What English adds to a noun: the plural and the possessive.
const ENGLISH_INFLECTION = /^(?:s|es|['’]s|s['’])$/u;

function inflects(base: string, word: string): boolean {
  if (word.startsWith(base) && ENGLISH_INFLECTION.test(word.slice(base.length))) return true;
  // "party" → "parties", "party's"
  return (
    base.endsWith('y') &&
    /^(?:ies|ies['’])$/u.test(word.slice(base.length - 1)) &&
    word.startsWith(base.slice(0, -1))
  );
}

/**
 * Whether two English words in normal form are one noun in another number or case ("agent",
 * "agents", "agent's"). Porter stems go further and join other words: "memorial" and
 * "memory", "organisation" and "organise".
 */
export function sameEnglishWord(a: string, b: string): boolean {
  return a === b || inflects(a, b) || inflects(b, a);
}

/** Whether two words are one word of a term: Russian by stem, English by inflection. */
export function sameTermWord(a: StemmedWord, b: StemmedWord): boolean {
  return hasCyrillic(a.normal) || hasCyrillic(b.normal)
    ? sameLexeme(a.stem, b.stem)
    : sameEnglishWord(a.normal, b.normal);
}
