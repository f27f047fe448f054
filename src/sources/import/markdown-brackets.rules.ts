/**
 * markdown-it reads a `[` slowly: each one starts a link label that scans ahead for its `]`,
 * so a megabyte of `[` cost twelve times ordinary prose. A `[` that no `]` can close never
 * opens a link, so before parsing it is swapped for a stand-in that markdown-it reads as plain
 * punctuation (emphasis next to it flanks alike), and swapped back in every token afterwards.
 */
import type { Token } from 'markdown-it';

/** Unicode punctuation (Po) as `[` is, and not a Markdown delimiter. */
const STAND_IN = '\u2E16';
// markdown-it percent-encodes link targets; `[` becomes %5B there, the stand-in its UTF-8.
const STAND_IN_ENCODED = /%E2%B8%96/gi;

/**
 * Which `[` can never be closed. Each `]` closes the latest open `[`; a backtick or `<` keeps
 * every `[` open before it, because markdown-it skips code spans, autolinks and tags whole
 * while matching brackets, and a `[` inside one must not take the `]` of a link around it.
 * An escaped `\[` is left as it is.
 */
export function hideUnclosableBrackets(source: string): { text: string; hidden: boolean } {
  if (source.includes(STAND_IN)) return { text: source, hidden: false };
  const open: number[] = [];
  let backslashes = 0;
  for (let i = 0; i < source.length; i += 1) {
    const char = source.charCodeAt(i);
    if (char === 0x5b /* [ */ && backslashes % 2 === 0) open.push(i);
    else if (char === 0x5d /* ] */) open.pop();
    else if (char === 0x60 /* ` */ || char === 0x3c /* < */) open.length = 0;
    backslashes = char === 0x5c /* \ */ ? backslashes + 1 : 0;
  }
  if (open.length === 0) return { text: source, hidden: false };
  const pieces: string[] = [];
  let from = 0;
  for (const at of open) {
    pieces.push(source.slice(from, at), STAND_IN);
    from = at + 1;
  }
  pieces.push(source.slice(from));
  return { text: pieces.join(''), hidden: true };
}

const restore = (text: string): string =>
  text.includes(STAND_IN) ? text.replaceAll(STAND_IN, '[') : text;

/** Puts every hidden `[` back, in text, code, raw HTML and link targets alike. */
export function restoreBrackets(tokens: readonly Token[]): void {
  for (const token of tokens) {
    token.content = restore(token.content);
    for (const attr of token.attrs ?? [])
      attr[1] = restore(String(attr[1])).replace(STAND_IN_ENCODED, '%5B');
    if (token.children) restoreBrackets(token.children);
  }
}
