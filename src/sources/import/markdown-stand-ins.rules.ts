/**
 * markdown-it reads some characters slowly: each `[` starts a link label that scans ahead for
 * its `]`, each `*` or `_` run becomes a token of its own, so a megabyte of `[` cost twelve
 * times ordinary prose and `*a **b` seven times. Those that can never take part in a link or
 * emphasis are swapped before parsing for stand-ins that markdown-it reads as plain Unicode
 * punctuation, as it reads the originals (emphasis beside them flanks alike), and swapped back
 * in every token afterwards.
 */
import MarkdownIt, { type Token } from 'markdown-it';

const { isMdAsciiPunct, isPunctCharCode, isWhiteSpace } = new MarkdownIt('zero').utils;

/** Unicode punctuation and no Markdown delimiter; key: the character each stands in for. */
const STAND_INS = { '[': '\u2E16', '*': '\u2E17', _: '\u2E1A' } as const;
type Hidden = keyof typeof STAND_INS;
// markdown-it percent-encodes link targets: `[` becomes %5B there, `*` and `_` stay, and a
// stand-in becomes its UTF-8 bytes.
const ENCODED: Readonly<Record<Hidden, [RegExp, string]>> = {
  '[': [/%E2%B8%96/gi, '%5B'],
  '*': [/%E2%B8%97/gi, '*'],
  _: [/%E2%B8%9A/gi, '_'],
};
const TOUCHED = /[\u2E16\u2E17\u2E1A]|%E2%B8%9[67A]/i;

/**
 * Which `[` can never be closed. Each `]` closes the latest open `[`; a backtick or `<` keeps
 * every `[` open before it, because markdown-it skips code spans, autolinks and tags whole
 * while matching brackets, and a `[` inside one must not take the `]` of a link around it.
 * An escaped `\[` is left as it is.
 */
function unclosableBrackets(source: string): number[] {
  const open: number[] = [];
  let backslashes = 0;
  for (let i = 0; i < source.length; i += 1) {
    const char = source.charCodeAt(i);
    if (char === 0x5b /* [ */ && backslashes % 2 === 0) open.push(i);
    else if (char === 0x5d /* ] */) open.pop();
    else if (char === 0x60 /* ` */ || char === 0x3c /* < */) open.length = 0;
    backslashes = char === 0x5c /* \ */ ? backslashes + 1 : 0;
  }
  return open;
}

const codeBefore = (text: string, at: number): number => {
  if (at <= 0) return 0x20;
  const low = text.charCodeAt(at - 1);
  return at >= 2 && low >= 0xdc00 && low < 0xe000 ? text.codePointAt(at - 2)! : low;
};
const codeAt = (text: string, at: number): number =>
  at < text.length ? text.codePointAt(at)! : 0x20;
const punct = (code: number) => isMdAsciiPunct(code) || isPunctCharCode(code);

// The start of a line up to its content: quote and list markers, where `*` means a list.
const LINE_PREFIX = /[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+[ \t>]*)*/y;
const RULE_LINE = /^[ \t>]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
// A `*` or `_` in a reference label must stay as its uses are.
const LABEL_WITH_DELIMITER = /^[ \t>]*\[[^\]\n]*[*_][^\]\n]*\]:/m;

/**
 * `*` and `_` runs that can match no other run: no run after them can close, none before can
 * open. Judged on the raw source, where a run's neighbour may be a quote or table marker that
 * markdown-it never sees; such a neighbour is punctuation where markdown-it sees a space,
 * which only ever makes a run look able to open or close more, never less. Runs on a rule or
 * among list markers, after a backslash, are never hidden. Each is handed to `hide`.
 */
