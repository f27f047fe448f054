import { Parser } from 'htmlparser2';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  selfClosing?: boolean;
}

/**
 * A strict-enough XML reader for feeds and sitemaps in tests: it throws on a missing XML
 * declaration, a tag closed out of order or left open, text outside the root and a bare `&`
 * that starts no entity, and returns the element tree.
 */
export function parseXml(source: string): XmlElement {
  if (!source.startsWith('<?xml version="1.0" encoding=')) throw new Error('no XML declaration');
  const bare = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(source);
  if (bare) throw new Error(`bare ampersand at ${bare.index}`);
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  const problems: string[] = [];
  let closed = 0;
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        const selfClosing = source[parser.endIndex - 1] === '/';
        const element: XmlElement = { name, attributes, children: [], text: '', selfClosing };
        stack.at(-1)!.children.push(element);
        stack.push(element);
      },
      onclosetag(name, implied) {
        const open = stack.pop();
        if (!implied) closed += 1;
        // The parser closes what is left open itself ("implied"); only `<x/>` may be closed so.
        if (open?.name !== name || (implied && !open.selfClosing))
          problems.push(`</${name}> closes <${open?.name}>`);
      },
      ontext(text) {
        const top = stack.at(-1)!;
        if (top === root && text.trim()) problems.push(`text outside the root: ${text.trim()}`);
        top.text += decode(text);
      },
    },
    { xmlMode: true, decodeEntities: false, recognizeSelfClosing: true },
  );
  parser.write(source);
  parser.end();
  // A closing tag that matches nothing open is dropped by the parser without a word.
  const closingTags = source.match(/<\/[^>]+>/g)?.length ?? 0;
  if (closingTags !== closed) problems.push(`${closingTags - closed} stray closing tags`);
  if (stack.length !== 1) problems.push(`unclosed <${stack.at(-1)!.name}>`);
  if (root.children.length !== 1) problems.push(`${root.children.length} root elements`);
  if (problems.length) throw new Error(problems.join('; '));
  return root.children[0]!;
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&');
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

export function childText(element: XmlElement, name: string): string | undefined {
  return childrenNamed(element, name)[0]?.text;
}
