import { describe, expect, it } from 'vitest';
import { readXmlRecords, textOf, type XmlNode } from './xml-reader.rules.js';

async function records(xml: string | Buffer, limits?: { maxDepth: number; maxBytes: number }) {
  const found: XmlNode[] = [];
  await readXmlRecords(
    Buffer.isBuffer(xml) ? xml : Buffer.from(xml, 'utf8'),
    { records: new Set(['tu']), onRecord: (node) => found.push(node) },
    limits,
  );
  return found;
}

export const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<tmx><body><tu>&lol3;</tu></body></tmx>`;
export const XXE = `<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/passwd">]><tmx><body><tu>&secret;</tu></body></tmx>`;

describe('reading exchange XML', () => {
  it('hands over each record whole, text and CDATA joined', async () => {
    const [tu] = await records(
      '<tmx><body><tu a="1">x<seg>y &amp; <![CDATA[<z>]]></seg></tu></body></tmx>',
    );
    expect(tu!.attributes).toEqual({ a: '1' });
    expect(textOf(tu!)).toBe('xy & <z>');
  });

  it('decodes a character split between two slices of a large file, and hands records over per slice', async () => {
    // 'ж' is two bytes in UTF-8; the padding puts one of them on each side of the 256 KiB slice.
    const head = '<tmx><body><tu>';
    const padding = 'a'.repeat(256 * 1024 - Buffer.byteLength(head) - 1);
    const units = Array.from({ length: 3000 }, (_, i) => `<tu>ж${i}</tu>`).join('');
    const xml = `${head}${padding}ж</tu>${units}</body></tmx>`;
    const seen: string[] = [];
    const perSlice: number[] = [];
    await readXmlRecords(Buffer.from(xml, 'utf8'), {
      records: new Set(['tu']),
      onRecord: (node) => seen.push(textOf(node)),
      afterSlice: () => {
        perSlice.push(seen.length);
        return Promise.resolve();
      },
    });
    expect(seen[0]).toBe(`${padding}ж`);
    expect(seen).toHaveLength(3001);
    expect(seen.at(-1)).toBe('ж2999');
    // Records reached the handler before the end: the first slice ended before the first record did.
    expect(perSlice[0]).toBe(0);
    expect(perSlice.at(-1)).toBe(3001);
  });

  it('refuses any DOCTYPE: billion laughs, external entities, even an external DTD', async () => {
    for (const xml of [
      BILLION_LAUGHS,
      XXE,
      '<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "tmx14.dtd"><tmx/>',
    ]) {
      await expect(records(xml)).rejects.toMatchObject({ key: 'exchange:xml-doctype' });
    }
  });

  it('refuses an entity nobody declared', async () => {
    await expect(records('<tmx><tu>&nbsp;</tu></tmx>')).rejects.toMatchObject({
      key: 'exchange:xml-malformed',
      params: { line: 1 },
    });
  });

  it('refuses nesting past the limit before building anything', async () => {
    const deep = '<a>'.repeat(100_000) + '</a>'.repeat(100_000);
    await expect(records(deep)).rejects.toMatchObject({
      key: 'exchange:xml-too-deep',
      params: { max: 64 },
    });
  });

  it('refuses encodings other than UTF-8, declared or not', async () => {
    await expect(
      records('<?xml version="1.0" encoding="ISO-8859-1"?><tmx/>'),
    ).rejects.toMatchObject({ key: 'exchange:xml-encoding', params: { encoding: 'ISO-8859-1' } });
    await expect(records(Buffer.from('\ufeff<tmx/>', 'utf16le'))).rejects.toMatchObject({
      key: 'exchange:xml-encoding',
      params: { encoding: 'UTF-16' },
    });
    await expect(
      records(Buffer.from([0x3c, 0x74, 0x3e, 0xe9, 0x3c, 0x2f, 0x74, 0x3e])),
    ).rejects.toMatchObject({
      key: 'exchange:xml-not-utf8',
    });
  });

  it('refuses a file over the size limit and a truncated one', async () => {
    await expect(records('<tmx></tmx>', { maxDepth: 64, maxBytes: 5 })).rejects.toMatchObject({
      key: 'exchange:xml-too-large',
      params: { max: 5 },
    });
    await expect(records('<tmx><body><tu>cut')).rejects.toMatchObject({
      key: 'exchange:xml-malformed',
    });
  });
});
