/**
 * A tag is a word that goes into addresses (`/tags/<tag>`) and filters, so it is limited to
 * letters, digits and hyphens in any script, and stored in lower case: "Memorial" and
 * "memorial" are one tag.
 */
export const TAG_PATTERN = /^[\p{L}\p{N}-]{1,60}$/u;
export const MAX_TAG_LENGTH = 60;

export function isTag(value: unknown): value is string {
  return typeof value === 'string' && TAG_PATTERN.test(value);
}

/** The tag as stored and linked, or null when the value cannot be a tag. */
export function tagOf(value: unknown): string | null {
  return isTag(value) ? value.normalize('NFC').toLowerCase() : null;
}
