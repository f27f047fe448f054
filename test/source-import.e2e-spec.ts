import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';

describe('importing source texts from files', () => {
  let t: TestApp;
  let editor: SignedInClient;
  let initiativeId: number;

  const upload = (
    content: Buffer | string,
    filename: string,
    fields: Record<string, string> = {},
  ) => {
    const req = editor.agent.post('/workspace/sources/import').field('_csrf', editor.csrf);
    const all = {
      initiativeId: String(initiativeId),
      language: 'ru',
      kind: 'statement',
      licence: 'CC-BY-4.0',
      ...fields,
    };
    for (const [key, value] of Object.entries(all)) req.field(key, value);
    return req.attach(
      'file',
      Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'),
      filename,
    );
  };
  const count = async () =>
    (await t.get(DataSource).query(`SELECT count(*) AS n FROM source_text`))[0].n as number;

  beforeAll(async () => {
    t = await startTestApp({ MAX_UPLOAD_BYTES: '20000' });
    editor = await t.signIn(await t.createUser('lipa', ['editor']));
    initiativeId = (
      await editor.agent
        .post('/api/v1/initiatives')
        .set('x-csrf-token', editor.csrf)
        .send({ nameOriginal: 'Мосты', nameEn: 'Bridges', defaultLicence: 'CC-BY-4.0' })
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  it('imports Markdown: the first heading becomes the title, blocks become segments', async () => {
    const md =
      '# Наша позиция\n\nРоссия начала войну против Украины.\n\n## Что мы делаем\n\n- Переводим тексты\n- Объясняем контекст\n\n> Диалог, а не изоляция.';
    const res = await upload(md, 'stand.md').expect(303);
    const id = Number(/\/workspace\/sources\/(\d+)$/.exec(res.headers.location)![1]);
    const [source] = await t
      .get(DataSource)
      .query(`SELECT title, body FROM source_text WHERE id = ?`, [id]);
    expect(source.title).toBe('Наша позиция');
    const segments = await t
      .get(DataSource)
      .query(`SELECT kind, text FROM segment WHERE source_id = ? ORDER BY position`, [id]);
    expect(segments).toEqual([
      { kind: 'title', text: 'Наша позиция' },
      { kind: 'paragraph', text: 'Россия начала войну против Украины.' },
      { kind: 'heading', text: 'Что мы делаем' },
      { kind: 'list-item', text: 'Переводим тексты' },
      { kind: 'list-item', text: 'Объясняем контекст' },
      { kind: 'quote', text: 'Диалог, а не изоляция.' },
    ]);
  });

  it('imports HTML sanitised down to text, links and emphasis; scripts, styles and handlers are dropped', async () => {
    const html = `<!doctype html><html><head><title>Эхо Москвы закрыто</title><style>p{color:red}</style><script>alert("x")</script></head>
      <body><p onclick="steal()">Радиостанцию <strong>«Эхо Москвы»</strong> ликвидировали 1 марта 2022 г.</p>
      <p><a href="javascript:alert(1)">плохая ссылка</a> и <a href="https://example.org/echo" style="x">хорошая</a></p>
      <img src="https://tracker.example/x.gif"><iframe src="https://evil.example"></iframe></body></html>`;
    const res = await upload(html, 'echo.html', { kind: 'news' }).expect(303);
    const id = Number(/(\d+)$/.exec(res.headers.location)![1]);
    const [source] = await t
      .get(DataSource)
      .query(`SELECT title, body FROM source_text WHERE id = ?`, [id]);
    expect(source.title).toBe('Эхо Москвы закрыто');
    expect(source.body).toBe(
      'Радиостанцию **«Эхо Москвы»** ликвидировали 1 марта 2022 г.\n\nплохая ссылка и [хорошая](https://example.org/echo)',
    );
    expect(source.body).not.toMatch(/alert|steal|color|tracker|evil|onclick/);
  });

  it('imports plain text with a given title', async () => {
    const res = await upload('Первый абзац.\nВторой абзац.\n- не список', 'note.txt', {
      title: 'Заметка',
    }).expect(303);
    const id = Number(/(\d+)$/.exec(res.headers.location)![1]);
    const segments = await t
      .get(DataSource)
      .query(`SELECT kind, text FROM segment WHERE source_id = ? ORDER BY position`, [id]);
    expect(segments.map((s: { kind: string }) => s.kind)).toEqual([
      'title',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(segments[3].text).toBe('- не список');
  });

  it('refuses non-UTF-8, binary, empty and oversized files with a clear error, changing nothing', async () => {
    const before = await count();
    const cp1251 = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // "Привет" in Windows-1251
    expect((await upload(cp1251, 'old.txt', { title: 'x' }).expect(400)).text).toContain(
      'The file is not in UTF-8.',
    );
    expect(
      (
        await upload(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'doc.txt', {
          title: 'x',
        }).expect(400)
      ).text,
    ).toContain('The file does not contain text.');
    expect((await upload('   \n\n  ', 'empty.md', { title: 'x' }).expect(400)).text).toContain(
      'The file contains no text to translate.',
    );
    const big = await upload('Очень длинный текст. '.repeat(2000), 'big.txt', { title: 'x' });
    expect(big.status).toBe(413);
    expect(big.text).toContain('larger than allowed');
    const noTitle = await upload('Просто абзац.', 'untitled.txt').expect(400);
    expect(noTitle.text).toContain('The file has no heading to take the title from');
    const badMeta = await upload('# Заголовок\n\nТекст.', 'x.md', { initiativeId: '999' }).expect(
      400,
    );
    expect(badMeta.text).toContain('There is no such initiative.');
    expect(await count()).toBe(before);
  });

  it('imports through the API with a Bearer token', async () => {
    const token = (
      await editor.agent
        .post('/api/v1/tokens')
        .set('x-csrf-token', editor.csrf)
        .send({ name: 'import' })
        .expect(201)
    ).body.token;
    const res = await t
      .client()
      .post('/api/v1/sources/import')
      .set('authorization', `Bearer ${token}`)
      .field('initiativeId', String(initiativeId))
      .field('language', 'ru')
      .field('kind', 'news')
      .field('licence', 'unknown')
      .attach('file', Buffer.from('# Заголовок\n\nАбзац один.\n\nАбзац два.'), 'api.md')
      .expect(201);
    expect(res.body.title).toBe('Заголовок');
    expect(res.body.segments.map((x: { kind: string }) => x.kind)).toEqual([
      'title',
      'paragraph',
      'paragraph',
    ]);
    const bad = await t
      .client()
      .post('/api/v1/sources/import')
      .set('authorization', `Bearer ${token}`)
      .field('initiativeId', String(initiativeId))
      .field('language', 'ru')
      .field('kind', 'news')
      .field('licence', 'unknown')
      .field('status', 'published')
      .attach('file', Buffer.from('# T\n\ntext'), 'api.md')
      .expect(400);
    expect(bad.body.error.fields[0].field).toBe('status');
  });

  it('needs the CSRF token and the editor role to import', async () => {
    const translator = await t.signIn(await t.createUser('chizh', ['translator']));
    await translator.agent
      .post('/workspace/sources/import')
      .field('_csrf', translator.csrf)
      .field('initiativeId', String(initiativeId))
      .attach('file', Buffer.from('# T\n\ntext'), 'a.md')
      .expect(403);
    await editor.agent
      .post('/workspace/sources/import')
      .field('initiativeId', String(initiativeId))
      .attach('file', Buffer.from('# T\n\ntext'), 'a.md')
      .expect(403);
  });
});
