import { DomainError } from '../common/errors/domain-error.js';
import { readXmlRecords, type XmlLimits, type XmlNode } from './xml-reader.rules.js';
import { IndentedXml } from './xml-writer.rules.js';

export interface TmxPair {
  source: string;
  target: string;
}

export interface TmxDocumentOut {
  sourceLanguage: string;
  targetLanguage: string;
  date: Date;
  pairs: Iterable<TmxPair & { origin: string }>;
}

/** TMX 1.4b, plain text segments, one `tu` per memory entry; validates against tmx14.dtd. */
export function writeTmx(doc: TmxDocumentOut): string {
  const xml = new IndentedXml(null, 'tmx', { version: '1.4' });
  xml.child(xml.root, 'header', {
    creationtool: 'Bridges',
    creationtoolversion: '1',
    segtype: 'block',
    'o-tmf': 'bridges',
    adminlang: 'en',
    srclang: doc.sourceLanguage,
    datatype: 'plaintext',
    creationdate: tmxDate(doc.date),
  });
  const body = xml.child(xml.root, 'body');
  for (const pair of doc.pairs) {
    const tu = xml.child(body, 'tu');
    xml.text(tu, 'prop', { type: 'x-bridges-origin' }).txt(pair.origin);
    for (const [lang, text] of [
      [doc.sourceLanguage, pair.source],
      [doc.targetLanguage, pair.target],
    ] as const) {
      const tuv = xml.child(tu, 'tuv', { 'xml:lang': lang });
      xml.text(tuv, 'seg').txt(text);
    }
  }
  return xml.end();
}

/** YYYYMMDDThhmmssZ, the one date form TMX knows. */
function tmxDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export interface TmxDocumentIn {
  creationTool: string | null;
  pairs: TmxPair[];
  /** Units without both languages, or with an empty side: not memory. */
  skipped: number;
}

export interface TmxScan {
  creationTool: string | null;
  pairs: number;
  skipped: number;
}

const TMX_DOCTYPE = /^\s*tmx\s+SYSTEM\s+"tmx1[1-4]\.dtd"\s*$/;

/** The pairs of one language direction in a TMX file, all at once (small files, tests). */
export async function readTmx(
  bytes: Buffer,
  sourceLanguage: string,
  targetLanguage: string,
  limits?: XmlLimits,
): Promise<TmxDocumentIn> {
  const pairs: TmxPair[] = [];
  const scan = await scanTmx(bytes, sourceLanguage, targetLanguage, limits, (batch) => {
    pairs.push(...batch);
    return Promise.resolve();
  });
  return { creationTool: scan.creationTool, pairs, skipped: scan.skipped };
}

/**
 * The pairs of one language direction in a TMX file (any TMX 1.x), handed to `onBatch` a slice
 * of the file at a time, so memory stays bounded however many units the file holds. Language
 * tags are compared by their primary subtag (`en-US` is `en`); inline codes (`bpt`, `ph`…) are
 * dropped, their text kept only in `hi`.
 */
export async function scanTmx(
  bytes: Buffer,
  sourceLanguage: string,
  targetLanguage: string,
  limits: XmlLimits | undefined,
  onBatch: (pairs: TmxPair[]) => Promise<void>,
): Promise<TmxScan> {
  const scan: TmxScan = { creationTool: null, pairs: 0, skipped: 0 };
  let batch: TmxPair[] = [];
  let root = false;
  await readXmlRecords(
    bytes,
    {
      records: new Set(['tu']),
      allowedDoctype: TMX_DOCTYPE,
      onElement(node, ancestors) {
        if (ancestors.length === 0) {
          if (node.name !== 'tmx') throw new DomainError('invalid', 'exchange:tmx-not-tmx');
          root = true;
        }
        if (node.name === 'header') scan.creationTool = node.attributes.creationtool ?? null;
      },
      onRecord(node) {
        const texts = new Map<string, string>();
        for (const tuv of node.children) {
          if (typeof tuv === 'string' || tuv.name !== 'tuv') continue;
          const lang = (tuv.attributes['xml:lang'] ?? tuv.attributes.lang ?? '')
            .slice(0, 2)
            .toLowerCase();
          const seg = tuv.children.find(
            (c): c is XmlNode => typeof c !== 'string' && c.name === 'seg',
          );
          if (seg && !texts.has(lang)) texts.set(lang, segText(seg).trim());
        }
        const source = texts.get(sourceLanguage);
        const target = texts.get(targetLanguage);
        if (source && target) {
          batch.push({ source, target });
          scan.pairs += 1;
        } else scan.skipped += 1;
      },
      async afterSlice() {
        if (batch.length === 0) return;
        const full = batch;
        batch = [];
        await onBatch(full);
      },
    },
    limits,
  );
  if (!root) throw new DomainError('invalid', 'exchange:tmx-not-tmx');
  return scan;
}

const CODES = new Set(['bpt', 'ept', 'it', 'ph', 'ut']);

function segText(node: XmlNode): string {
  return node.children
    .map((c) => (typeof c === 'string' ? c : CODES.has(c.name) ? '' : segText(c)))
    .join('');
}
