import { DomainError } from '../common/errors/domain-error.js';
import type { GlossaryRowIn } from './glossary-import.rules.js';
import { readXmlRecords, textOf, type XmlLimits, type XmlNode } from './xml-reader.rules.js';
import { IndentedXml } from './xml-writer.rules.js';

export interface TbxEntryOut {
  id: number;
  term: string;
  forms: readonly string[];
  note: string;
  renderings: Partial<Record<string, string>>;
  forbidden: Partial<Record<string, readonly string[]>>;
}

const STATUS = 'administrativeStatus';
const PREFERRED = 'preferredTerm-admn-sts';
const ADMITTED = 'admittedTerm-admn-sts';
const DEPRECATED = 'deprecatedTerm-admn-sts';

/**
 * TBX-Basic (TBX 2, `martif`): one `termEntry` per glossary term, a `langSet` for the source
 * language (the term preferred, its other forms admitted) and one per target language (the
 * rendering preferred, renderings not to use deprecated), the note on the entry.
 */
export function writeTbx(sourceLanguage: string, entries: Iterable<TbxEntryOut>): string {
  const xml = new IndentedXml(null, 'martif', { type: 'TBX-Basic', 'xml:lang': 'en' });
  const header = xml.child(xml.root, 'martifHeader');
  const fileDesc = xml.child(header, 'fileDesc');
  const sourceDesc = xml.child(fileDesc, 'sourceDesc');
  xml.text(sourceDesc, 'p').txt(`Bridges glossary: terms in ${sourceLanguage}`);
  const encodingDesc = xml.child(header, 'encodingDesc');
  xml.text(encodingDesc, 'p', { type: 'XCSURI' }).txt('TBXBasicXCSV02.xcs');
  const body = xml.child(xml.child(xml.root, 'text'), 'body');
  for (const entry of entries) {
    const termEntry = xml.child(body, 'termEntry', { id: `term-${entry.id}` });
    if (entry.note) xml.text(termEntry, 'note').txt(entry.note);
    const langSet = (language: string, terms: [string, string][]) => {
      const set = xml.child(termEntry, 'langSet', { 'xml:lang': language });
      for (const [text, status] of terms) {
        const tig = xml.child(set, 'tig');
        xml.text(tig, 'term').txt(text);
        xml.text(tig, 'termNote', { type: STATUS }).txt(status);
      }
    };
    langSet(sourceLanguage, [
      [entry.term, PREFERRED],
      ...entry.forms.map((f): [string, string] => [f, ADMITTED]),
    ]);
    for (const [language, rendering] of Object.entries(entry.renderings)) {
      if (!rendering) continue;
      langSet(language, [
        [rendering, PREFERRED],
        ...(entry.forbidden[language] ?? []).map((f): [string, string] => [f, DEPRECATED]),
      ]);
    }
  }
  return xml.end();
}

// Never read, only named: what TBX tools write before the root (TBX 2 core or TBX-Basic DTD).
const TBX_DOCTYPE = /^\s*martif\s+(?:SYSTEM|PUBLIC\s+"[^"<>[\]]*")\s+"[^"<>[\]]*\.dtd"\s*$/;
const ENTRY = new Set(['termEntry', 'conceptEntry']);

type Status = 'preferred' | 'admitted' | 'forbidden';

/**
 * The entries of a TBX file as glossary rows in `sourceLanguage`: TBX 2 (`martif`, `termEntry`,
 * `langSet`, `tig`/`ntig`) and TBX 3 (`tbx`, `conceptEntry`, `langSec`, `termSec`). A term's
 * status comes from `administrativeStatus` or the older `normativeAuthorization`; deprecated
 * and superseded terms are renderings not to use. Notes anywhere in an entry are joined.
 */
export async function readTbx(
  bytes: Buffer,
  sourceLanguage: string,
  limits: XmlLimits,
): Promise<GlossaryRowIn[]> {
  const rows: GlossaryRowIn[] = [];
  let root = false;
  await readXmlRecords(
    bytes,
    {
      records: ENTRY,
      allowedDoctype: TBX_DOCTYPE,
      onElement(node, ancestors) {
        if (ancestors.length > 0) return;
        if (node.name !== 'martif' && node.name !== 'tbx')
          throw new DomainError('invalid', 'exchange:tbx-not-tbx');
        root = true;
      },
      onRecord(node) {
        rows.push(entryRow(node, rows.length + 1, sourceLanguage));
      },
    },
    limits,
  );
  if (!root) throw new DomainError('invalid', 'exchange:tbx-not-tbx');
  return rows;
}

function entryRow(entry: XmlNode, position: number, sourceLanguage: string): GlossaryRowIn {
  const row: GlossaryRowIn = {
    line: position,
    term: '',
    forms: [],
    note: descendants(entry, 'note')
      .map((n) => textOf(n).trim())
      .filter(Boolean)
      .join('\n'),
    renderings: {},
    forbidden: {},
  };
  for (const set of entry.children) {
    if (typeof set === 'string' || (set.name !== 'langSet' && set.name !== 'langSec')) continue;
    const language = (set.attributes['xml:lang'] ?? '').slice(0, 2).toLowerCase();
    const terms = set.children
      .filter((c): c is XmlNode => typeof c !== 'string' && TERM_HOLDERS.has(c.name))
      .map(termOf)
      .filter((t) => t.text !== '');
    const usable = terms.filter((t) => t.status !== 'forbidden');
    const first = usable.find((t) => t.status === 'preferred') ?? usable[0];
    if (language === sourceLanguage) {
      row.term = first?.text ?? '';
      row.forms = usable.filter((t) => t !== first).map((t) => t.text);
    } else if (first) {
      row.renderings[language] = first.text;
      row.forbidden![language] = terms.filter((t) => t.status === 'forbidden').map((t) => t.text);
    }
  }
  return row;
}

const TERM_HOLDERS = new Set(['tig', 'ntig', 'termSec']);
const FORBIDDEN_STATUS = /^(deprecated|superseded)Term(-admn-sts)?$/;

function termOf(holder: XmlNode): { text: string; status: Status | null } {
  const term = descendants(holder, 'term')[0];
  const statusNote = descendants(holder, 'termNote').find(
    (n) => n.attributes.type === STATUS || n.attributes.type === 'normativeAuthorization',
  );
  const value = statusNote ? textOf(statusNote).trim() : '';
  const status: Status | null = FORBIDDEN_STATUS.test(value)
    ? 'forbidden'
    : /^preferredTerm/.test(value)
      ? 'preferred'
      : value
        ? 'admitted'
        : null;
  return { text: term ? textOf(term).trim() : '', status };
}

function descendants(node: XmlNode, name: string): XmlNode[] {
  const found: XmlNode[] = [];
  for (const child of node.children) {
    if (typeof child === 'string') continue;
    if (child.name === name) found.push(child);
    else found.push(...descendants(child, name));
  }
  return found;
}
