/**
 * Markdown-lite: how the body of a source text is stored. Each block becomes one segment, so
 * the block rules decide what translators see as a unit of work.
 *
 * Blocks are separated by blank lines:
 * - `# `, `## `, `### ` heading (`####`–`######` become level 3), always a block of its own;
 * - `- `, `* `, `+ ` or `1. ` / `1) ` list item, one block per line;
 * - `> ` quote, consecutive quote lines are one block;
 * - any other consecutive lines are one paragraph joined with a space, unless the body has
 *   no blank line at all: pasted web text tends to put one paragraph on each line.
 *
 * Escapes: a backslash at the very start of a line before `\ - * + # >` or a digit is
 * removed and the line is paragraph text (`\- not a list`, `\1. not a list`, `\\-` for a
 * literal `\-`). Escapes mean nothing anywhere else in a line.
 *
 * Inline markup stays inside `text` for translators to keep: `[text](http(s)://url)`,
 * `*em*`, `_em_`, `**strong**`. Nothing else is special.
 */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote';

export interface SourceBlock {
  kind: BlockKind;
  /** Without the block marker, inline markup kept. */
  text: string;
  level?: 1 | 2 | 3;
  ordered?: boolean;
  number?: number;
}

const HEADING = /^(#{1,6}) (.+)$/;
const BULLET = /^[-*+] (.+)$/;
const ORDERED = /^(\d{1,9})[.)] (.+)$/;
const QUOTE = /^> (.+)$/;
const ESCAPED = /^\\(?=[-*+#>\\\d])/;
// Control characters other than whitespace come from copy-paste and broken encoders; they
// would make two identical-looking segments differ.
const CONTROL = /[^\P{Cc}\s]/gu;

/** NFC, one space for any run of whitespace (newlines included), no control characters. */
export function cleanInline(text: string): string {
  return text.normalize('NFC').replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

type Line =
  | { kind: 'blank' }
  | { kind: 'text'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'block'; block: SourceBlock };

function classify(raw: string): Line {
  const line = cleanInline(raw);
  if (line === '') return { kind: 'blank' };
  if (ESCAPED.test(line)) return { kind: 'text', text: line.slice(1) };
  const heading = HEADING.exec(line);
  if (heading) {
    const level = Math.min(heading[1]!.length, 3) as 1 | 2 | 3;
    return { kind: 'block', block: { kind: 'heading', text: heading[2]!, level } };
  }
  const bullet = BULLET.exec(line);
  if (bullet)
    return { kind: 'block', block: { kind: 'list-item', text: bullet[1]!, ordered: false } };
  const ordered = ORDERED.exec(line);
  if (ordered) {
    const number = Number(ordered[1]);
    return {
      kind: 'block',
      block: { kind: 'list-item', text: ordered[2]!, ordered: true, number },
    };
  }
  const quote = QUOTE.exec(line);
  if (quote) return { kind: 'quote', text: quote[1]! };
  return { kind: 'text', text: line };
}

export function parseBlocks(body: string): SourceBlock[] {
  const lines = body
    .normalize('NFC')
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map(classify);
  const first = lines.findIndex((line) => line.kind !== 'blank');
  const last = lines.findLastIndex((line) => line.kind !== 'blank');
  const lineParagraphs = !lines.slice(first, last + 1).some((line) => line.kind === 'blank');

  const blocks: SourceBlock[] = [];
  let open: SourceBlock | null = null;
  for (const line of lines) {
    if (line.kind === 'text' || line.kind === 'quote') {
      const kind = line.kind === 'text' ? 'paragraph' : 'quote';
      if (open && open.kind === kind && !(kind === 'paragraph' && lineParagraphs)) {
        open.text += ` ${line.text}`;
      } else {
        open = { kind, text: line.text };
        blocks.push(open);
      }
      continue;
    }
    open = null;
    if (line.kind === 'block') blocks.push(line.block);
  }
  return blocks;
}

/** Whether a paragraph starting with this text would be read as something else. */
function needsEscape(text: string): boolean {
  return (
    ESCAPED.test(text) ||
    HEADING.test(text) ||
    BULLET.test(text) ||
    ORDERED.test(text) ||
    QUOTE.test(text)
  );
}

/** Paragraph text as a line that parses back to the same paragraph. */
export function escapeLineStart(text: string): string {
  return needsEscape(text) ? `\\${text}` : text;
}

function serializeBlock(block: SourceBlock, text: string): string {
  switch (block.kind) {
    case 'heading': {
      const level = block.level === 2 || block.level === 3 ? block.level : 1;
      return `${'#'.repeat(level)} ${text}`;
    }
    case 'list-item': {
      if (!block.ordered) return `- ${text}`;
      const number = block.number ?? 1;
      return `${Number.isSafeInteger(number) && number >= 0 && number <= 999_999_999 ? number : 1}. ${text}`;
    }
    case 'quote':
      return `> ${text}`;
    default:
      return escapeLineStart(text);
  }
}

/**
 * Canonical Markdown-lite, one blank line between blocks. Block text is cleaned as the
 * parser would clean it, and blocks without text are left out: an empty segment is nothing
 * to translate.
 */
export function serializeBlocks(blocks: readonly SourceBlock[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    const text = cleanInline(block.text);
    if (text !== '') lines.push(serializeBlock(block, text));
  }
  return lines.join('\n\n');
}

export function normaliseBody(body: string): string {
  return serializeBlocks(parseBlocks(body));
}

// One level of parentheses inside a URL is common (Wikipedia titles) and kept.
const HREF = String.raw`https?:\/\/(?:[^\s()]|\([^\s()]*\))+`;
export const LINK = new RegExp(String.raw`\[([^\[\]]+)\]\((${HREF})\)`, 'g');
const WHOLE_HREF = new RegExp(String.raw`^${HREF}$`);
// Strong text never runs across another `**`, which also keeps the scan linear.
export const STRONG = /\*\*([^\s*](?:(?:[^*]|\*(?!\*))*?[^\s*])?)\*\*/g;
export const STAR_EM = /\*([^\s*](?:[^*]*?[^\s*])?)\*/g;
// `_` only emphasises at word edges, so snake_case and ___ lines stay as they are.
export const UNDERSCORE_EM = /(^|[^\p{L}\p{N}_])_([^\s_](?:[^_]*?[^\s_])?)_(?![\p{L}\p{N}_])/gu;

/** Text without inline markup, for titles, search and QA. */
export function inlineToPlainText(text: string): string {
  return cleanInline(
    text
      .replace(LINK, '$1')
      .replace(STRONG, '$1')
      .replace(STAR_EM, '$1')
      .replace(UNDERSCORE_EM, '$1$2'),
  );
}

/** Markup around the text with its outer spaces left outside, where markup needs them. */
function wrapCore(text: string, wrap: (core: string) => string): string {
  const core = text.trim();
  if (core === '') return text;
  const start = text.length - text.trimStart().length;
  return text.slice(0, start) + wrap(core) + text.slice(start + core.length);
}

/**
 * `[text](href)` when Markdown-lite can carry the link, otherwise the text alone: only
 * http(s) links are links, and brackets in the text would end it early.
 */
export function linkMarkup(text: string, href: string): string {
  let url = href.trim().replace(/^https?:/i, (scheme) => scheme.toLowerCase());
  url = url.replace(/\s/g, (space) => encodeURIComponent(space));
  if (!WHOLE_HREF.test(url)) url = url.replace(/\(/g, '%28').replace(/\)/g, '%29');
  if (!WHOLE_HREF.test(url) || /[[\]]/.test(text)) return text;
  return wrapCore(text, (core) => `[${core}](${url})`);
}

/** `*text*` or `**text**`: emphasis has to start and end next to a letter, not a space. */
export function emphasisMarkup(text: string, marker: '*' | '**'): string {
  return wrapCore(text, (core) => `${marker}${core}${marker}`);
}
