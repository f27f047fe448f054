import { describe, expect, it } from 'vitest';
import { readXliff, targetMarkup, writeXliff, type XliffDocumentOut } from './xliff.rules.js';

const SOURCE = 'Суд **оштрафовал** [активистку](https://example.org/a) на 30 тыс. руб. & <b>';

export const SAMPLE: XliffDocumentOut = {
  original: 'bridges/translations/7',
  sourceLanguage: 'ru',
  targetLanguage: 'en',
  date: new Date('2026-12-01T10:00:00Z'),
  units: [
    {
      segmentId: 41,
      resname: 'title',
      version: 3,
      source: SOURCE,
      target: 'The court **fined** [an activist](https://example.org/a) & <b>',
      state: 'approved',
      notes: [{ from: 'translator', text: '«тыс. руб.»: thousand roubles' }],
    },
    {
      segmentId: 42,
      resname: 'paragraph-1',
      version: 1,
      source: 'Второй',
      target: '',
      state: 'empty',
      notes: [],
    },
  ],
};

describe('XLIFF 1.2', () => {
  it('writes one trans-unit per unit with id, state, version, notes and inline tags', () => {
    const xml = writeXliff(SAMPLE);
    expect(xml).toContain(
      '<file original="bridges/translations/7" source-language="ru" target-language="en" datatype="plaintext" date="2026-12-01T10:00:00Z">',
    );
    expect(xml).toContain(
      '<trans-unit id="41" resname="title" approved="yes" extradata="bridges-unit-version:3" xml:space="preserve">',
    );
    expect(xml).toContain(
      '<source>Суд <g id="1" ctype="bold">оштрафовал</g> <g id="2" ctype="link">активистку</g> на 30 тыс. руб. &amp; &lt;b&gt;</source>',
    );
    expect(xml).toContain(
      '<target state="final">The court <g id="1" ctype="bold">fined</g> <g id="2" ctype="link">an activist</g> &amp; &lt;b&gt;</target>',
    );
    expect(xml).toContain('<note from="translator">«тыс. руб.»: thousand roubles</note>');
    expect(xml).toContain('<target state="new"/>');
  });

  it('reads back what it wrote: keys, base versions and targets with their markup', async () => {
    const doc = await readXliff(Buffer.from(writeXliff(SAMPLE)));
    expect(doc.original).toBe('bridges/translations/7');
    expect(doc.targetLanguage).toBe('en');
    expect(doc.units.map((u) => [u.key, u.baseVersion])).toEqual([
      ['41', 3],
      ['42', 1],
    ]);
    expect(targetMarkup(doc.units[0]!.target!, SOURCE)).toEqual({
      text: 'The court **fined** [an activist](https://example.org/a) & <b>',
    });
    expect(targetMarkup(doc.units[1]!.target!, 'Второй')).toEqual({ text: '' });
  });

  it('takes link addresses from the source and refuses tags the source does not have', async () => {
    const xml = writeXliff(SAMPLE).replace(
      '<g id="1" ctype="bold">fined</g>',
      '<g id="2" ctype="link">fined</g> <g id="9">x</g>',
    );
    const doc = await readXliff(Buffer.from(xml));
    expect(targetMarkup(doc.units[0]!.target!, SOURCE)).toEqual({ unknownTag: '<g id="9">' });
    const moved = await readXliff(
      Buffer.from(
        writeXliff(SAMPLE).replace('<g id="1" ctype="bold">fined</g>', '<g id="2">fined</g>'),
      ),
    );
    expect(targetMarkup(moved.units[0]!.target!, SOURCE)).toEqual({
      text: 'The court [fined](https://example.org/a) [an activist](https://example.org/a) & <b>',
    });
  });

  it('finds the unit id that po2xliff keeps in the PO reference and skips the PO header', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1"><file original="t.po" source-language="en-US" datatype="po"><body>
<trans-unit id="1" restype="x-gettext-domain-header"><source>Project-Id-Version: x</source></trans-unit>
<trans-unit id="2"><source>Второй</source><target state="translated">Second</target>
<context-group name="po-reference" purpose="location"><context context-type="sourcefile">42</context></context-group></trans-unit>
</body></file></xliff>`;
    const doc = await readXliff(Buffer.from(xml));
    expect(doc.units).toEqual([{ key: '42', baseVersion: null, target: ['Second'] }]);
  });

  it('refuses files that are not XLIFF or hold several files', async () => {
    await expect(
      readXliff(Buffer.from('<?xml version="1.0"?><tmx version="1.4"/>')),
    ).rejects.toMatchObject({
      key: 'exchange:xliff-not-xliff',
    });
    const two = writeXliff(SAMPLE).replace(/(<file[\s\S]*<\/file>)/, '$1$1');
    await expect(readXliff(Buffer.from(two))).rejects.toMatchObject({
      key: 'exchange:xliff-several-files',
      params: { count: 2 },
    });
  });
});
