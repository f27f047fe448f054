import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTmx, writeTmx } from './tmx.rules.js';

const pairs = [
  { source: 'Суд & <b>оштрафовал</b>', target: 'The court <fined>', origin: 'unit' },
  { source: 'Второй', target: 'Second', origin: 'import: old.tmx' },
];

describe('TMX 1.4b', () => {
  it('writes a file the TMX 1.4 DTD accepts, and reads it back unchanged', async () => {
    const xml = writeTmx({ sourceLanguage: 'ru', targetLanguage: 'en', date: new Date(0), pairs });
    const path = join(mkdtempSync(join(tmpdir(), 'tmx-')), 'out.tmx');
    writeFileSync(path, xml);
    execFileSync('xmllint', ['--nonet', '--noout', '--dtdvalid', 'schemas/tmx14.dtd', path], {
      stdio: 'pipe',
    });
    expect(xml).toContain('creationdate="19700101T000000Z"');
    const back = await readTmx(Buffer.from(xml), 'ru', 'en');
    expect(back.pairs).toEqual(pairs.map(({ source, target }) => ({ source, target })));
    expect(back.creationTool).toBe('Bridges');
  });

  it('reads regional tags, drops inline codes and skips units lacking a side', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4"><header creationtool="X" srclang="en"/><body>
<tu><tuv xml:lang="ru-RU"><seg>Жирный <bpt i="1">&lt;b&gt;</bpt>текст<ept i="1">&lt;/b&gt;</ept></seg></tuv><tuv xml:lang="EN-us"><seg>Bold <hi>text</hi></seg></tuv></tu>
<tu><tuv xml:lang="ru"><seg>Только русский</seg></tuv></tu>
<tu><tuv lang="ru"><seg>Старый</seg></tuv><tuv lang="en"><seg>Old</seg></tuv></tu>
</body></tmx>`;
    const back = await readTmx(Buffer.from(xml), 'ru', 'en');
    expect(back.pairs).toEqual([
      { source: 'Жирный текст', target: 'Bold text' },
      { source: 'Старый', target: 'Old' },
    ]);
    expect(back.skipped).toBe(1);
  });

  it('refuses a DOCTYPE with an internal subset even when it names the TMX DTD', async () => {
    const xml = `<!DOCTYPE tmx SYSTEM "tmx14.dtd" [<!ENTITY a "aaaa">]><tmx version="1.4"><body/></tmx>`;
    await expect(readTmx(Buffer.from(xml), 'ru', 'en')).rejects.toMatchObject({
      key: 'exchange:xml-doctype',
    });
    const other = `<!DOCTYPE tmx SYSTEM "http://evil.example/x.dtd"><tmx version="1.4"><body/></tmx>`;
    await expect(readTmx(Buffer.from(other), 'ru', 'en')).rejects.toMatchObject({
      key: 'exchange:xml-doctype',
    });
    await expect(readTmx(Buffer.from('<xliff/>'), 'ru', 'en')).rejects.toMatchObject({
      key: 'exchange:tmx-not-tmx',
    });
  });
});
