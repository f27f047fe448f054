import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download } from './support/exchange-files.js';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';
import { BODY } from './support/translation-fixtures.js';
import { api, createInitiative, createSource, translate } from './support/workflow.js';

const SCHEMA = join(process.cwd(), 'schemas/xliff-core-1.2-strict.xsd');
const CATALOG = join(process.cwd(), 'schemas/catalog.xml');
const dir = mkdtempSync(join(tmpdir(), 'bridges-xliff-'));

function tool(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('XLIFF 1.2 round trip of a translation', () => {
  let t: TestApp;
  let editor: SignedInClient;
  let lastochka: SignedInClient;
  let skvorets: SignedInClient;
  let outsider: SignedInClient;
  let id: number;
  const TEXTS = ['Fine for a post', 'The court fined an activist.', '', ''];

  const upload = (c: SignedInClient, xml: string | Buffer, name = 'work.xlf') =>
    c.agent
      .post(`/api/v1/translations/${id}/xliff`)
      .set('x-csrf-token', c.csrf)
      .attach('file', Buffer.isBuffer(xml) ? xml : Buffer.from(xml), name);
  const exportXml = async (c: SignedInClient) =>
    (await download(c.agent, `/api/v1/translations/${id}/xliff`)).xml;
  const unitTexts = async () =>
    (await t
      .get(DataSource)
      .query(
        `SELECT text, version, author_id FROM translation_unit WHERE translation_id = ? ORDER BY id`,
        [id],
      )) as { text: string; version: number; author_id: number | null }[];

  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.signIn(await t.createUser('lipa', ['editor', 'reviewer']));
    lastochka = await t.signIn(await t.createUser('lastochka', ['translator'], ['ru>en']));
    skvorets = await t.signIn(await t.createUser('skvorets', ['translator'], ['ru>en']));
    outsider = await t.signIn(await t.createUser('grach', ['translator'], []));
    const initiativeId = await createInitiative(editor);
    const source = await createSource(editor, initiativeId, BODY, 'Штраф за пост');
    id = await translate(lastochka, source.id, TEXTS.slice(0, 2));
  });
  afterAll(() => t.close());

  it('exports schema-valid XLIFF that translate-toolkit reads with the same units', async () => {
    const xml = await exportXml(lastochka);
    const path = join(dir, 'export.xlf');
    writeFileSync(path, xml);
    execFileSync('xmllint', ['--nonet', '--noout', '--schema', SCHEMA, path], {
      stdio: 'pipe',
      env: { ...process.env, XML_CATALOG_FILES: CATALOG },
    });
    const units = await unitTexts();
    expect(xml.match(/<trans-unit /g)?.length).toBe(units.length);
    expect(xml).toContain('<target state="translated">The court fined an activist.</target>');
    // pocount --csv: the ninth column is the total of messages.
    const row = tool('pocount', ['--csv', path]).trim().split('\n')[1].split(',');
    expect(Number(row[8])).toBe(units.length);
    tool('xliff2po', ['-i', path, '-o', join(dir, 'export.po')]);
    const po = readFileSync(join(dir, 'export.po'), 'utf8');
    expect(po).toContain('msgstr "The court fined an activist."');
    expect(po).toContain('msgstr "Fine for a post"');
  });

  it('documents both routes in the OpenAPI document, the upload as multipart', async () => {
    const doc = (await t.client().get('/api/docs-json').expect(200)).body;
    const path = doc.paths['/api/v1/translations/{id}/xliff'];
    expect(path.get.responses['200']).toBeDefined();
    expect(Object.keys(path.post.requestBody.content)).toEqual(['multipart/form-data']);
  });

  it('hides the translation from people not working on it and refuses an import without CSRF', async () => {
    await outsider.agent.get(`/api/v1/translations/${id}/xliff`).expect(404);
    await skvorets.agent.get(`/api/v1/translations/${id}/xliff`).expect(404);
    const xml = await exportXml(lastochka);
    await lastochka.agent
      .post(`/api/v1/translations/${id}/xliff`)
      .attach('file', Buffer.from(xml), 'a.xlf')
      .expect(403);
    await upload(outsider, xml).expect(404);
    await upload(skvorets, xml).expect(404);
  });

  it('imports edits as versioned saves by the importer and reports conflicts per unit', async () => {
    const xml = await exportXml(lastochka);
    // Meanwhile the title is changed in Bridges.
    const before = await unitTexts();
    const units = (await api(lastochka).get(`/api/v1/translations/${id}`).expect(200)).body
      .units as {
      id: number;
      version: number;
    }[];
    await api(lastochka)
      .put(`/api/v1/translations/${id}/units/${units[0].id}`, {
        text: 'A fine for a post',
        version: units[0].version,
      })
      .expect(200);
    const edited = xml
      .replace('>Fine for a post</target>', '>Fined for posting</target>')
      .replace(
        '>The court fined an activist.</target>',
        '>The court fined an activist 30,000 roubles.</target>',
      );
    const res = await upload(lastochka, edited).expect(200);
    expect(res.body.counts.saved).toBe(1);
    expect(res.body.counts.conflict).toBe(1);
    const conflict = res.body.units.find((u: { outcome: string }) => u.outcome === 'conflict');
    expect(conflict.current.text).toBe('A fine for a post');
    expect(conflict.submitted.text).toBe('Fined for posting');
    expect(conflict.outcomeLabel).toContain('not overwritten');
    const saved = res.body.units.find((u: { outcome: string }) => u.outcome === 'saved');
    expect(Array.isArray(saved.findings)).toBe(true);
    const after = await unitTexts();
    expect(after[0].text).toBe('A fine for a post');
    expect(after[1].text).toBe('The court fined an activist 30,000 roubles.');
    expect(after[1].version).toBe(before[1].version + 1);
    const [{ id: lastochkaId }] = await t
      .get(DataSource)
      .query(`SELECT id FROM "user" WHERE handle = 'lastochka'`);
    expect(after[1].author_id).toBe(lastochkaId);
    const revisions = await t
      .get(DataSource)
      .query(`SELECT text FROM unit_revision WHERE unit_id = ? ORDER BY id DESC LIMIT 1`, [
        units[1].id,
      ]);
    expect(revisions[0].text).toBe('The court fined an activist 30,000 roubles.');
  });

  it('imports a file rebuilt by translate-toolkit (xliff2po then po2xliff) into empty units', async () => {
    const xml = await exportXml(lastochka);
    const path = join(dir, 'rt.xlf');
    writeFileSync(path, xml);
    tool('xliff2po', ['-i', path, '-o', join(dir, 'rt.po')]);
    const po = readFileSync(join(dir, 'rt.po'), 'utf8');
    // Fill the third unit (empty so far) in the PO file, as a translator with Poedit would.
    const blocks = po.split('\n\n');
    const emptyIdx = blocks.findIndex((b, i) => i > 0 && /msgstr ""\s*$/.test(b));
    expect(emptyIdx).toBeGreaterThan(0);
    blocks[emptyIdx] = blocks[emptyIdx].replace(/msgstr ""\s*$/, 'msgstr "Filled offline."');
    writeFileSync(join(dir, 'rt.po'), blocks.join('\n\n'));
    tool('po2xliff', ['-i', join(dir, 'rt.po'), '-o', join(dir, 'rt2.xlf')]);
    const rebuilt = readFileSync(join(dir, 'rt2.xlf'));
    const res = await upload(lastochka, rebuilt).expect(200);
    expect(res.body.counts.saved).toBe(1);
    expect((await unitTexts()).map((u) => u.text)).toContain('Filled offline.');
  });

  const hostile: [string, string | Buffer, RegExp][] = [
    [
      'billion laughs',
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><xliff version="1.2">&lol2;</xliff>',
      /DOCTYPE/,
    ],
    [
      'XXE',
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xliff version="1.2">&xxe;</xliff>',
      /DOCTYPE/,
    ],
    [
      '100k nesting',
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">' +
        '<g>'.repeat(100_000) +
        '</g>'.repeat(100_000) +
        '</xliff>',
      /levels deep/,
    ],
    [
      'wrong encoding',
      Buffer.concat([
        Buffer.from(
          '<?xml version="1.0" encoding="windows-1251"?><xliff version="1.2"><file><body><trans-unit id="1"><source>',
        ),
        Buffer.from([0xd1, 0xf3, 0xe4]),
        Buffer.from('</source></trans-unit></body></file></xliff>'),
      ]),
      /windows-1251|UTF-8/,
    ],
    [
      'cut short',
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file><body><trans-unit id="1">',
      /well-formed/,
    ],
    ['not xliff', '<html><body>hi</body></html>', /not an XLIFF/],
  ];
  for (const [name, body, message] of hostile) {
    it(`refuses ${name} with a clear error and changes nothing`, async () => {
      const before = await unitTexts();
      const res = await upload(lastochka, body);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toMatch(message);
      expect(await unitTexts()).toEqual(before);
    });
  }

  it('refuses an oversized file and answers in Russian when asked', async () => {
    const before = await unitTexts();
    const big = Buffer.alloc(60 * 1024 * 1024, 0x20);
    const res = await upload(lastochka, big);
    expect([400, 413]).toContain(res.status);
    expect(await unitTexts()).toEqual(before);
    const ru = await lastochka.agent
      .post(`/api/v1/translations/${id}/xliff`)
      .set('x-csrf-token', lastochka.csrf)
      .set('accept-language', 'ru')
      .attach('file', Buffer.from('<html/>'), 'a.xlf')
      .expect(400);
    expect(JSON.stringify(ru.body)).toMatch(/XLIFF/);
    expect(JSON.stringify(ru.body)).toMatch(/[а-я]/);
  });

  it('keeps a file with one bad unit from changing any unit', async () => {
    const before = await unitTexts();
    const xml = (await exportXml(lastochka))
      .replace('>Filled offline.</target>', '>Filled offline twice.</target>')
      .replace(
        '</body>',
        '<trans-unit id="999999"><source>x</source><target>y</target></trans-unit><trans-unit id="999999"><source>x</source><target>y</target></trans-unit></body>',
      );
    const res = await upload(lastochka, xml).expect(400);
    expect(JSON.stringify(res.body)).toMatch(/twice/);
    expect(await unitTexts()).toEqual(before);
  });

  describe('workspace page', () => {
    it('links the page from the editor and refuses people not working on the translation', async () => {
      const editorPage = await lastochka.agent.get(`/workspace/translations/${id}`).expect(200);
      expect(editorPage.text).toContain(`/workspace/translations/${id}/xliff/import`);
      const form = await lastochka.agent
        .get(`/workspace/translations/${id}/xliff/import`)
        .expect(200);
      expect(form.text).toContain('enctype="multipart/form-data"');
      expect(form.text).toContain('name="_csrf"');
      await skvorets.agent.get(`/workspace/translations/${id}/xliff/import`).expect(404);
      await skvorets.agent.get(`/workspace/translations/${id}/xliff`).expect(404);
    });

    it('imports from the form with CSRF, shows conflicts escaped, refuses without CSRF', async () => {
      const xml = (await lastochka.agent.get(`/workspace/translations/${id}/xliff`).expect(200))
        .text;
      expect(xml).toContain('<trans-unit ');
      const units = (await api(lastochka).get(`/api/v1/translations/${id}`).expect(200)).body
        .units as { id: number; version: number; text: string }[];
      await api(lastochka)
        .put(`/api/v1/translations/${id}/units/${units[0].id}`, {
          text: 'Fine <b>here</b>',
          version: units[0].version,
        })
        .expect(200);
      const edited = xml.replace(
        `>${units[0].text}</target>`,
        '>Fine &lt;i&gt;there&lt;/i&gt;</target>',
      );
      const before = await unitTexts();
      await lastochka.agent
        .post(`/workspace/translations/${id}/xliff/import`)
        .attach('file', Buffer.from(edited), 'w.xlf')
        .expect(403);
      expect(await unitTexts()).toEqual(before);
      const res = await lastochka.agent
        .post(`/workspace/translations/${id}/xliff/import`)
        .field('_csrf', lastochka.csrf)
        .attach('file', Buffer.from(edited), 'w.xlf')
        .expect(200);
      expect(res.text).toContain('conflicts: 1');
      expect(res.text).toContain('Fine &lt;i&gt;there&lt;/i&gt;');
      expect(res.text).not.toContain('<i>there</i>');
      expect(res.text).toContain('Fine &lt;b&gt;here&lt;/b&gt;');
    });

    it('shows a translated error for a hostile file and changes nothing', async () => {
      const before = await unitTexts();
      const res = await lastochka.agent
        .post(`/workspace/translations/${id}/xliff/import`)
        .set('accept-language', 'ru')
        .field('_csrf', lastochka.csrf)
        .attach('file', Buffer.from('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'), 'w.xlf')
        .expect(400);
      expect(res.text).toContain('DOCTYPE');
      expect(await unitTexts()).toEqual(before);
    });
  });
});
