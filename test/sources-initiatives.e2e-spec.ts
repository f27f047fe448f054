import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';

describe('initiatives and source texts', () => {
  let t: TestApp;
  let editor: SignedInClient;
  let translator: SignedInClient;

  beforeAll(async () => {
    t = await startTestApp({
      LANGUAGE_PAIRS: 'ru>en',
      MAX_TEXT_BYTES: '5000',
      MAX_UPLOAD_BYTES: '4000',
    });
    editor = await t.signIn(await t.createUser('lipa', ['editor']));
    translator = await t.signIn(await t.createUser('chizh', ['translator']));
  });
  afterAll(() => t.close());

  it('an editor creates an initiative through the form; a translator and an anonymous visitor cannot', async () => {
    const form = {
      nameOriginal: 'Мемориал',
      nameEn: 'Memorial',
      siteUrl: 'https://example.org',
      defaultLicence: 'CC-BY-4.0',
    };
    await translator.agent.get('/workspace/initiatives/new').expect(403);
    await translator.agent
      .post('/workspace/initiatives')
      .type('form')
      .send({ _csrf: translator.csrf, ...form })
      .expect(403);
    await translator.agent
      .post('/api/v1/initiatives')
      .set('x-csrf-token', translator.csrf)
      .send(form)
      .expect(403);
    await t.client().post('/api/v1/initiatives').send(form).expect(401);
    await t.client().get('/workspace/initiatives').expect(303);

    const bad = await editor.agent
      .post('/workspace/initiatives')
      .type('form')
      .send({ _csrf: editor.csrf, ...form, siteUrl: 'not a url', foreignAgent: 'on' })
      .expect(400);
    expect(bad.text).toContain('Enter a full web address');
    expect(await t.get(DataSource).query(`SELECT * FROM initiative`)).toHaveLength(0);

    await editor.agent
      .post('/workspace/initiatives')
      .type('form')
      .send({ _csrf: editor.csrf, ...form, foreignAgent: 'on', foreignAgentLabel: 'Label text' })
      .expect(303);
    const [row] = await t
      .get(DataSource)
      .query(`SELECT id, slug, foreign_agent, foreign_agent_label FROM initiative`);
    expect(row).toMatchObject({
      slug: 'memorial',
      foreign_agent: 1,
      foreign_agent_label: 'Label text',
    });
    const list = await translator.agent.get('/workspace/initiatives').expect(200);
    expect(list.text).toContain('Memorial');
    expect(list.text).not.toContain('/workspace/initiatives/new');
  });

  it('refuses a foreign-agent flag without its label, and unknown fields', async () => {
    const res = await editor.agent
      .post('/api/v1/initiatives')
      .set('x-csrf-token', editor.csrf)
      .send({
        nameOriginal: 'ОВД-Инфо',
        nameEn: 'OVD-Info',
        defaultLicence: 'unknown',
        foreignAgent: true,
        status: 'x',
      })
      .expect(400);
    expect(res.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['status']);
    const label = await editor.agent
      .post('/api/v1/initiatives')
      .set('x-csrf-token', editor.csrf)
      .send({
        nameOriginal: 'ОВД-Инфо',
        nameEn: 'OVD-Info',
        defaultLicence: 'unknown',
        foreignAgent: true,
      })
      .expect(400);
    expect(label.body.error.fields[0]).toMatchObject({ field: 'foreignAgentLabel' });
  });
});
