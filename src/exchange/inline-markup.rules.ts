import { LINK, STAR_EM, STRONG, UNDERSCORE_EM } from '../sources/source-blocks.rules.js';

/**
 * Markdown-lite inline markup (`**strong**`, `*em*`, `_em_`, `[text](url)`) as the spans that
 * XLIFF carries as `<g>`: CAT tools show them as tags that translators move but cannot break.
 * Spans are numbered in source order; a target refers to the source's span by that number, so
 * a link's address always comes from the source and cannot be changed in a file.
 */
export type SpanKind = 'bold' | 'italic' | 'link';

export interface Span {
  id: number;
  kind: SpanKind;
  href?: string;
  children: Inline[];
}

export type Inline = string | Span;

interface Found {
  index: number;
  length: number;
  kind: SpanKind;
  inner: string;
  href?: string;
}

const PATTERNS: { re: RegExp; kind: SpanKind }[] = [
  { re: LINK, kind: 'link' },
  { re: STRONG, kind: 'bold' },
  { re: STAR_EM, kind: 'italic' },
  { re: UNDERSCORE_EM, kind: 'italic' },
];

function earliest(text: string, from: number): Found | null {
  let best: Found | null = null;
  for (const { re, kind } of PATTERNS) {
    const pattern = new RegExp(re.source, re.flags);
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    if (!m) continue;
    // The underscore pattern captures the character before the opening `_`.
    const lead = kind === 'italic' && re === UNDERSCORE_EM ? m[1]!.length : 0;
    const found: Found =
      kind === 'link'
        ? { index: m.index, length: m[0].length, kind, inner: m[1]!, href: m[2]! }
        : re === UNDERSCORE_EM
          ? { index: m.index + lead, length: m[0].length - lead, kind, inner: m[2]! }
          : { index: m.index, length: m[0].length, kind, inner: m[1]! };
    if (!best || found.index < best.index) best = found;
  }
  return best;
}

/** The spans of a Markdown-lite text, numbered from 1 in order of their opening. */
export function parseInline(text: string): Inline[] {
  let next = 1;
  const parse = (part: string): Inline[] => {
    const out: Inline[] = [];
    let at = 0;
    for (let found = earliest(part, at); found; found = earliest(part, at)) {
      if (found.index > at) out.push(part.slice(at, found.index));
      const span: Span = { id: next++, kind: found.kind, children: [] };
      if (found.href !== undefined) span.href = found.href;
      span.children = parse(found.inner);
      out.push(span);
      at = found.index + found.length;
    }
    if (at < part.length) out.push(part.slice(at));
    return out;
  };
  return parse(text);
}

/** Markdown-lite for spans and text. */
export function renderInline(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return node;
      const inner = renderInline(node.children);
      if (node.kind === 'link') return `[${inner}](${node.href})`;
      return node.kind === 'bold' ? `**${inner}**` : `*${inner}*`;
    })
    .join('');
}

/** Every span of a tree by its number. */
export function spansById(nodes: readonly Inline[], into = new Map<number, Span>()) {
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    into.set(node.id, node);
    spansById(node.children, into);
  }
  return into;
}