function unmatchableRuns(
  source: string,
  marker: '*' | '_',
  hide: (start: number, end: number) => void,
): void {
  const code = marker.charCodeAt(0);
  // Flat arrays, not an object per run: a megabyte of `*a **b` has 400,000 runs.
  const starts: number[] = [];
  const ends: number[] = [];
  /** Bit 1: may open, 2: may close, 4: never hidden. */
  const flags: number[] = [];
  let lineEnd = -1;
  let prefixEnd = 0;
  let rule = false;
  for (let i = source.indexOf(marker); i >= 0 && i < source.length; i += 1) {
    if (i > lineEnd) {
      // Once per line holding a run; scans back only over text skipped since the last line.
      const lineStart = source.lastIndexOf('\n', i) + 1;
      const newline = source.indexOf('\n', i);
      lineEnd = newline < 0 ? source.length : newline;
      LINE_PREFIX.lastIndex = lineStart;
      LINE_PREFIX.exec(source);
      prefixEnd = LINE_PREFIX.lastIndex;
      rule = RULE_LINE.test(source.slice(lineStart, lineEnd));
    }
    let end = i;
    while (source.charCodeAt(end) === code) end += 1;
    const before = codeBefore(source, i);
    const after = codeAt(source, end);
    const left = !isWhiteSpace(after) && (!punct(after) || isWhiteSpace(before) || punct(before));
    const right = !isWhiteSpace(before) && (!punct(before) || isWhiteSpace(after) || punct(after));
    const keep = rule || i <= prefixEnd || before === 0x5c;
    starts.push(i);
    ends.push(end);
    flags.push(keep ? 7 : (left ? 1 : 0) | (right ? 2 : 0));
    const next = source.indexOf(marker, end);
    i = next < 0 ? source.length : next - 1;
  }
  const usable = new Uint8Array(flags.length);
  let openerBefore = false;
  for (let k = 0; k < flags.length; k += 1) {
    if (flags[k]! & 2 && openerBefore) usable[k] = 1;
    openerBefore ||= (flags[k]! & 1) !== 0;
  }
  let closerAfter = false;
  for (let k = flags.length - 1; k >= 0; k -= 1) {
    if (flags[k]! & 1 && closerAfter) usable[k] = 1;
    closerAfter ||= (flags[k]! & 2) !== 0;
  }
  for (let k = 0; k < flags.length; k += 1)
    if (!(flags[k]! & 4) && !usable[k]) hide(starts[k]!, ends[k]!);
}

/** The source with every unusable `[`, `*` and `_` swapped for its stand-in. */
export function hideUnusableMarkers(source: string): { text: string; hidden: boolean } {
  if (TOUCHED.test(source)) return { text: source, hidden: false };
  // Stand-ins are one code unit each, so the text keeps its length and offsets.
  let codes: Uint16Array | null = null;
  const swap = (start: number, end: number, by: string) => {
    if (!codes) {
      codes = new Uint16Array(source.length);
      for (let i = 0; i < source.length; i += 1) codes[i] = source.charCodeAt(i);
    }
    codes.fill(by.charCodeAt(0), start, end);
  };
  for (const at of unclosableBrackets(source)) swap(at, at + 1, STAND_INS['[']);
  if (!LABEL_WITH_DELIMITER.test(source))
    for (const marker of ['*', '_'] as const)
      unmatchableRuns(source, marker, (start, end) => swap(start, end, STAND_INS[marker]));
  if (!codes) return { text: source, hidden: false };
  const filled: Uint16Array = codes;
  const pieces: string[] = [];
  for (let i = 0; i < filled.length; i += 8192)
    pieces.push(String.fromCharCode(...filled.subarray(i, i + 8192)));
  return { text: pieces.join(''), hidden: true };
}

function restore(text: string, encoded = false): string {
  if (!TOUCHED.test(text)) return text;
  let out = text;
  for (const [original, standIn] of Object.entries(STAND_INS) as [Hidden, string][]) {
    out = out.replaceAll(standIn, original);
    if (encoded) out = out.replace(...ENCODED[original]);
  }
  return out;
}

/** Puts every hidden character back, in text, code, raw HTML and link targets alike. */
export function restoreMarkers(tokens: readonly Token[]): void {
  for (const token of tokens) {
    token.content = restore(token.content);
    for (const attr of token.attrs ?? []) attr[1] = restore(String(attr[1]), true);
    if (token.children) restoreMarkers(token.children);
  }
}
