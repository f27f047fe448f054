import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';
import { createInitiative } from './support/workflow.js';

const MEMORIAL = `28 декабря 2021 г. Верховный суд России постановил ликвидировать «Мемориал». Решение вынес судья А. Н. Назарова.

Организация сохраняла память о жертвах репрессий.

Прокуратура ссылалась на ч. 1 ст. 330.1 УК и закон об «иностранных агентах».`;

describe('initiatives and source texts', () => {
  let t: TestApp;
  let editor: SignedInClient;
  let translator: SignedInClient;
  let initiativeId: number;

  const sourceBody = (extra: Record<string, unknown> = {}) => ({
    initiativeId,
    language: 'ru',
    kind: 'news',
    title: 'Верховный суд ликвидировал «Мемориал»',
    body: MEMORIAL,
    originalUrl: 'https://example.org/memorial',
    publishedDate: '2021-12-28',
    licence: 'CC-BY-4.0',
    legalReferences: [{ code: 'criminal', article: '330.1', part: '1' }],
    tags: ['memorial'],
    ...extra,
  });

  beforeAll(async () => {
    t = await startTestApp({
      LANGUAGE_PAIRS: 'ru>en',
      MAX_TEXT_BYTES: '5000',
      MAX_UPLOAD_BYTES: '4000',
    });
    editor = await t.signIn(await t.createUser('lipa', ['editor']));
    translator = await t.signIn(await t.createUser('chizh', ['translator']));
    initiativeId = await createInitiative(editor, {
      siteUrl: 'https://example.org',
      foreignAgent: true,
      foreignAgentLabel: 'Label text',
    });
  });
  afterAll(() => t.close());

  it('an editor pastes a Russian text and sees it segmented with sentence hints', async () => {
    const created = await editor.agent
      .post('/api/v1/sources')
      .set('x-csrf-token', editor.csrf)
      .send(sourceBody())
      .expect(201);
    expect(created.body.segments).toHaveLength(4);
    expect(created.body.segments[0]).toMatchObject({
      kind: 'title',
      text: 'Верховный суд ликвидировал «Мемориал»',
    });
    expect(created.body.segments[1].sentences).toEqual([
      '28 декабря 2021 г. Верховный суд России постановил ликвидировать «Мемориал».',
      'Решение вынес судья А. Н. Назарова.',
    ]);
    expect(created.body.legalReferences).toEqual([
      { code: 'criminal', article: '330.1', part: '1' },
    ]);
    const page = await translator.agent.get(`/workspace/sources/${created.body.id}`).expect(200);
    expect(page.text).toContain('4 segments');
    expect(page.text).toContain('Решение вынес судья А. Н. Назарова.');
    expect(page.text).toContain('Part 1 of Article 330.1 of the Criminal Code');
    expect(page.text).not.toContain(`/workspace/sources/${created.body.id}/edit`);
  });

  it('validates every field with translated messages and creates nothing on bad input', async () => {
    const before = (await t.get(DataSource).query(`SELECT count(*) AS n FROM source_text`))[0].n;
    const res = await editor.agent
      .post('/api/v1/sources?lang=ru')
      .set('x-csrf-token', editor.csrf)
      .send(
        sourceBody({
          title: '',
          originalUrl: 'javascript:alert(1)',
          publishedDate: '2021-02-30',
          licence: 'GPL',
          initiativeId: 9999,
        }),
      )
      .expect(400);
    const fields = Object.fromEntries(
      res.body.error.fields.map((f: { field: string; message: string }) => [f.field, f.message]),
    );
    expect(fields.title).toBe('Это поле обязательно.');
    expect(fields.originalUrl).toBe('Укажите полный адрес, начинающийся с http:// или https://.');
    expect(fields.licence).toMatch(/^Выберите одно из: CC-BY-4.0/);

    const date = await editor.agent
      .post('/api/v1/sources')
      .set('x-csrf-token', editor.csrf)
      .send(sourceBody({ publishedDate: '2021-02-30' }))
      .expect(400);
    expect(date.body.error.fields).toEqual([
      { field: 'publishedDate', message: 'This date does not exist.' },
    ]);
    const initiative = await editor.agent
      .post('/api/v1/sources')
      .set('x-csrf-token', editor.csrf)
      .send(sourceBody({ initiativeId: 9999 }))
      .expect(400);
    expect(initiative.body.error.fields[0].message).toBe('There is no such initiative.');
    const lang = await editor.agent
      .post('/api/v1/sources')
      .set('x-csrf-token', editor.csrf)
      .send(sourceBody({ language: 'en' }))
      .expect(400);
    expect(lang.body.error.fields[0].message).toBe('This site does not translate from en.');
    await editor.agent
      .post('/api/v1/sources')
      .set('x-csrf-token', editor.csrf)
      .send(sourceBody({ language: 'de' }))
      .expect(400);
    const big = await editor.agent
      .post('/api/v1/sources')
      .set('x-csrf-token', editor.csrf)
      .send(sourceBody({ body: 'Текст. '.repeat(800) }))
      .expect(400);
    expect(big.body.error.fields[0].message).toBe('The text is larger than allowed (5000 bytes).');
    const permission = await editor.agent
      .post('/api/v1/sources')
      .set('x-csrf-token', editor.csrf)
      .send(sourceBody({ licence: 'permission' }))
      .expect(400);
    expect(permission.body.error.fields[0].field).toBe('licenceEvidence');
    const tag = await editor.agent
      .post('/api/v1/sources?lang=ru')
      .set('x-csrf-token', editor.csrf)
      .send(sourceBody({ tags: ['memorial', 'human rights'] }))
      .expect(400);
    expect(tag.body.error.fields).toEqual([
      { field: 'tags', message: expect.stringMatching(/^Тег — одно слово/) },
    ]);
    const form = await editor.agent
      .post('/workspace/sources')
      .type('form')
      .send({
        _csrf: editor.csrf,
        initiativeId,
        language: 'ru',
        kind: 'news',
        title: 'x',
        body: 'y',
        licence: 'unknown',
        legalReferences: 'закон об иноагентах',
      })
      .expect(400);
    expect(form.text).toContain('This line is not a legal reference with an article and a code');
    expect(form.text).toContain('закон об иноагентах');
    expect((await t.get(DataSource).query(`SELECT count(*) AS n FROM source_text`))[0].n).toBe(
      before,
    );
  });

  it('an edit makes a new revision, keeps unchanged segments and reports what changed; a stale edit gets 409', async () => {
    const created = await editor.agent
      .post('/api/v1/sources')
      .set('x-csrf-token', editor.csrf)
      .send(sourceBody())
      .expect(201);
    const id = created.body.id;
    const ids = created.body.segments.map((s: { id: number }) => s.id);
    const edited =
      MEMORIAL.replace(
        'Организация сохраняла память о жертвах репрессий.',
        'Организация десятилетиями сохраняла память о жертвах сталинских репрессий.',
      ) + '\n\nОрганизация обжаловала решение.';
    const put = await editor.agent
      .put(`/api/v1/sources/${id}`)
      .set('x-csrf-token', editor.csrf)
      .send({ ...sourceBody({ body: edited }), version: created.body.version })
      .expect(200);
    expect(put.body.newRevision).toBe(2);
    const newIds = put.body.segments.map((s: { id: number }) => s.id);
    expect(newIds.slice(0, 4)).toEqual(ids);
    expect(newIds).toHaveLength(5);
    const [changed] = await t
      .get(DataSource)
      .query(`SELECT previous_text, changed_revision FROM segment WHERE id = ?`, [ids[2]]);
    expect(changed).toEqual({
      previous_text: 'Организация сохраняла память о жертвах репрессий.',
      changed_revision: 2,
    });

    const revision = await translator.agent.get(`/workspace/sources/${id}/revisions/2`).expect(200);
    expect(revision.text).toContain('1 segment changed, 1 added, 0 removed');
    expect(revision.text).toContain('<del>Организация сохраняла память о жертвах репрессий.</del>');
    expect(revision.text).toContain('<ins>Организация обжаловала решение.</ins>');

    const stale = await editor.agent
      .put(`/api/v1/sources/${id}`)
      .set('x-csrf-token', editor.csrf)
      .send({ ...sourceBody({ body: 'Совсем другой текст.' }), version: created.body.version })
      .expect(409);
    expect(stale.body.error.current.version).toBe(put.body.version);
    expect(stale.body.error.current.text).toContain('Организация обжаловала решение.');
    const [row] = await t
      .get(DataSource)
      .query(`SELECT revision FROM source_text WHERE id = ?`, [id]);
    expect(row.revision).toBe(2);

    // A metadata-only edit is not a new revision.
    const meta = await editor.agent
      .put(`/api/v1/sources/${id}`)
      .set('x-csrf-token', editor.csrf)
      .send({
        ...sourceBody({ body: edited, tags: ['memorial', 'courts'] }),
        version: put.body.version,
      })
      .expect(200);
    expect(meta.body.newRevision).toBeNull();
    expect(meta.body.tags).toEqual(['courts', 'memorial']);
  });

  it('editing through the form goes to the revision page', async () => {
    const created = await editor.agent
      .post('/api/v1/sources')
      .set('x-csrf-token', editor.csrf)
      .send(sourceBody())
      .expect(201);
    const form = await editor.agent.get(`/workspace/sources/${created.body.id}/edit`).expect(200);
    expect(form.text).toContain('ч. 1 ст. 330.1 УК РФ');
    const res = await editor.agent
      .post(`/workspace/sources/${created.body.id}`)
      .type('form')
      .send({
        _csrf: editor.csrf,
        version: created.body.version,
        initiativeId,
        language: 'ru',
        kind: 'news',
        title: 'Новый заголовок',
        body: MEMORIAL,
        licence: 'CC-BY-4.0',
        legalReferences: 'ч. 1 ст. 330.1 УК РФ',
        publishedPrecision: 'day',
      })
      .expect(303);
    expect(res.headers.location).toBe(`/workspace/sources/${created.body.id}/revisions/2`);
    await translator.agent.get(`/workspace/sources/${created.body.id}/edit`).expect(403);
    await translator.agent
      .put(`/api/v1/sources/${created.body.id}`)
      .set('x-csrf-token', translator.csrf)
      .send({ ...sourceBody(), version: 2 })
      .expect(403);
  });

  it('lists texts with filters', async () => {
    const list = await translator.agent.get('/api/v1/sources?tag=courts').expect(200);
    expect(list.body.sources.every((s: { tags: string[] }) => s.tags.includes('courts'))).toBe(
      true,
    );
    expect(list.body.total).toBe(1);
    const page = await translator.agent
      .get(`/workspace/sources?initiative=${initiativeId}&kind=news&language=ru`)
      .expect(200);
    expect(page.text).toContain('Верховный суд ликвидировал «Мемориал»');
    const none = await translator.agent.get('/workspace/sources?kind=law').expect(200);
    expect(none.text).toContain('No texts match.');
    await translator.agent.get('/api/v1/sources?kind=poem').expect(400);
  });
});
