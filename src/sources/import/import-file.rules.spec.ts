import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../source-blocks.rules.js';
import { ImportError } from './import-error.rules.js';
import { decodeUtf8, detectFormat, importBody } from './import-file.rules.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];

function importError(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('detectFormat', () => {
  it('goes by the extension, case-insensitively', () => {
    expect(detectFormat('zayavlenie.md')).toBe('markdown');
    expect(detectFormat('Memorial.MARKDOWN')).toBe('markdown');
    expect(detectFormat('echo-moskvy.html')).toBe('html');
    expect(detectFormat('arhiv.v2.HTM')).toBe('html');
    expect(detectFormat('hronika.txt')).toBe('text');
  });

  it('falls back to plain text, using a declared media type only for unknown extensions', () => {
    expect(detectFormat('statement.docx')).toBe('text');
    expect(detectFormat('README')).toBe('text');
    expect(detectFormat('statement', 'text/html; charset=utf-8')).toBe('html');
    expect(detectFormat('statement.txt', 'text/html')).toBe('text');
  });

  it('lets a declared format name win over the extension', () => {
    expect(detectFormat('statement.txt', 'markdown')).toBe('markdown');
    expect(detectFormat('page.html', 'Text')).toBe('text');
  });
});

describe('decodeUtf8', () => {
  it('strips a byte order mark and keeps Russian text with «quotes» and no-break spaces', () => {
    const bytes = new Uint8Array([...BOM, ...utf8('«Мемориал»\u00a0ликвидирован')]);
    expect(decodeUtf8(bytes, 1000)).toBe('«Мемориал»\u00a0ликвидирован');
  });

  it('refuses a file over the limit with the limit as parameter', () => {
    const error = importError(() => decodeUtf8(utf8('Эхо'), 5));
    expect(error.key).toBe('sources:import-too-large');
    expect(error.params).toEqual({ max: 5 });
    expect(decodeUtf8(utf8('Эхо'), 6)).toBe('Эхо');
  });

  it('refuses text in another encoding', () => {
    const windows1251 = new Uint8Array([0xcc, 0xe5, 0xec, 0xee, 0xf0, 0xe8, 0xe0, 0xeb]); // «Мемориал»
    expect(importError(() => decodeUtf8(windows1251, 1000)).key).toBe('sources:import-not-utf8');
    const utf16 = new Uint8Array([0xff, 0xfe, 0x1c, 0x04, 0x35, 0x04]);
    expect(importError(() => decodeUtf8(utf16, 1000)).key).toBe('sources:import-not-utf8');
  });

  it('refuses binary content with NUL bytes', () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]);
    expect(importError(() => decodeUtf8(bytes, 1000)).key).toBe('sources:import-not-text');
  });
});

describe('importBody', () => {
  it('takes the opening heading of a Markdown file as the title', () => {
    const file = utf8(
      '# Ликвидация *«Мемориала»*\n\n28 декабря 2021 года Верховный суд ликвидировал «Мемориал».\n\n## Хроника\n\n- иск\n- решение',
    );
    const result = importBody(file, 'memorial.md', 10_000);
    expect(result.format).toBe('markdown');
    expect(result.title).toBe('Ликвидация «Мемориала»');
    expect(parseBlocks(result.body).map((block) => block.kind)).toEqual([
      'paragraph',
      'heading',
      'list-item',
      'list-item',
    ]);
  });

  it('uses the <title> of an HTML page that does not open with a heading', () => {
    const page = `<html><head><title>«Эхо Москвы» закрыто</title><script>track()</script></head>
      <body><p onclick="x()">Совет директоров решил ликвидировать радиостанцию.</p>
      <a href="javascript:alert(1)">Подробнее</a></body></html>`;
    const result = importBody(utf8(page), 'echo.html', 10_000);
    expect(result).toEqual({
      format: 'html',
      title: '«Эхо Москвы» закрыто',
      body: 'Совет директоров решил ликвидировать радиостанцию.\n\nПодробнее',
    });
  });

  it('prefers an opening heading to the HTML <title>', () => {
    const page = '<title>Сайт</title><h2>Заявление</h2><p>Нет войне.</p>';
    expect(importBody(utf8(page), 'page.htm', 10_000)).toMatchObject({
      title: 'Заявление',
      body: 'Нет войне.',
    });
  });

  it('imports Russian plain text with a BOM, «quotes» and no-break spaces, without a title', () => {
    const text = new Uint8Array([
      ...BOM,
      ...utf8('# «Мемориал»\u00a0— иностранный агент?\r\nНет.\u00a0Это\u00a0люди.\r\n'),
    ]);
    expect(importBody(text, 'memorial.txt', 10_000)).toEqual({
      format: 'text',
      title: null,
      body: '\\# «Мемориал» — иностранный агент?\n\nНет. Это люди.',
    });
  });

  it('refuses a file with no text left after conversion', () => {
    expect(importError(() => importBody(utf8('# Только заголовок'), 'a.md', 1000)).key).toBe(
      'sources:import-empty',
    );
    expect(
      importError(() => importBody(utf8('<script>alert(1)</script><img src=x>'), 'a.html', 1000))
        .key,
    ).toBe('sources:import-empty');
    expect(importError(() => importBody(new Uint8Array([...BOM]), 'a.txt', 1000)).key).toBe(
      'sources:import-empty',
    );
  });

  it('checks the size before anything else', () => {
    const error = importError(() => importBody(new Uint8Array(2001).fill(0), 'big.txt', 2000));
    expect(error.key).toBe('sources:import-too-large');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ImportError');
  });
});
