import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download } from './support/exchange-files.js';
import { countRows } from './support/row-count.js';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4"><header creationtool="OmegaT" srclang="ru"/><body>
<tu><tuv xml:lang="ru"><seg>Апелляция отклонена</seg></tuv><tuv xml:lang="en"><seg>The appeal was rejected</seg></tuv></tu>
<tu><tuv xml:lang="ru"><seg>Только русский</seg></tuv></tu>
</body></tmx>`;

describe('translation memory page (TMX)', () => {
  let t: TestApp;
  let editor: SignedInClient;
  let lastochka: SignedInClient;
  let outsider: SignedInClient;

  const importPage = (c: SignedInClient, bytes: Buffer, fields: Record<string, string>) => {
    let req = c.agent.post('/workspace/memory/import');
    for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
    return req.attach('file', bytes, 'project.tmx');
  };

  beforeAll(async () => {
    t = await startTestApp({ LANGUAGE_PAIRS: 'ru>en,en>ru' });
    editor = await t.signIn(await t.createUser('lipa', ['editor']));
    lastochka = await t.signIn(await t.createUser('lastochka', ['translator'], ['ru>en']));
    outsider = await t.signIn(await t.createUser('grach', ['translator'], []));
  });
  afterAll(() => t.close());

  it('offers people the downloads of their own pairs only, and editors the import form', async () => {
    const mine = await lastochka.agent.get('/workspace/memory').expect(200);
    expect(mine.text).toContain('href="/workspace/memory"');
    expect(mine.text).toContain('/workspace/memory/tmx?sourceLanguage=ru&amp;targetLanguage=en');
    expect(mine.text).not.toContain('sourceLanguage=en&amp;targetLanguage=ru');
    expect(mine.text).not.toContain('enctype="multipart/form-data"');
    const none = await outsider.agent.get('/workspace/memory').expect(200);
    expect(none.text).toContain('You do not work in any language pair yet.');
    await outsider.agent
      .get('/workspace/memory/tmx?sourceLanguage=ru&targetLanguage=en')
      .expect(403);
    await t.client().get('/workspace/memory').expect(303);
    const editorPage = await editor.agent.get('/workspace/memory').expect(200);
    expect(editorPage.text).toContain('enctype="multipart/form-data"');
    expect(editorPage.text).toContain('sourceLanguage=en&amp;targetLanguage=ru');
  });

  it('imports a TMX file for an editor, with CSRF, and the pair downloads it back', async () => {
    await importPage(editor, Buffer.from(TMX), { pair: 'ru>en' }).expect(403);
    await importPage(lastochka, Buffer.from(TMX), { _csrf: lastochka.csrf, pair: 'ru>en' }).expect(
      403,
    );
    expect(await countRows(t, 'tm_entry')).toBe(0);
    const res = await importPage(editor, Buffer.from(TMX), {
      _csrf: editor.csrf,
      pair: 'ru>en',
    }).expect(200);
    expect(res.text).toContain(
      'Imported from project.tmx (OmegaT): 1; skipped without both languages: 1.',
    );
    expect(await countRows(t, 'tm_entry')).toBe(1);
    const tmx = await download(
      lastochka.agent,
      '/workspace/memory/tmx?sourceLanguage=ru&targetLanguage=en',
    );
    expect(tmx.xml).toContain('<seg>The appeal was rejected</seg>');
    expect(tmx.xml).toContain('import: project.tmx (OmegaT)');
  });

  it('shows a bad file or pair on the form and imports nothing', async () => {
    const before = await countRows(t, 'tm_entry');
    const hostile = await importPage(
      editor,
      Buffer.from('<!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tmx/>'),
      { _csrf: editor.csrf, pair: 'ru>en' },
    ).expect(400);
    expect(hostile.text).toContain('declares a DOCTYPE');
    expect(hostile.text).toContain('enctype="multipart/form-data"');
    await importPage(editor, Buffer.from(TMX), { _csrf: editor.csrf, pair: 'de>en' }).expect(400);
    expect(await countRows(t, 'tm_entry')).toBe(before);
  });
});
