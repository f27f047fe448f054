/**
 * The one normal form used wherever texts are compared: translation memory, term matching,
 * search. SQLite folds neither Cyrillic case in LIKE nor ё/е anywhere, so we fold here.
 */
export function normaliseText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** Words of a text in normal form, in order (hyphenated words and apostrophes kept whole). */
export function words(text: string): string[] {
  return normaliseText(text).match(WORD) ?? [];
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}
