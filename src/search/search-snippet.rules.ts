/*
 * FTS5's snippet() marks matches with strings of our choosing. These two control characters
 * never occur in indexed text (indexedText() drops control characters), so after escaping
 * the snippet as HTML they are the only place a <mark> can come from.
 */
export const SNIPPET_START = '\u0002';
export const SNIPPET_END = '\u0003';
export const SNIPPET_ELLIPSIS = '…';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const MARKED = new RegExp(
  `${SNIPPET_START}([^${SNIPPET_START}${SNIPPET_END}]*)${SNIPPET_END}`,
  'g',
);

/**
 * The snippet as safe HTML: everything escaped, then each well-formed start…end pair turned
 * into <mark>…</mark>; a stray marker, like any other control character, is dropped.
 */
export function snippetHtml(snippet: string): string {
  return snippet
    .replace(/[&<>"']/g, (char) => ESCAPES[char]!)
    .replace(MARKED, (_, words: string) => (words ? `<mark>${words}</mark>` : ''))
    .replace(/\p{Cc}/gu, '');
}
