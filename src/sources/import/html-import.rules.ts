import { Parser } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';
import { cleanInline, normaliseBody, serializeBlocks } from '../source-blocks.rules.js';
import { BlockCollector } from './block-collector.rules.js';

// Containers whose text flows into paragraphs: turning them into <p> keeps the line break
// between two <div>s that would otherwise run their words together.
const PARAGRAPH_LIKE = [
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'figure',
  'figcaption',
  'address',
  'details',
  'summary',
  'dl',
  'dt',
  'dd',
  'pre',
  'center',
  'form',
  'fieldset',
  'legend',
  'hr',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
];

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'blockquote',
  ].concat(['a', 'em', 'i', 'strong', 'b']),
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Dropped with everything inside them: code, styles, embedded documents, icon titles.
  nonTextTags: [
    'script',
    'style',
    'noscript',
    'iframe',
    'template',
    'textarea',
    'option',
    'select',
    'title',
    'svg',
    'math',
    'object',
    'noembed',
    'noframes',
    'xmp',
  ],
  transformTags: Object.fromEntries(PARAGRAPH_LIKE.map((tag) => [tag, 'p'])),
};

/**
 * Removes `<!DOCTYPE …>` including an internal subset `[ <!ENTITY …> ]`. HTML parsers end a
 * declaration at its first `>`, which would leave the rest of the subset behind as text.
 * Entities declared there are never expanded: only the standard HTML ones are.
 */
function stripDoctypes(html: string): string {
  let out = '';
  let from = 0;
  const start = /<!doctype/gi;
  for (let match = start.exec(html); match; match = start.exec(html)) {
    out += html.slice(from, match.index);
    let i = match.index + match[0].length;
    let quote = '';
    let subset = false;
    for (; i < html.length; i += 1) {
      const char = html[i];
      if (quote) {
        if (char === quote) quote = '';
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '[') subset = true;
      else if (char === ']') subset = false;
      else if (char === '>' && !subset) break;
    }
    from = i + 1;
    start.lastIndex = from;
  }
  return out + html.slice(from);
}

const HEADING = /^h([1-6])$/;

/** Walks sanitised HTML, whose only elements are the ones handled here. */
function collect(clean: string): BlockCollector {
  const blocks = new BlockCollector();
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const heading = HEADING.exec(name);
        if (heading) blocks.openHeading(Number(heading[1]));
        else if (name === 'ul' || name === 'ol') blocks.openList(name === 'ol');
        else if (name === 'li') blocks.openItem();
        else if (name === 'blockquote') blocks.openQuote();
        else if (name === 'a') blocks.openInline('link', attributes['href'] ?? '');
        else if (name === 'em' || name === 'i') blocks.openInline('em');
        else if (name === 'strong' || name === 'b') blocks.openInline('strong');
        else if (name === 'br') blocks.text(' ');
        else blocks.boundary();
      },
      onclosetag(name) {
        if (HEADING.test(name) || ['ul', 'ol', 'li', 'blockquote'].includes(name)) blocks.close();
        else if (name === 'a') blocks.closeInline('link');
        else if (name === 'em' || name === 'i') blocks.closeInline('em');
        else if (name === 'strong' || name === 'b') blocks.closeInline('strong');
        else if (name !== 'br') blocks.boundary();
      },
      ontext(text) {
        blocks.text(text);
      },
    },
    { decodeEntities: true },
  );
  parser.end(clean);
  return blocks;
}

/** An HTML page or fragment as a Markdown-lite body. */
export function htmlToBody(html: string): string {
  const clean = sanitizeHtml(stripDoctypes(html), SANITIZE);
  return normaliseBody(serializeBlocks(collect(clean).finish()));
}

/** The text of the page's `<title>`, if it has one with any text. */
export function htmlTitle(html: string): string | null {
  let title: string[] | null = null;
  let inTitle = false;
  let foreign = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'svg' || name === 'math') foreign += 1;
        else if (name === 'title' && foreign === 0 && title === null) {
          inTitle = true;
          title = [];
        }
      },
      onclosetag(name) {
        if (name === 'svg' || name === 'math') foreign = Math.max(0, foreign - 1);
        else if (name === 'title') inTitle = false;
      },
      ontext(text) {
        if (inTitle) title?.push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.end(stripDoctypes(html));
  const text = cleanInline((title ?? []).join(''));
  return text === '' ? null : text;
}
