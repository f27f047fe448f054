import { hasCyrillic, words } from '../common/text/normalise.rules.js';
import { stemWord } from '../common/text/stemmer.rules.js';

/** What search needs of a name-list entry. */
export interface ListedName {
  cyrillic: string;
  spelling: string;
  variants: readonly string[];
}

/**
 * The query expansions the name list gives, for `buildMatchQuery`: a query word that is a word
 * of a Latin spelling or variant adds the Cyrillic name, and a word of the Cyrillic name adds
 * the spellings, so "Navalny" finds "Навальный" and "Навального" finds "Navalny". When both
 * forms have as many words, words are paired by position ("Alexei Navalny" ↔ "Алексей
 * Навальный": "navalny" adds "навальный" alone, which texts naming only the surname contain);
 * otherwise the whole other form is added as a phrase.
 * Russian names are inflected, so a Cyrillic query word also matches by its stem, and by being
 * the stem of a listed word's form ("Орлова" → "орлов"; Snowball cuts "Орлов" to "орл").
 */
export function nameExpansions(names: readonly ListedName[]): (word: string) => string[] {
  const index = new Map<string, Set<string>>();
  const add = (key: string, expansion: string) => {
    const set = index.get(key) ?? new Set<string>();
    set.add(expansion);
    index.set(key, set);
  };
  for (const name of names) {
    const cyrillic = words(name.cyrillic);
    if (cyrillic.length === 0) continue;
    for (const latinForm of [name.spelling, ...name.variants]) {
      const latin = words(latinForm);
      if (latin.length === 0) continue;
      const paired = latin.length === cyrillic.length;
      latin.forEach((word, i) => {
        add(latinKey(word), paired ? cyrillic[i]! : cyrillic.join(' '));
      });
      cyrillic.forEach((word, i) => {
        for (const k of cyrillicKeys(word)) add(k, paired ? latin[i]! : latin.join(' '));
      });
    }
  }
  return (word) => {
    const keys = hasCyrillic(word)
      ? [...cyrillicKeys(word), `w:${stemWord(word)}`]
      : [latinKey(word)];
    const found = new Set(keys.flatMap((k) => [...(index.get(k) ?? [])]));
    found.delete(word);
    return [...found];
  };
}

/** "navalny’s" is "navalny". */
function latinKey(word: string): string {
  return `l:${word.replace(/['’]s$/u, '')}`;
}

/** A word of a Cyrillic name is found as itself and by its stem. */
function cyrillicKeys(word: string): string[] {
  return hasCyrillic(word) ? [`w:${word}`, `s:${stemWord(word)}`] : [latinKey(word)];
}
