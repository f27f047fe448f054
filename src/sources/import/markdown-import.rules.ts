import MarkdownIt, { type Token } from 'markdown-it';
import { normaliseBody, parseBlocks, serializeBlocks } from '../source-blocks.rules.js';
import { BlockCollector } from './block-collector.rules.js';
import { ImportError } from './import-error.rules.js';
import { hideUnusableMarkers, restoreMarkers } from './markdown-stand-ins.rules.js';
import { htmlToBody } from './html-import.rules.js';
import { plainTextToBody } from './text-import.rules.js';

// Nothing is ever rendered from these tokens. Raw HTML is tokenised (html: true) only so that
// it can be dropped: with html off, markdown-it would hand "<div>" over as text to translate.
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });
// Every link is tokenised so that a javascript: link loses its markup rather than staying
// behind as literal "[text](javascript:…)"; linkMarkup keeps http(s) links only.
markdown.validateLink = () => true;
/**
 * The deepest token level accepted: 30 nested quotes, 15 nested lists. markdown-it drops text
 * silently at its own limit (100), and each level costs a token per line, so 97 nested quotes
 * cost seven times ordinary prose; no real text nests a tenth as deep.
 */
const MAX_MARKDOWN_LEVEL = 32;

/** One markdown-it inline token list into the collector's current block. */
function inline(children: readonly Token[], blocks: BlockCollector): void {
  for (const token of children) {
    switch (token.type) {
      case 'text':
      case 'code_inline':
        blocks.text(token.content);
        break;
      case 'softbreak':
      case 'hardbreak':
        blocks.text(' ');
        break;
      case 'image':
        // markdown-it puts the alt text in `content`, with its own markup already removed.
        blocks.text(token.content);
        break;
      case 'em_open':
        blocks.openInline('em');
        break;
      case 'em_close':
        blocks.closeInline('em');
        break;
      case 'strong_open':
        blocks.openInline('strong');
        break;
      case 'strong_close':
        blocks.closeInline('strong');
        break;
      case 'link_open':
        blocks.openInline('link', String(token.attrGet('href') ?? ''));
        break;
      case 'link_close':
        blocks.closeInline('link');
        break;
      default:
        // html_inline (the tag goes, the text around it stays), strikethrough markers.
        break;
    }
  }
}

function walk(tokens: readonly Token[], blocks: BlockCollector): void {
  let cellsInRow = 0;
  tokens.forEach((token, index) => {
    switch (token.type) {
      case 'heading_open':
        blocks.openHeading(Number(token.tag.slice(1)));
        break;
      case 'bullet_list_open':
        blocks.openList(false);
        break;
      case 'ordered_list_open':
        blocks.openList(true, Number(token.attrGet('start') ?? 1));
        break;
      case 'list_item_open':
        blocks.openItem(token.info ? Number(token.info) : undefined);
        break;
      case 'blockquote_open':
        blocks.openQuote();
        break;
      case 'heading_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
      case 'blockquote_close':
        blocks.close();
        break;
      case 'tr_open':
        blocks.boundary();
        cellsInRow = 0;
        break;
      case 'th_open':
      case 'td_open':
        // A table row is one paragraph; empty cells would only add separators.
        if (tokens[index + 1]?.content.trim()) {
          if (cellsInRow > 0) blocks.text(' | ');
          cellsInRow += 1;
        }
        break;
      case 'th_close':
      case 'td_close':
        break;
      case 'inline':
        inline(token.children ?? [], blocks);
        break;
      case 'fence':
      case 'code_block':
        blocks.embed(parseBlocks(plainTextToBody(token.content)));
        break;
      case 'html_block':
        // Its text is kept through the HTML importer: a README's centred <h1> or a <div> of
        // text is content, the tags and anything like <script> are not.
        blocks.embed(parseBlocks(htmlToBody(token.content)));
        break;
      default:
        // paragraph_open/close, tr_close, table_open/close, hr: all end a block.
        if (token.nesting !== 0 || token.type === 'hr') blocks.boundary();
        break;
    }
  });
}

/**
 * A Markdown document as a Markdown-lite body: paragraphs, headings, flattened lists,
 * quotes, http(s) links and emphasis are kept; code becomes plain text, images their alt
 * text, tables one paragraph per row with cells joined by " | ", rules and raw HTML go.
 */
export function markdownToBody(source: string): string {
  const { text, hidden } = hideUnusableMarkers(source);
  const tokens = markdown.parse(text, {});
  if (hidden) restoreMarkers(tokens);
  // At its nesting limit markdown-it stops reading and silently drops the rest of the text
  // (50 nested list items lost everything after them); refuse long before that.
  if (tokens.some((token) => token.level >= MAX_MARKDOWN_LEVEL))
    throw new ImportError('sources:import-too-deep', { max: MAX_MARKDOWN_LEVEL - 2 });
  const blocks = new BlockCollector();
  walk(tokens, blocks);
  return normaliseBody(serializeBlocks(blocks.finish()));
}
