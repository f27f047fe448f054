import { DomainError } from '../common/errors/domain-error.js';
import { cellValue, readCsv, writeCsv } from './csv.rules.js';
import type { GlossaryRowIn } from './glossary-import.rules.js';

const HEADER = ['source', 'target', 'note'];

/** A glossary as CSV for one language pair: the header `source,target,note`, a row per term. */
export function writeGlossaryCsv(
  targetLanguage: string,
  terms: Iterable<{ term: string; note: string; renderings: Partial<Record<string, string>> }>,
): string {
  const rows = [HEADER];
  for (const t of terms) rows.push([t.term, t.renderings[targetLanguage] ?? '', t.note]);
  return writeCsv(rows);
}

/**
 * Glossary rows from CSV with a header naming the columns `source` and `target` (and `note`,
 * in any order; other columns, such as translate-toolkit's `location`, are ignored). Without
 * a note column every term keeps its note.
 */
export function readGlossaryCsv(
  bytes: Buffer,
  targetLanguage: string,
  maxBytes: number,
): GlossaryRowIn[] {
  const [header, ...rows] = readCsv(bytes, maxBytes);
  const names = (header?.cells ?? []).map((c) => c.trim().toLowerCase());
  const source = names.indexOf('source');
  const target = names.indexOf('target');
  const note = names.indexOf('note');
  if (source < 0 || target < 0) throw new DomainError('invalid', 'exchange:csv-header');
  return rows.map((row) => {
    const cell = (i: number) => cellValue(row.cells[i] ?? '');
    const rendering = cell(target);
    return {
      line: row.line,
      term: cell(source).trim(),
      renderings: rendering.trim() ? { [targetLanguage]: rendering.trim() } : {},
      ...(note >= 0 ? { note: cell(note).trim() } : {}),
    };
  });
}
