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

interface Run {
  start: number;
  length: number;
  /** Flanking as markdown-it judges it, or both when in doubt. */
  opens: boolean;
  closes: boolean;
  keep: boolean;
}

/**
 * `*` and `_` runs that can match no other run: no run after them can close, none before can
 * open. Judged on the raw source, where a run's neighbour may be a quote or table marker that
 * markdown-it never sees; such a neighbour is punctuation where markdown-it sees a space,
 * which only ever makes a run look able to open or close more, never less. Runs on a rule or
 * among list markers, after a backslash, are never hidden.
 */
function unmatchableRuns(source: string, marker: '*' | '_'): Run[] {
  const code = marker.charCodeAt(0);
  const runs: Run[] = [];
  let lineStart = 0;
  let prefixEnd = 0;
  let rule = false;
  for (let i = 0; i < source.length; i += 1) {
    if (i === lineStart) {
      LINE_PREFIX.lastIndex = i;
      LINE_PREFIX.exec(source);
      prefixEnd = LINE_PREFIX.lastIndex;
      const end = source.indexOf('\n', i);
      const lineEnd = end < 0 ? source.length : end;
      rule = RULE_LINE.test(source.slice(i, lineEnd));
    }
    const char = source.charCodeAt(i);
    if (char === 0x0a) {
      lineStart = i + 1;
      continue;
    }
    if (char !== code) continue;
    let end = i;
    while (source.charCodeAt(end) === code) end += 1;
    const before = codeBefore(source, i);
    const after = codeAt(source, end);
    const left = !isWhiteSpace(after) && (!punct(after) || isWhiteSpace(before) || punct(before));
    const right = !isWhiteSpace(before) && (!punct(before) || isWhiteSpace(after) || punct(after));
    const keep = rule || i <= prefixEnd || before === 0x5c;
    runs.push({ start: i, length: end - i, opens: left || keep, closes: right || keep, keep });
    i = end - 1;
  }
  const usable = runs.map(() => false);
  let openerBefore = false;
  runs.forEach((run, k) => {
    if (run.closes && openerBefore) usable[k] = true;
    openerBefore ||= run.opens;
  });
  let closerAfter = false;
  for (let k = runs.length - 1; k >= 0; k -= 1) {
    if (runs[k]!.opens && closerAfter) usable[k] = true;
    closerAfter ||= runs[k]!.closes;
  }
  return runs.filter((run, k) => !run.keep && !usable[k]);
}

/** The source with every unusable `[`, `*` and `_` swapped for its stand-in. */
export function hideUnusableMarkers(source: string): { text: string; hidden: boolean } {
  if (TOUCHED.test(source)) return { text: source, hidden: false };
  const swaps: { at: number; length: number; by: string }[] = unclosableBrackets(source).map(
    (at) => ({ at, length: 1, by: STAND_INS['['] }),
  );
  if (!LABEL_WITH_DELIMITER.test(source))
    for (const marker of ['*', '_'] as const)
      for (const run of unmatchableRuns(source, marker))
        swaps.push({ at: run.start, length: run.length, by: STAND_INS[marker].repeat(run.length) });
  if (swaps.length === 0) return { text: source, hidden: false };
  swaps.sort((a, b) => a.at - b.at);
  const pieces: string[] = [];
  let from = 0;
  for (const swap of swaps) {
    pieces.push(source.slice(from, swap.at), swap.by);
    from = swap.at + swap.length;
  }
  pieces.push(source.slice(from));
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
