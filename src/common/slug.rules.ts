import iuliia from 'iuliia';

/** Latin letters that Unicode decomposition does not reduce to ASCII. */
const LATIN_EXTRAS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** What every slug looks like, in the URLs the reader site answers and in the forms that set one. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The readable part of a URL from a title in either language. Cyrillic goes through
 * iuliia's Wikipedia scheme, the one English-language readers know from news coverage
 * ("Навальный" → "navalny"); anything that is not a–z or 0–9 then becomes a single hyphen.
 * Long titles are cut at a word boundary. Callers keep slugs unique themselves.
 */
export function slugify(title: string, maxLength = 80): string {
  const latin = iuliia
    .translate(title.normalize('NFC'), iuliia.WIKIPEDIA)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøłđðþı]/g, (letter) => LATIN_EXTRAS[letter] ?? '')
    // "Navalny's" reads better as "navalnys" than as "navalny-s".
    .replace(/['’ʼ]/g, '');
  const slug = latin.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return cut(slug, Math.max(1, Math.floor(maxLength))) || 'text';
}

function cut(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const head = slug.slice(0, maxLength + 1);
  const boundary = head.lastIndexOf('-');
  // A single word longer than the limit is cut where the limit falls.
  return (boundary > 0 ? head.slice(0, boundary) : slug.slice(0, maxLength)).replace(/-+$/, '');
}
