import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { GlossaryService } from '../src/glossary/glossary.service.js';
import { countRows } from './support/row-count.js';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';

describe('glossary and name list', () => {
  let t: TestApp;
  let editor: SignedInClient;
  let translator: SignedInClient;
  const db = () => t.get(DataSource);
  const count = (table: string) => countRows(t, table);

  const agentTerm = {
    sourceLanguage: 'ru',
    term: 'иностранный агент',
    forms: ['иноагент'],
    note: 'A status under Russian law.',
    renderings: { en: 'foreign agent' },
  };

  beforeAll(async () => {
    t = await startTestApp({ LANGUAGE_PAIRS: 'ru>en,en>ru' });
    editor = await t.signIn(await t.createUser('lipa', ['editor']));
    translator = await t.signIn(await t.createUser('chizh', ['translator']));
  });
  afterAll(() => t.close());

  describe('terms through the API', () => {
    const post = (body: unknown, lang = 'en') =>
      editor.agent
        .post(`/api/v1/glossary?lang=${lang}`)
        .set('x-csrf-token', editor.csrf)
        .send(body as object);

    it('creates, reads, lists, updates and deletes a term', async () => {
      const created = await post(agentTerm).expect(201);
      expect(created.body).toEqual({
        id: expect.any(Number),
        ...agentTerm,
        forbidden: {},
        explainerId: null,
        version: 1,
      });
      const id = created.body.id;
      const english = await post({
        sourceLanguage: 'en',
        term: 'foreign agent',
        renderings: { ru: 'иностранный агент' },
      }).expect(201);

      const got = await translator.agent.get(`/api/v1/glossary/${id}`).expect(200);
      expect(got.body.renderings).toEqual({ en: 'foreign agent' });
      const list = await translator.agent.get('/api/v1/glossary?sourceLanguage=ru').expect(200);
      expect(list.body.terms.map((x: { term: string }) => x.term)).toEqual(['иностранный агент']);
      const search = await translator.agent
        .get(`/api/v1/glossary?q=${encodeURIComponent('ИНОАГЕНТ')}`)
        .expect(200);
      expect(search.body.terms.map((x: { id: number }) => x.id)).toEqual([id]);
      const both = await translator.agent.get('/api/v1/glossary?q=foreign').expect(200);
      expect(both.body.terms).toHaveLength(2);
      await translator.agent.get('/api/v1/glossary?sourceLanguage=de').expect(400);

      const put = await editor.agent
        .put(`/api/v1/glossary/${id}`)
        .set('x-csrf-token', editor.csrf)
        .send({ ...agentTerm, renderings: { en: 'foreign agent (designated)' }, version: 1 })
        .expect(200);
      expect(put.body).toMatchObject({
        version: 2,
        renderings: { en: 'foreign agent (designated)' },
      });
      const stale = await editor.agent
        .put(`/api/v1/glossary/${id}`)
        .set('x-csrf-token', editor.csrf)
        .send({ ...agentTerm, version: 1 })
        .expect(409);
      expect(stale.body.error.current).toMatchObject({ version: 2, text: 'иностранный агент' });
      expect(
        (await db().query(`SELECT rendering FROM glossary_rendering WHERE term_id = ?`, [id]))[0],
      ).toEqual({ rendering: 'foreign agent (designated)' });

      await editor.agent
        .delete(`/api/v1/glossary/${english.body.id}`)
        .set('x-csrf-token', editor.csrf)
        .expect(204);
      await translator.agent.get(`/api/v1/glossary/${english.body.id}`).expect(404);
      await editor.agent
        .delete(`/api/v1/glossary/${english.body.id}`)
        .set('x-csrf-token', editor.csrf)
        .expect(404);
    });

    it('refuses duplicates, missing or stray renderings and unknown fields with translated messages', async () => {
      const before = await count('glossary_term');
      const renderingsBefore = await count('glossary_rendering');
      const fields = (res: { body: { error: { fields: { field: string; message: string }[] } } }) =>
        res.body.error.fields;

      const dup = await post({ ...agentTerm, term: 'Иностранный  агент' }).expect(400);
      expect(fields(dup)).toEqual([
        { field: 'term', message: 'This term is already in the glossary.' },
      ]);
      const dupRu = await post({ ...agentTerm, term: 'иностранный агент' }, 'ru').expect(400);
      expect(fields(dupRu)[0].message).toBe('Этот термин уже есть в глоссарии.');

      const missing = await post({ ...agentTerm, term: 'Мемориал', renderings: {} }).expect(400);
      expect(fields(missing)).toEqual([
        {
          field: 'renderings.en',
          message:
            "Give the preferred rendering in this language: texts in the term's language are translated into it.",
        },
      ]);
      const none = await post({ sourceLanguage: 'ru', term: 'Мемориал' }).expect(400);
      expect(fields(none)[0].field).toBe('renderings.en');
      const stray = await post({
        sourceLanguage: 'ru',
        term: 'Мемориал',
        renderings: { en: 'Memorial', ru: 'Мемориал' },
      }).expect(400);
      expect(fields(stray)).toEqual([
        {
          field: 'renderings.ru',
          message: 'Terms in this language are not translated into ru on this site.',
        },
      ]);

      const unknown = await post({ ...agentTerm, term: 'Мемориал', status: 'approved' }).expect(
        400,
      );
      expect(fields(unknown)).toEqual([
        {
          field: 'status',
          message: 'Unknown field "status": it is not accepted here.',
        },
      ]);
      const nested = await post({
        ...agentTerm,
        term: 'Мемориал',
        renderings: { en: 'Memorial', de: 'Memorial' },
      }).expect(400);
      expect(fields(nested)[0].field).toBe('renderings.de');
      const notObject = await post({ ...agentTerm, term: 'Мемориал', renderings: 'Memorial' });
      expect(notObject.status).toBe(400);
      const language = await post({ ...agentTerm, term: 'Мемориал', sourceLanguage: 'de' }).expect(
        400,
      );
      expect(fields(language)[0].field).toBe('sourceLanguage');

      expect(await count('glossary_term')).toBe(before);
      expect(await count('glossary_rendering')).toBe(renderingsBefore);
    });

    it('translators and anonymous callers cannot write', async () => {
      const [{ id }] = await db().query(`SELECT id FROM glossary_term LIMIT 1`);
      await translator.agent
        .post('/api/v1/glossary')
        .set('x-csrf-token', translator.csrf)
        .send({ ...agentTerm, term: 'Мемориал', renderings: { en: 'Memorial' } })
        .expect(403);
      await translator.agent
        .put(`/api/v1/glossary/${id}`)
        .set('x-csrf-token', translator.csrf)
        .send({ ...agentTerm, version: 2 })
        .expect(403);
      await translator.agent
        .delete(`/api/v1/glossary/${id}`)
        .set('x-csrf-token', translator.csrf)
        .expect(403);
      await t.client().get('/api/v1/glossary').expect(401);
      await t.client().post('/api/v1/glossary').send(agentTerm).expect(401);
      await t
        .client()
        .put(`/api/v1/glossary/${id}`)
        .send({ ...agentTerm, version: 2 })
        .expect(401);
      await t.client().delete(`/api/v1/glossary/${id}`).expect(401);
      const [row] = await db().query(`SELECT version FROM glossary_term WHERE id = ?`, [id]);
      expect(row.version).toBe(2);
    });
  });

  describe('the in-memory entries', () => {
    it('keep one list per source language until a write drops it', async () => {
      const glossary = t.get(GlossaryService);
      const first = await glossary.entries('ru');
      expect(await glossary.entries('ru')).toBe(first);
      expect(Object.isFrozen(first)).toBe(true);
      const agent = first.find((e) => e.term === 'иностранный агент')!;
      expect(agent).toMatchObject({
        sourceLanguage: 'ru',
        forms: ['иноагент'],
        explainerId: null,
        renderings: { en: 'foreign agent (designated)' },
      });
      expect(await glossary.entries('en')).toEqual([]);

      const { body } = await editor.agent.get(`/api/v1/glossary/${agent.id}`).expect(200);
      await editor.agent
        .put(`/api/v1/glossary/${agent.id}`)
        .set('x-csrf-token', editor.csrf)
        .send({ ...agentTerm, forms: ['иноагент', 'иноагентка'], version: body.version })
        .expect(200);
      const after = await glossary.entries('ru');
      expect(after).not.toBe(first);
      expect(after.find((e) => e.id === agent.id)).toMatchObject({
        forms: ['иноагент', 'иноагентка'],
        renderings: { en: 'foreign agent' },
      });

      // A refused write leaves nothing stale behind either.
      await editor.agent
        .put(`/api/v1/glossary/${agent.id}`)
        .set('x-csrf-token', editor.csrf)
        .send({ ...agentTerm, version: body.version })
        .expect(409);
      expect((await glossary.entries('ru')).find((e) => e.id === agent.id)!.forms).toEqual([
        'иноагент',
        'иноагентка',
      ]);
    });
  });
});
