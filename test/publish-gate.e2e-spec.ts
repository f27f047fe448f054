import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';
import {
  api,
  createInitiative,
  createSource,
  reviewUnits,
  submit,
  translate,
  translationVersion,
} from './support/workflow.js';

describe('publish gate: explainers of glossary terms must be approved', () => {
  let t: TestApp;
  let editor: SignedInClient;
  let reviewer: SignedInClient;
  let translator: SignedInClient;

  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.signIn(await t.createUser('lipa', ['editor']));
    reviewer = await t.signIn(await t.createUser('sova', ['reviewer'], ['ru>en']));
    translator = await t.signIn(await t.createUser('lastochka', ['translator'], ['ru>en']));
  });
  afterAll(() => t.close());

  it('refuses to publish while a term’s explainer is unapproved, then carries it once approved', async () => {
    const explainer = await api(editor)
      .post('/api/v1/explainers', {
        kind: 'legal-term',
        language: 'en',
        slug: 'undesirable-organisation',
        title: 'Undesirable organisation',
        shortText:
          'A foreign or international organisation that Russian authorities declare a threat; taking part in it is an offence.',
        longText: 'Introduced in 2015.',
        asOf: '2024-01',
        sources: [
          {
            title: 'Federal Law No. 129-FZ of 23 May 2015',
            publisher: 'Russian Federation',
            date: '2015-05-23',
          },
        ],
      })
      .expect(201);
    await api(editor)
      .post('/api/v1/glossary', {
        sourceLanguage: 'ru',
        term: 'нежелательная организация',
        renderings: { en: 'undesirable organisation' },
        explainerId: explainer.body.id,
      })
      .expect(201);
    const source = await createSource(
      editor,
      await createInitiative(editor),
      'Организацию признали нежелательной организацией.',
      'Нежелательная',
    );
    const id = await translate(translator, source.id, [
      'Undesirable',
      'The organisation was declared an undesirable organisation.',
    ]);
    await submit(translator, id);
    const units = await reviewUnits(t, reviewer, id);
    await api(reviewer)
      .post(`/api/v1/translations/${id}/approve-all`, {
        units: Object.fromEntries(units.map((u) => [u.id, u.version])),
      })
      .expect(200);

    const refused = await api(editor)
      .post(`/api/v1/translations/${id}/publish`, { version: await translationVersion(editor, id) })
      .expect(400);
    expect(refused.body.error.fields).toEqual([
      {
        field: 'gate',
        message:
          'The explainer for “нежелательной организацией” is not approved in this language yet.',
      },
    ]);
    expect((await t.get(DataSource).query(`SELECT count(*) AS n FROM publication`))[0].n).toBe(0);

    const working = (body: { versions: { language: string; working: { version: number } }[] }) =>
      body.versions.find((v) => v.language === 'en')!.working.version;
    const submitted = await api(editor)
      .post(`/api/v1/explainers/${explainer.body.id}/versions/en/submit`, {
        version: working(explainer.body),
      })
      .expect(200);
    await api(reviewer)
      .post(`/api/v1/explainers/${explainer.body.id}/versions/en/review`, {
        verdict: 'approve',
        version: working(submitted.body),
      })
      .expect(200);

    // Approved explainers are searchable at once.
    const found = await t.client().get('/api/v1/search?q=undesirable').expect(200);
    expect(
      found.body.results.map((r: { kind: string; url: string }) => [r.kind, r.url]),
    ).toContainEqual(['explainer', '/explainers/undesirable-organisation']);

    const published = await api(editor)
      .post(`/api/v1/translations/${id}/publish`, { version: await translationVersion(editor, id) })
      .expect(201);
    const page = await t.client().get(published.body.url).expect(200);
    expect(page.text).toContain('<a class="explainer-term" href="#explainer-');
    expect(page.text).toContain('undesirable organisation</a>');
    expect(page.text).toContain('href="/explainers/undesirable-organisation"');
    const used = await t.get(DataSource).query(`SELECT explainer_id FROM publication_explainer`);
    expect(used).toEqual([{ explainer_id: explainer.body.id }]);
  });

  it('lets the gate be switched off with PUBLISH_GATE=off', async () => {
    const open = await startTestApp({ PUBLISH_GATE: 'off' });
    try {
      const ed = await open.signIn(await open.createUser('lipa', ['editor']));
      const rv = await open.signIn(await open.createUser('sova', ['reviewer'], ['ru>en']));
      const tr = await open.signIn(await open.createUser('lastochka', ['translator'], ['ru>en']));
      const explainer = await api(ed)
        .post('/api/v1/explainers', {
          kind: 'legal-term',
          language: 'en',
          title: 'Foreign agent',
          shortText: 'A status under Russian law.',
          longText: 'Long.',
        })
        .expect(201);
      await api(ed)
        .post('/api/v1/glossary', {
          sourceLanguage: 'ru',
          term: 'иностранный агент',
          renderings: { en: 'foreign agent' },
          explainerId: explainer.body.id,
        })
        .expect(201);
      const source = await createSource(
        ed,
        await createInitiative(ed),
        'Его признали иностранным агентом.',
        'Иноагент',
      );
      const id = await translate(tr, source.id, [
        'Foreign agent',
        'He was declared a foreign agent.',
      ]);
      await submit(tr, id);
      const units = await reviewUnits(open, rv, id);
      await api(rv)
        .post(`/api/v1/translations/${id}/approve-all`, {
          units: Object.fromEntries(units.map((u) => [u.id, u.version])),
        })
        .expect(200);
      const published = await api(ed)
        .post(`/api/v1/translations/${id}/publish`, { version: await translationVersion(ed, id) })
        .expect(201);
      // Published without the unapproved explainer: readers never see a draft.
      const page = await open.client().get(published.body.url).expect(200);
      expect(page.text).not.toContain('class="explainer"');
    } finally {
      await open.close();
    }
  });
});
