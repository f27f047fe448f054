import { describe, expect, it } from 'vitest';
import { readTbx, writeTbx } from './tbx.rules.js';

const limits = { maxDepth: 32, maxBytes: 1_000_000 };

describe('TBX', () => {
  it('writes TBX-Basic and reads it back: forms admitted, renderings to avoid deprecated, notes', async () => {
    const xml = writeTbx('ru', [
      {
        id: 7,
        term: 'иностранный агент',
        forms: ['иноагент'],
        note: 'A & B <law>',
        renderings: { en: 'foreign agent' },
        forbidden: { en: ['foreign spy'] },
      },
    ]);
    expect(xml).toContain('<termEntry id="term-7">');
    expect(xml).toContain('<note>A &amp; B &lt;law&gt;</note>');
    expect(await readTbx(Buffer.from(xml), 'ru', limits)).toEqual([
      {
        line: 1,
        term: 'иностранный агент',
        forms: ['иноагент'],
        note: 'A & B <law>',
        renderings: { en: 'foreign agent' },
        forbidden: { en: ['foreign spy'] },
      },
    ]);
  });

  it('reads TBX 3 (conceptEntry, langSec, termSec) and normativeAuthorization statuses', async () => {
    const xml = `<tbx type="TBX-Basic" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
<conceptEntry id="c1"><langSec xml:lang="en-GB"><termSec><term>political prisoner</term>
<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
<termSec><term>prisoner of conscience</term><termNote type="normativeAuthorization">supersededTerm</termNote></termSec></langSec>
<langSec xml:lang="ru"><termSec><term>политзаключённый</term></termSec><termSec><term>политзэк</term></termSec></langSec></conceptEntry>
</body></text></tbx>`;
    expect(await readTbx(Buffer.from(xml), 'ru', limits)).toEqual([
      {
        line: 1,
        term: 'политзаключённый',
        forms: ['политзэк'],
        note: '',
        renderings: { en: 'political prisoner' },
        forbidden: { en: ['prisoner of conscience'] },
      },
    ]);
  });

  it('allows a DOCTYPE that only names a DTD, never one with an internal subset', async () => {
    const body = '<martif><text><body/></text></martif>';
    await expect(
      readTbx(Buffer.from(`<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">${body}`), 'ru', limits),
    ).resolves.toEqual([]);
    await expect(
      readTbx(Buffer.from(`<!DOCTYPE martif [<!ENTITY a "b">]>${body}`), 'ru', limits),
    ).rejects.toMatchObject({ key: 'exchange:xml-doctype' });
    await expect(readTbx(Buffer.from('<tmx/>'), 'ru', limits)).rejects.toMatchObject({
      key: 'exchange:tbx-not-tbx',
    });
  });
});
