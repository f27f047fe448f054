/** More names than this in one comment is a broadcast, not a mention: the rest stay plain text. */
export const MAX_MENTIONS = 20;

// An `@` that follows a letter, digit or handle character is inside a word (an e-mail address).
const MENTION = /(?<![\p{L}\p{N}._@-])@([\p{L}\p{N}][\p{L}\p{N}._-]*)/gu;
const TRAILING_PUNCTUATION = /[._-]+$/u;

/**
 * The people a comment names with `@handle`, in order of appearance, each as the spellings to
 * look up, longest first: handles may end in `.`, `_` or `-`, so "@lipa." at the end of a
 * sentence is tried as `lipa.` and then as `lipa`. Which of them exist is for the caller to
 * find out; tokens that cannot be a handle at all are plain text.
 */
export function mentionCandidates(body: string, isHandle: (text: string) => boolean): string[][] {
  const mentions: string[][] = [];
  const seen = new Set<string>();
  for (const match of body.matchAll(MENTION)) {
    const token = match[1]!;
    const trimmed = token.replace(TRAILING_PUNCTUATION, '');
    const candidates = [...new Set([token, trimmed])].filter(isHandle);
    const key = candidates[0]?.normalize('NFC').toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    mentions.push(candidates);
    if (mentions.length === MAX_MENTIONS) break;
  }
  return mentions;
}
