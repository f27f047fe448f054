import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download } from './support/exchange-files.js';
import { countRows } from './support/row-count.js';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';

describe('glossary exchange pages', () => {
  let t: TestApp;
  let editor: SignedInClient;
  let translator: SignedInClient;

  const previewPage = (c: SignedInClient, csv: string, csrf = c.csrf) =>
    c.agent
      .post('/workspace/glossary/exchange/preview')
      .field('_csrf', csrf)
      .field('format', 'csv')
      .field('sourceLanguage', 'ru')
      .field('targetLanguage', 'en')
      .attach('file', Buffer.from(csv), 'terms.csv');
  const hidden = (html: string, name: string) =>
    new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1] ?? '';

  beforeAll(async () => {
    t = await startTestApp({ LANGUAGE_PAIRS: 'ru>en,en>ru' });
    editor = await t.signIn(await t.createUser('lipa', ['editor']));
    translator = await t.signIn(await t.createUser('chizh', ['translator'], ['ru>en']));
    // Through the term form, with renderings to avoid.
    await editor.agent
      .post('/workspace/glossary')
      .type('form')
      .send({
        _csrf: editor.csrf,
        sourceLanguage: 'ru',
        term: 'иностранный агент',
        forms: 'иноагент',
        note: '',
        rendering_en: 'foreign agent',
        forbidden_en: 'foreign spy\nalien agent',
      })
      .expect(303);
  });
  afterAll(() => t.close());

  it('shows renderings to avoid in the glossary and refuses one that is the rendering', async () => {
    const list = await translator.agent.get('/workspace/glossary').expect(200);
    expect(list.text).toContain('foreign spy, alien agent');
    expect(list.text).toContain('href="/workspace/glossary/exchange"');
    const res = await editor.agent
      .post('/workspace/glossary')
      .type('form')
      .send({
        _csrf: editor.csrf,
        sourceLanguage: 'ru',
        term: 'политзаключённый',
        rendering_en: 'political prisoner',
        forbidden_en: 'Political prisoner',
      })
      .expect(400);
    expect(res.text).toMatch(/id="forbidden_en"[^>]*aria-invalid="true"/);
    expect(res.text).toContain('cannot also be a rendering to avoid');
  });

  it('gives everyone signed in the downloads, and only editors the import form', async () => {
    const page = await translator.agent.get('/workspace/glossary/exchange').expect(200);
    expect(page.text).toContain('/workspace/glossary/exchange/tbx?sourceLanguage=ru');
    expect(page.text).toContain(
      '/workspace/glossary/exchange/csv?sourceLanguage=ru&amp;targetLanguage=en',
    );
    expect(page.text).not.toContain('enctype="multipart/form-data"');
    const csv = await download(
      translator.agent,
      '/workspace/glossary/exchange/csv?sourceLanguage=ru&targetLanguage=en',
    );
    expect(csv.xml).toContain('иностранный агент,foreign agent,');
    const tbx = await download(
      translator.agent,
      '/workspace/glossary/exchange/tbx?sourceLanguage=ru',
    );
    expect(tbx.xml).toContain('<term>alien agent</term>');
    await t.client().get('/workspace/glossary/exchange').expect(303);
    await previewPage(translator, 'source,target\nа,b\n').expect(403);
    const editorPage = await editor.agent.get('/workspace/glossary/exchange').expect(200);
    expect(editorPage.text).toContain('enctype="multipart/form-data"');
  });

  it('previews a file as a table without writing, then imports it on confirmation', async () => {
    const csv =
      'source,target,note\nиностранный агент,foreign agent,\n"Мемориал","=Memorial",Centre\n,x,\n';
    const before = await countRows(t, 'glossary_term');
    const preview = await previewPage(editor, csv).expect(200);
    expect(preview.text).toContain('Added: 1, changed: 0, unchanged: 1, refused: 1.');
    expect(preview.text).toContain('Мемориал');
    expect(preview.text).toContain('no term in the glossary');
    expect(await countRows(t, 'glossary_term')).toBe(before);
    const token = hidden(preview.text, 'token');
    const version = hidden(preview.text, 'version');
    await editor.agent
      .post('/workspace/glossary/exchange/commit')
      .type('form')
      .send({ token, version })
      .expect(403);
    const done = await editor.agent
      .post('/workspace/glossary/exchange/commit')
      .type('form')
      .send({ _csrf: editor.csrf, token, version })
      .expect(200);
    expect(done.text).toContain('The glossary was updated. Added: 1');
    expect(await countRows(t, 'glossary_term')).toBe(before + 1);
    const list = await editor.agent.get('/workspace/glossary').expect(200);
    expect(list.text).toContain('=Memorial');
  });

  it('shows a conflict and imports nothing when the glossary changed after the preview', async () => {
    const preview = await previewPage(editor, 'source,target\nпрокуратура,prosecutor\n').expect(
      200,
    );
    await editor.agent
      .post('/workspace/glossary')
      .type('form')
      .send({ _csrf: editor.csrf, sourceLanguage: 'ru', term: 'суд', rendering_en: 'court' })
      .expect(303);
    const before = await countRows(t, 'glossary_term');
    const res = await editor.agent
      .post('/workspace/glossary/exchange/commit?lang=ru')
      .type('form')
      .send({
        _csrf: editor.csrf,
        token: hidden(preview.text, 'token'),
        version: hidden(preview.text, 'version'),
      })
      .expect(409);
    expect(res.text).toContain('Глоссарий изменился после предпросмотра');
    expect(await countRows(t, 'glossary_term')).toBe(before);
  });
});
