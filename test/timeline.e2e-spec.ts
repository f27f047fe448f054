import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';

describe('timeline and the segment API', () => {
  let t: TestApp;
  let editor: SignedInClient;
  let translator: SignedInClient;
  let sourceId: number;

  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.signIn(await t.createUser('lipa', ['editor']));
    translator = await t.signIn(await t.createUser('chizh', ['translator']));
    const initiative = await editor.agent
      .post('/api/v1/initiatives')
      .set('x-csrf-token', editor.csrf)
      .send({ nameOriginal: 'Мемориал', nameEn: 'Memorial', defaultLicence: 'CC-BY-4.0' })
      .expect(201);
    const source = await editor.agent
      .post('/api/v1/sources')
      .set('x-csrf-token', editor.csrf)
      .send({
        initiativeId: initiative.body.id,
        language: 'ru',
        kind: 'news',
        title: 'Ликвидация',
        body: 'Текст.',
        licence: 'CC-BY-4.0',
      })
      .expect(201);
    sourceId = source.body.id;
  });
  afterAll(() => t.close());

  const event = (extra: Record<string, unknown> = {}) => ({
    date: '2021-12-28',
    precision: 'day',
    titleEn: 'Memorial closure',
    titleRu: 'Ликвидация «Мемориала»',
    summaryEn: 'The Supreme Court orders Memorial closed.',
    summaryRu: 'Верховный суд постановил ликвидировать «Мемориал».',
    tags: ['memorial'],
    sourceIds: [sourceId],
    ...extra,
  });

  it('an editor puts an event with a "Read more" link on the timeline; readers see it, in order', async () => {
    const created = await editor.agent
      .post('/api/v1/timeline')
      .set('x-csrf-token', editor.csrf)
      .send(event())
      .expect(201);
    expect(created.body).toMatchObject({
      date: '2021-12-28',
      sourceIds: [sourceId],
      tags: ['memorial'],
      version: 1,
    });
    await editor.agent
      .post('/workspace/timeline')
      .type('form')
      .send({
        _csrf: editor.csrf,
        date: '2014',
        precision: 'year',
        summaryEn: 'The war begins.',
        summaryRu: 'Начинается война.',
        tags: 'war',
        sourceIds: '',
      })
      .expect(303);
    const list = await t.client().get('/api/v1/timeline').expect(200);
    expect(
      list.body.events.map((e: { date: string; precision: string }) => [e.date, e.precision]),
    ).toEqual([
      ['2021-12-28', 'day'],
      ['2014-01-01', 'year'],
    ]);
    const home = await t.client().get('/').expect(200);
    expect(home.text).toContain('Memorial closure');
    expect(home.text).toContain('>2014<');
  });

  it('refuses impossible dates, unknown texts and stale versions, changing nothing', async () => {
    const bad = await editor.agent
      .post('/api/v1/timeline')
      .set('x-csrf-token', editor.csrf)
      .send(event({ date: '28.12.2021' }))
      .expect(400);
    expect(bad.body.error.fields[0]).toEqual({
      field: 'date',
      message: 'Write the date as YYYY-MM-DD, YYYY-MM or YYYY.',
    });
    const impossible = await editor.agent
      .post('/api/v1/timeline')
      .set('x-csrf-token', editor.csrf)
      .send(event({ date: '2021-02-29' }))
      .expect(400);
    expect(impossible.body.error.fields[0].message).toBe('This date does not exist.');
    const unknown = await editor.agent
      .post('/api/v1/timeline')
      .set('x-csrf-token', editor.csrf)
      .send(event({ sourceIds: [4242] }))
      .expect(400);
    expect(unknown.body.error.fields[0].message).toBe(
      'There are no source texts with these numbers: 4242.',
    );
    const tagForm = await editor.agent
      .post('/workspace/timeline')
      .type('form')
      .send({
        _csrf: editor.csrf,
        date: '2022',
        precision: 'year',
        summaryEn: 'Tagged.',
        summaryRu: 'С тегами.',
        tags: 'war, human rights',
        sourceIds: '',
      })
      .expect(400);
    expect(tagForm.text).toContain('A tag is one word: letters, digits and hyphens');
    expect(tagForm.text).toContain('war, human rights');
    const count = await t.get(DataSource).query(`SELECT count(*) AS n FROM timeline_event`);
    expect(count[0].n).toBe(2);

    const [first] = (await t.client().get('/api/v1/timeline').expect(200)).body.events;
    await editor.agent
      .put(`/api/v1/timeline/${first.id}`)
      .set('x-csrf-token', editor.csrf)
      .send({ ...event({ summaryEn: 'Edited.' }), version: 1 })
      .expect(200);
    const stale = await editor.agent
      .put(`/api/v1/timeline/${first.id}`)
      .set('x-csrf-token', editor.csrf)
      .send({ ...event({ summaryEn: 'Lost?' }), version: 1 })
      .expect(409);
    expect(stale.body.error.current).toMatchObject({ version: 2, text: 'Edited.' });
  });

  it('refuses translators and anonymous visitors on every timeline write and editor page', async () => {
    await translator.agent
      .post('/api/v1/timeline')
      .set('x-csrf-token', translator.csrf)
      .send(event())
      .expect(403);
    await translator.agent.get('/workspace/timeline').expect(403);
    await translator.agent.get('/workspace/timeline/new').expect(403);
    await translator.agent
      .post('/workspace/timeline')
      .type('form')
      .send({ _csrf: translator.csrf, ...event(), sourceIds: '' })
      .expect(403);
    await t.client().post('/api/v1/timeline').send(event()).expect(401);
    await t.client().get('/workspace/timeline').expect(303);
    const [first] = (await t.client().get('/api/v1/timeline').expect(200)).body.events;
    await translator.agent
      .delete(`/api/v1/timeline/${first.id}`)
      .set('x-csrf-token', translator.csrf)
      .expect(403);
    await editor.agent
      .delete(`/api/v1/timeline/${first.id}`)
      .set('x-csrf-token', editor.csrf)
      .expect(204);
  });

  it('segments text for any signed-in user, and for nobody else', async () => {
    const res = await translator.agent
      .post('/api/v1/segment')
      .set('x-csrf-token', translator.csrf)
      .send({
        language: 'ru',
        text: 'В. В. Путин подписал закон. Он вступил в силу.\n\nВторой абзац в г. Москве.',
      })
      .expect(200);
    expect(res.body).toEqual({
      paragraphs: [
        {
          text: 'В. В. Путин подписал закон. Он вступил в силу.',
          sentences: ['В. В. Путин подписал закон.', 'Он вступил в силу.'],
        },
        { text: 'Второй абзац в г. Москве.', sentences: ['Второй абзац в г. Москве.'] },
      ],
    });
    await t.client().post('/api/v1/segment').send({ language: 'ru', text: 'x' }).expect(401);
    await translator.agent
      .post('/api/v1/segment')
      .set('x-csrf-token', translator.csrf)
      .send({ language: 'de', text: 'x' })
      .expect(400);
  });

  it('segments the largest text of initials it accepts into one sentence', async () => {
    // 200,000 characters of "А. А. " once took minutes and held the server; now it is linear.
    const text = 'А. А. '.repeat(33_333);
    const res = await translator.agent
      .post('/api/v1/segment')
      .set('x-csrf-token', translator.csrf)
      .send({ language: 'ru', text })
      .expect(200);
    expect(res.body).toEqual({ paragraphs: [{ text: text.trim(), sentences: [text.trim()] }] });
  });

  it('lists the source and timeline routes in the OpenAPI document', async () => {
    const doc = await t.client().get('/api/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/initiatives',
        '/api/v1/sources',
        '/api/v1/sources/{id}',
        '/api/v1/timeline',
        '/api/v1/segment',
      ]),
    );
    expect(doc.body.components.schemas.CreateSourceDto.required).toEqual(
      expect.arrayContaining(['title', 'body', 'initiativeId']),
    );
  });
});
