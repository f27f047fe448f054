import { DomainError } from '../common/errors/domain-error.js';
import type { UnitState } from '../translations/unit-workflow.rules.js';
import {
  parseInline,
  renderInline,
  spansById,
  type Inline,
  type Span,
} from './inline-markup.rules.js';
import {
  childrenNamed,
  firstChild,
  readXmlRecords,
  textOf,
  type XmlLimits,
  type XmlNode,
} from './xml-reader.rules.js';
import { IndentedXml, type XMLBuilder } from './xml-writer.rules.js';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:1.2';
// translate-toolkit's po2xliff still writes 1.1; its units read the same.
const READABLE_NS = new Set([XLIFF_NS, 'urn:oasis:names:tc:xliff:document:1.1']);

/** One XLIFF `<note>`: a translator's footnote or a reviewer's comment. */
export interface XliffNote {
  from: 'translator' | 'reviewer';
  text: string;
}

export interface XliffUnitOut {
  segmentId: number;
  resname: string;
  /** The unit version the file was made from: an import compares it with the current one. */
  version: number;
  source: string;
  target: string;
  state: UnitState;
  notes: XliffNote[];
}

export interface XliffDocumentOut {
  original: string;
  sourceLanguage: string;
  targetLanguage: string;
  date: Date;
  units: XliffUnitOut[];
}

/** Bridges' unit states in XLIFF 1.2's vocabulary; each maps to one, so states survive a trip. */
export const XLIFF_STATE: Record<UnitState, string> = {
  empty: 'new',
  draft: 'translated',
  submitted: 'signed-off',
  approved: 'final',
  needs_changes: 'needs-review-translation',
  outdated: 'needs-translation',
};

const VERSION_DATA = /^bridges-unit-version:(\d{1,9})$/;

export function originalOf(translationId: number): string {
  return `bridges/translations/${translationId}`;
}

/** XLIFF 1.2 (strict schema) for one translation: one `<file>`, one `<trans-unit>` per unit. */
export function writeXliff(doc: XliffDocumentOut): string {
  const xml = new IndentedXml(XLIFF_NS, 'xliff', { version: '1.2' });
  const file = xml.child(xml.root, 'file', {
    original: doc.original,
    'source-language': doc.sourceLanguage,
    'target-language': doc.targetLanguage,
    datatype: 'plaintext',
    date: doc.date.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  });
  const header = xml.child(file, 'header');
  xml.text(header, 'tool', { 'tool-id': 'bridges', 'tool-name': 'Bridges' });
  const body = xml.child(file, 'body');
  for (const unit of doc.units) {
    const tu = xml.child(body, 'trans-unit', {
      id: String(unit.segmentId),
      resname: unit.resname,
      approved: unit.state === 'approved' ? 'yes' : undefined,
      extradata: `bridges-unit-version:${unit.version}`,
      'xml:space': 'preserve',
    });
    const sourceSpans = parseInline(unit.source);
    writeInline(xml.text(tu, 'source'), sourceSpans);
    writeInline(
      xml.text(tu, 'target', { state: XLIFF_STATE[unit.state] }),
      alignSpans(parseInline(unit.target), sourceSpans),
    );
    for (const note of unit.notes) xml.text(tu, 'note', { from: note.from }).txt(note.text);
  }
  return xml.end();
}

function writeInline(parent: XMLBuilder, nodes: readonly Inline[]): void {
  for (const node of nodes) {
    if (typeof node === 'string') parent.txt(node);
    else writeInline(parent.ele('g', { id: String(node.id), ctype: node.kind }), node.children);
  }
}

/**
 * A target's spans take the numbers of the source's spans of the same kind (and address), in
 * order, so that a CAT tool pairs the tags; a span the source does not have keeps a number
 * past the source's.
 */
function alignSpans(target: Inline[], source: readonly Inline[]): Inline[] {
  const free = [...spansById(source).values()];
  let extra = free.length + 1;
  const renumber = (nodes: Inline[]) => {
    for (const node of nodes) {
      if (typeof node === 'string') continue;
      const at = free.findIndex((s) => s.kind === node.kind && s.href === node.href);
      node.id = at >= 0 ? free.splice(at, 1)[0]!.id : extra++;
      renumber(node.children);
    }
  };
  renumber(target);
  return target;
}

/** One unit as read from a file. */
export interface XliffUnitIn {
  /** The trans-unit id, or for files made by po2xliff the id kept in the PO reference. */
  key: string;
  baseVersion: number | null;
  /** The target as `<g>` trees, or null when the unit has no target element. */
  target: (string | XmlNode)[] | null;
}

export interface XliffDocumentIn {
  original: string | null;
  targetLanguage: string | null;
  units: XliffUnitIn[];
}

export async function readXliff(bytes: Buffer, limits?: XmlLimits): Promise<XliffDocumentIn> {
  const doc: XliffDocumentIn = { original: null, targetLanguage: null, units: [] };
  let root = false;
  let files = 0;
  await readXmlRecords(
    bytes,
    {
      records: new Set(['trans-unit']),
      onElement(node, ancestors) {
        if (ancestors.length === 0) {
          if (node.name !== 'xliff' || !READABLE_NS.has(node.uri))
            throw new DomainError('invalid', 'exchange:xliff-not-xliff');
          root = true;
        }
        if (node.name === 'file' && files++ === 0) {
          doc.original = node.attributes.original ?? null;
          doc.targetLanguage = node.attributes['target-language'] ?? null;
        }
      },
      onRecord(node) {
        if (!READABLE_NS.has(node.uri)) return;
        // The PO header po2xliff adds is not a unit.
        if (node.attributes.restype === 'x-gettext-domain-header') return;
        const version = VERSION_DATA.exec(node.attributes.extradata ?? '');
        const target = firstChild(node, 'target');
        doc.units.push({
          key: poReference(node) ?? node.attributes.id ?? '',
          baseVersion: version ? Number(version[1]) : null,
          target: target ? target.children : null,
        });
      },
    },
    limits,
  );
  if (!root) throw new DomainError('invalid', 'exchange:xliff-not-xliff');
  if (files > 1) throw new DomainError('invalid', 'exchange:xliff-several-files', { count: files });
  return doc;
}

function poReference(unit: XmlNode): string | null {
  for (const group of childrenNamed(unit, 'context-group')) {
    if (group.attributes.name !== 'po-reference') continue;
    const context = childrenNamed(group, 'context').find(
      (c) => c.attributes['context-type'] === 'sourcefile',
    );
    if (context) return textOf(context).trim();
  }
  return null;
}

/**
 * Markdown-lite for a target read from a file, its `<g>` tags resolved against the source's
 * spans. Null when a tag is unknown: the unit is refused rather than saved with markup lost.
 */
export function targetMarkup(
  target: readonly (string | XmlNode)[],
  source: string,
): { text: string } | { unknownTag: string } {
  const spans = spansById(parseInline(source));
  let unknown: string | null = null;
  const convert = (nodes: readonly (string | XmlNode)[]): Inline[] =>
    nodes.map((node): Inline => {
      if (typeof node === 'string') return node;
      const span = node.name === 'g' ? spans.get(Number(node.attributes.id)) : undefined;
      if (!span) {
        unknown ??= `<${node.name}${node.attributes.id ? ` id="${node.attributes.id}"` : ''}>`;
        return '';
      }
      const copy: Span = { ...span, children: convert(node.children) };
      return copy;
    });
  const inline = convert(target);
  return unknown ? { unknownTag: unknown } : { text: renderInline(inline) };
}
