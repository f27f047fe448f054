import { renderInlineMarkdown } from '../common/text/markdown.rules.js';
import type {
  PublishedBlock,
  PublishedExplainer,
  PublishedFootnote,
} from './publication-content.rules.js';

export interface RenderedBlock {
  kind: PublishedBlock['kind'];
  /** h2/h3 for headings: the title is the page's h1. */
  tag: 'p' | 'h2' | 'h3' | 'h4' | 'li' | 'blockquote';
  html: string;
  originalHtml: string;
  /** Explainers whose term first occurs in this block, shown right after it. */
  explainers: PublishedExplainer[];
}

interface Mark {
  start: number;
  end: number;
  open: string;
  close: string;
}

/**
 * The reader's HTML of a publication's blocks: inline Markdown rendered safely (raw HTML is
 * never passed through), footnote markers after their spans as accessible links, and the first
 * occurrence of an explained term linked to its note. Spans are cut out of the text before
 * rendering, so markers never pass through the Markdown renderer.
 */
export function renderArticleBlocks(
  blocks: PublishedBlock[],
  footnotes: PublishedFootnote[],
  explainers: PublishedExplainer[],
): RenderedBlock[] {
  return blocks.map((block, index) => {
    const marks: Mark[] = [];
    // An explainer whose term could not be found in the translation gets no link, only its note.
    for (const e of explainers.filter((x) => x.blockIndex === index && x.start < x.end)) {
      marks.push({
        start: e.start,
        end: e.end,
        open: `<a class="explainer-term" href="#explainer-${e.explainerId}">`,
        close: '</a>',
      });
    }
    for (const f of footnotes.filter((x) => x.blockIndex === index)) {
      marks.push({
        start: f.end,
        end: f.end,
        open: `<sup class="footnote-ref"><a href="#fn-${f.number}" id="fnref-${f.number}" aria-describedby="footnotes-heading">${f.number}</a></sup>`,
        close: '',
      });
    }
    return {
      kind: block.kind,
      tag: tagOf(block),
      html: renderWithMarks(block.text, marks),
      originalHtml: renderInlineMarkdown(block.original),
      explainers: explainers.filter((x) => x.blockIndex === index),
    };
  });
}

function tagOf(block: PublishedBlock): RenderedBlock['tag'] {
  if (block.kind === 'heading')
    return (['h2', 'h3', 'h4'] as const)[Math.min(3, Math.max(1, block.level ?? 1)) - 1]!;
  if (block.kind === 'list-item') return 'li';
  if (block.kind === 'quote') return 'blockquote';
  return 'p';
}

function renderWithMarks(text: string, marks: Mark[]): string {
  const clamp = (n: number) => Math.min(Math.max(0, n), text.length);
  const points = [
    ...new Set([0, text.length, ...marks.flatMap((m) => [clamp(m.start), clamp(m.end)])]),
  ].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i < points.length; i++) {
    const at = points[i]!;
    // Closing before opening at the same point keeps the markup well nested.
    html += marks
      .filter((m) => clamp(m.end) === at && m.start !== m.end)
      .map((m) => m.close)
      .join('');
    html += marks
      .filter((m) => clamp(m.start) === at && m.start === m.end)
      .map((m) => m.open)
      .join('');
    html += marks
      .filter((m) => clamp(m.start) === at && m.start !== m.end)
      .map((m) => m.open)
      .join('');
    const next = points[i + 1];
    if (next !== undefined && next > at) html += renderPiece(text.slice(at, next));
  }
  return html;
}

// The Markdown renderer trims a piece's edges; the spaces around a mark belong to the text.
function renderPiece(piece: string): string {
  const [, lead = '', body = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(piece) ?? [];
  return `${lead ? ' ' : ''}${body ? renderInlineMarkdown(body) : ''}${trail && body ? ' ' : ''}`;
}

export interface ListGroup {
  list: boolean;
  blocks: RenderedBlock[];
}

/** Consecutive list items belong in one list element. */
export function groupLists(blocks: RenderedBlock[]): ListGroup[] {
  const groups: ListGroup[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.tag === 'li' && last?.list) last.blocks.push(block);
    else groups.push({ list: block.tag === 'li', blocks: [block] });
  }
  return groups;
}
