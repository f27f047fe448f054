import { describe, expect, it } from 'vitest';
import { cellValue, readCsv, writeCsv } from './csv.rules.js';

const read = (text: string) => readCsv(Buffer.from(text, 'utf8'), 10_000);

describe('CSV (RFC 4180)', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, CRLF or LF, after a BOM', () => {
    expect(read('\uFEFFa,"b, ""c"""\r\n"line\none",\n\nlast')).toEqual([
      { line: 1, cells: ['a', 'b, "c"'] },
      { line: 2, cells: ['line\none', ''] },
      { line: 5, cells: ['last'] },
    ]);
  });

  it('refuses a quote inside an unquoted cell, text after a closing quote, an unclosed quote', () => {
    expect(() => read('a,b"c')).toThrow(
      expect.objectContaining({ key: 'exchange:csv-stray-quote' }),
    );
    expect(() => read('"a"b')).toThrow(
      expect.objectContaining({ key: 'exchange:csv-stray-quote' }),
    );
    expect(() => read('x\n"open,\nmore')).toThrow(
      expect.objectContaining({ key: 'exchange:csv-unclosed-quote', params: { line: 2 } }),
    );
    expect(() => readCsv(Buffer.from([0x61, 0xff]), 100)).toThrow(
      expect.objectContaining({ key: 'exchange:csv-not-utf8' }),
    );
  });

  it('writes cells a spreadsheet would run as formulas with a leading quote, and reads them back', () => {
    const values = ['=SUM(A1)', '+7 495', '-x', '@me', "'=already", "it's", ' padded ', 'a,"b"'];
    const csv = writeCsv([values]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`'=SUM(A1),'+7 495,'-x,'@me,''=already,it's," padded ","a,""b"""`);
    const [row] = read(csv);
    expect(row!.cells.map(cellValue)).toEqual(values);
  });
});
