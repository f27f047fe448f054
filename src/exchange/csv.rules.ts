import { TextDecoder } from 'node:util';
import { DomainError } from '../common/errors/domain-error.js';

export interface CsvRow {
  /** The line the row starts on, counting from 1 (a quoted cell may span lines). */
  line: number;
  cells: string[];
}

/**
 * Reads RFC 4180 CSV: cells separated by commas, rows by CRLF or LF, cells quoted with `"`
 * when they hold a comma, quote or line break (a quote inside doubled). A UTF-8 byte order mark
 * (Excel writes one) is dropped; other encodings are refused. Empty lines are skipped.
 */
export function readCsv(bytes: Buffer, maxBytes: number): CsvRow[] {
  if (bytes.length > maxBytes)
    throw new DomainError('too_large', 'exchange:xml-too-large', { max: maxBytes });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DomainError('invalid', 'exchange:csv-not-utf8');
  }
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let wasQuoted = false;
  const endCell = () => {
    cells.push(cell);
    cell = '';
    wasQuoted = false;
  };
  const endRow = () => {
    endCell();
    if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"') {
      if (cell !== '' || wasQuoted)
        throw new DomainError('invalid', 'exchange:csv-stray-quote', { line });
      quoted = true;
      wasQuoted = true;
    } else if (c === ',') endCell();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else if (wasQuoted) throw new DomainError('invalid', 'exchange:csv-stray-quote', { line });
    else cell += c;
  }
  if (quoted) throw new DomainError('invalid', 'exchange:csv-unclosed-quote', { line: rowLine });
  endRow();
  return rows;
}

// A cell starting with one of these is a formula to Excel and LibreOffice (CSV injection).
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * Writes RFC 4180 CSV with CRLF line ends and a byte order mark (so that spreadsheet programs
 * read the Cyrillic as UTF-8). A cell a spreadsheet would run as a formula gets a leading `'`,
 * which `cellValue` takes off again on import.
 */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  const lines = rows.map((cells) => cells.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A cell as it was before `writeCsv` guarded it against formula injection. */
export function cellValue(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}
