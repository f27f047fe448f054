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

const MARKERS = new RegExp(`[${SNIPPET_START}${SNIPPET_END}]`, 'g');

/**
 * PostgreSQL's ts_headline ends a fragment on its last word and drops what follows it, so a
 * closing quote or a full stop is lost (`«кавычки»` becomes `«кавычки`). This gives the
 * fragment back the punctuation that follows it in the text, up to the next space or word.
 */
export function withTrailingPunctuation(headline: string, text: string): string {
  const plain = headline.replace(MARKERS, '');
  if (!plain) return headline;
  const at = text.indexOf(plain);
  if (at < 0) return headline;
  const after = /^[^\p{L}\p{N}\s]*/u.exec(text.slice(at + plain.length))?.[0] ?? '';
  return headline + after;
}
