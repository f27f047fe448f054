import { TextDecoder } from 'node:util';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { DomainError } from '../common/errors/domain-error.js';

/** One element of an exchange file, with its text and children in document order. */
export interface XmlNode {
  name: string;
  uri: string;
  attributes: Record<string, string>;
  children: (XmlNode | string)[];
}

export interface XmlLimits {
  /** Deepest nesting accepted; real CAT files stay under ten levels. */
  maxDepth: number;
  maxBytes: number;
}

export interface XmlRecords {
  /** Local names of the elements handed over whole, one at a time (trans-unit, tu, termEntry). */
  records: ReadonlySet<string>;
  /** Every element that is not inside a record, with its ancestors' names (for headers). */
  onElement?(node: Omit<XmlNode, 'children'>, ancestors: readonly string[]): void;
  onRecord(node: XmlNode, ancestors: readonly string[]): void;
  /**
   * The one DOCTYPE a format may carry that names its DTD and nothing else (TMX's
   * `<!DOCTYPE tmx SYSTEM "tmx14.dtd">`). The DTD is never read; an internal subset never passes.
   */
  allowedDoctype?: RegExp;
  /**
   * Awaited after each slice of the file has been parsed: where records collected so far are
   * written in a batch, so that a large file never has to be held as records all at once.
   */
  afterSlice?(): Promise<void>;
}

export const DEFAULT_XML_LIMITS: XmlLimits = { maxDepth: 64, maxBytes: 50_000_000 };

// Feeding the parser in slices and yielding between them keeps one big import from holding
// the event loop: other requests are answered meanwhile.
const SLICE = 256 * 1024;

const UTF8_LABELS = new Set(['utf-8', 'utf8']);

/**
 * Reads an exchange file as a stream of records. No DTD is ever read or declared: a DOCTYPE is
 * where entity expansion (billion laughs) and external entities (XXE) live, and no format read
 * here needs one. Only UTF-8 is read, and nesting and size are bounded before any work is done.
 */
export async function readXmlRecords(
  bytes: Buffer,
  handlers: XmlRecords,
  limits: XmlLimits = DEFAULT_XML_LIMITS,
): Promise<void> {
  if (bytes.length > limits.maxBytes)
    throw new DomainError('too_large', 'exchange:xml-too-large', { max: limits.maxBytes });
  checkEncodingMark(bytes);
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlNode[] = [];
  const names: string[] = [];
  let recordDepth = -1;
  const fail = (key: string, params: Record<string, string | number> = {}): never => {
    throw new DomainError('invalid', key, { line: parser.line, column: parser.column, ...params });
  };
  parser.on('error', (error) => {
    if (error instanceof DomainError) throw error;
    fail('exchange:xml-malformed');
  });
  parser.on('doctype', (doctype) => {
    if (!handlers.allowedDoctype?.test(doctype) || doctype.includes('['))
      fail('exchange:xml-doctype');
  });
  parser.on('xmldecl', (decl) => {
    if (decl.encoding && !UTF8_LABELS.has(decl.encoding.toLowerCase()))
      fail('exchange:xml-encoding', { encoding: decl.encoding });
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (names.length >= limits.maxDepth) fail('exchange:xml-too-deep', { max: limits.maxDepth });
    const node: XmlNode = {
      name: tag.local,
      uri: tag.uri,
      attributes: attributesOf(tag),
      children: [],
    };
    if (recordDepth >= 0) stack.at(-1)!.children.push(node);
    else if (handlers.records.has(tag.local)) recordDepth = names.length;
    else
      handlers.onElement?.({ name: node.name, uri: node.uri, attributes: node.attributes }, names);
    if (recordDepth >= 0) stack.push(node);
    names.push(tag.local);
  });
  parser.on('text', (value) => appendText(stack, recordDepth, value));
  parser.on('cdata', (value) => appendText(stack, recordDepth, value));
  parser.on('closetag', () => {
    names.pop();
    if (recordDepth < 0) return;
    const node = stack.pop()!;
    if (names.length === recordDepth) {
      recordDepth = -1;
      handlers.onRecord(node, names);
    }
  });
  // Decoded slice by slice: the file is never held a second time as one string.
  for (let start = 0; start < bytes.length; start += SLICE) {
    const last = start + SLICE >= bytes.length;
    parser.write(decodeSlice(decoder, bytes.subarray(start, start + SLICE), last));
    await handlers.afterSlice?.();
    if (!last) await new Promise((resolve) => setImmediate(resolve));
  }
  parser.close();
  await handlers.afterSlice?.();
}

function checkEncodingMark(bytes: Buffer): void {
  if (bytes[0] === 0xfe || bytes[0] === 0xff || (bytes[0] === 0 && bytes[1] === 0x3c))
    throw new DomainError('invalid', 'exchange:xml-encoding', { encoding: 'UTF-16' });
}

function decodeSlice(decoder: TextDecoder, slice: Uint8Array, last: boolean): string {
  try {
    return decoder.decode(slice, { stream: !last });
  } catch {
    throw new DomainError('invalid', 'exchange:xml-not-utf8');
  }
}

function attributesOf(tag: SaxesTagNS): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const attribute of Object.values(tag.attributes)) {
    if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
    // xml:lang and xml:space keep their prefix; other namespaced attributes are not ours.
    if (attribute.prefix === 'xml') attributes[`xml:${attribute.local}`] = attribute.value;
    else if (attribute.prefix === '') attributes[attribute.local] = attribute.value;
  }
  return attributes;
}

function appendText(stack: XmlNode[], recordDepth: number, value: string): void {
  if (recordDepth < 0 || stack.length === 0) return;
  const children = stack.at(-1)!.children;
  const last = children.at(-1);
  if (typeof last === 'string') children[children.length - 1] = last + value;
  else children.push(value);
}

/** The text of a node with every descendant's text, markup dropped. */
export function textOf(node: XmlNode): string {
  return node.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c): c is XmlNode => typeof c !== 'string' && c.name === name);
}

export function firstChild(node: XmlNode, name: string): XmlNode | undefined {
  return childrenNamed(node, name)[0];
}
