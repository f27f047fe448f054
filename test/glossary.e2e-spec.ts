import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { GlossaryService } from '../src/glossary/glossary.service.js';
import { NamesService } from '../src/glossary/names.service.js';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';

describe('glossary and name list', () => {
  let t: TestApp;
  let editor: SignedInClient;
  let translator: SignedInClient;
  const db = () => t.get(DataSource);
  const count = async (table: string) =>
    (await db().query(`SELECT count(*) AS n FROM "${table}"`))[0].n as number;

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

  describe('terms through the pages', () => {
    let id: number;

    it('offers a Russian term one required rendering input, into English', async () => {
      const form = await editor.agent.get('/workspace/glossary/new?language=ru').expect(200);
      expect(form.text).toContain('name="rendering_en"');
      expect(form.text).not.toContain('name="rendering_ru"');
      expect(form.text).toContain('name="sourceLanguage" value="ru"');
      const en = await editor.agent.get('/workspace/glossary/new?language=en').expect(200);
      expect(en.text).toContain('name="rendering_ru"');
      expect(en.text).not.toContain('name="rendering_en"');
    });

    it('re-shows the form with a translated error when the rendering is missing, storing nothing', async () => {
      const res = await editor.agent
        .post('/workspace/glossary?lang=ru')
        .type('form')
        .send({
          _csrf: editor.csrf,
          sourceLanguage: 'ru',
          term: 'осуждённый',
          forms: '',
          rendering_en: '',
        })
        .expect(400);
      expect(res.text).toContain('Укажите принятый перевод на этот язык');
      expect(res.text).toContain('value="осуждённый"');
      expect(res.text).toMatch(/id="rendering_en"[^>]*aria-invalid="true"/);
      expect(await count('glossary_term')).toBe(0);
    });

    it('an editor adds a term; everyone signed in reads it, only editors see the forms', async () => {
      await editor.agent
        .post('/workspace/glossary')
        .type('form')
        .send({
          _csrf: editor.csrf,
          sourceLanguage: 'ru',
          term: 'осуждённый',
          forms: 'осуждённая\nзаключённый',
          note: 'Used for a person after the verdict.',
          rendering_en: 'convicted person',
        })
        .expect(303)
        .expect('location', '/workspace/glossary');
      const [row] = await db().query(`SELECT * FROM glossary_term`);
      id = row.id;
      expect(row).toMatchObject({
        source_language: 'ru',
        term: 'осуждённый',
        forms: '["осуждённая","заключённый"]',
        explainer_id: null,
        version: 1,
        created_by_id: editor.user.id,
      });
      expect(await db().query(`SELECT * FROM glossary_rendering`)).toEqual([
        { term_id: id, target_language: 'en', rendering: 'convicted person' },
      ]);

      const list = await translator.agent.get('/workspace/glossary').expect(200);
      expect(list.text).toContain('осуждённый');
      expect(list.text).toContain('convicted person');
      expect(list.text).toContain('1 term');
      expect(list.text).not.toContain('/workspace/glossary/new');
      expect(list.text).not.toContain(`/workspace/glossary/${id}/edit`);
      const forEditor = await editor.agent.get('/workspace/glossary').expect(200);
      expect(forEditor.text).toContain('/workspace/glossary/new?language=en');
      expect(forEditor.text).toContain(`/workspace/glossary/${id}/edit`);
    });

    it('finds terms by term, form and rendering, ignoring case and ё/е', async () => {
      for (const q of ['ОСУЖДЕННЫЙ', 'заключенный', 'Convicted']) {
        const res = await translator.agent
          .get(`/workspace/glossary?q=${encodeURIComponent(q)}`)
          .expect(200);
        expect(res.text, q).toContain('convicted person');
      }
      const none = await translator.agent
        .get(`/workspace/glossary?q=${encodeURIComponent('мемориал')}`)
        .expect(200);
      expect(none.text).toContain('No terms match.');
      const en = await translator.agent.get('/workspace/glossary?language=en').expect(200);
      expect(en.text).not.toContain('convicted person');
    });

    it('translators and anonymous visitors cannot open or post the forms', async () => {
      await translator.agent.get('/workspace/glossary/new').expect(403);
      await translator.agent.get(`/workspace/glossary/${id}/edit`).expect(403);
      for (const path of ['/workspace/glossary', `/workspace/glossary/${id}`]) {
        await translator.agent
          .post(path)
          .type('form')
          .send({
            _csrf: translator.csrf,
            sourceLanguage: 'ru',
            term: 'x',
            rendering_en: 'x',
            version: '1',
          })
          .expect(403);
      }
      await translator.agent
        .post(`/workspace/glossary/${id}/delete`)
        .type('form')
        .send({ _csrf: translator.csrf })
        .expect(403);
      const anonymous = await t.client().get('/workspace/glossary').expect(303);
      expect(anonymous.headers.location).toBe('/sign-in?next=%2Fworkspace%2Fglossary');
      await t.client().get('/workspace/glossary/new').expect(303);
      await t.client().post(`/workspace/glossary/${id}/delete`).type('form').send({}).expect(401);
      expect(await count('glossary_term')).toBe(1);
    });

    it('edits with the version read; a stale form post is refused with 409', async () => {
      const form = await editor.agent.get(`/workspace/glossary/${id}/edit`).expect(200);
      expect(form.text).toContain('value="convicted person"');
      expect(form.text).toContain('name="version" value="1"');
      const edit = {
        _csrf: editor.csrf,
        sourceLanguage: 'ru',
        term: 'осуждённый',
        forms: 'осуждённая',
        note: '',
        rendering_en: 'convict',
        version: '1',
      };
      await editor.agent.post(`/workspace/glossary/${id}`).type('form').send(edit).expect(303);
      const stale = await editor.agent
        .post(`/workspace/glossary/${id}`)
        .type('form')
        .send({ ...edit, rendering_en: 'sentenced person' })
        .expect(409);
      expect(stale.text).toContain('This was changed by someone else after you opened it.');
      const [row] = await db().query(`SELECT version, forms FROM glossary_term WHERE id = ?`, [id]);
      expect(row).toEqual({ version: 2, forms: '["осуждённая"]' });
      expect(
        await db().query(`SELECT rendering FROM glossary_rendering WHERE term_id = ?`, [id]),
      ).toEqual([{ rendering: 'convict' }]);
    });

    it('deletes a term with its renderings and records every change', async () => {
      await editor.agent
        .post(`/workspace/glossary/${id}/delete`)
        .type('form')
        .send({ _csrf: editor.csrf })
        .expect(303);
      expect(await count('glossary_term')).toBe(0);
      expect(await count('glossary_rendering')).toBe(0);
      const events = await db().query(
        `SELECT action, actor_id FROM audit_event WHERE object_type = 'glossary-term' AND object_id = ? ORDER BY id`,
        [String(id)],
      );
      expect(events).toEqual([
        { action: 'glossary.created', actor_id: editor.user.id },
        { action: 'glossary.updated', actor_id: editor.user.id },
        { action: 'glossary.deleted', actor_id: editor.user.id },
      ]);
      await editor.agent.get(`/workspace/glossary/${id}/edit`).expect(404);
    });
  });

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

  describe('the name list', () => {
    it('an editor adds and edits names through the pages; translators read them', async () => {
      const bad = await editor.agent
        .post('/workspace/names?lang=ru')
        .type('form')
        .send({ _csrf: editor.csrf, cyrillic: 'Alexei Navalny', spelling: 'Алексей Навальный' })
        .expect(400);
      expect(bad.text).toContain('Напишите имя кириллицей.');
      expect(bad.text).toContain('Напишите имя без кириллических букв.');
      expect(bad.text).toContain('value="Alexei Navalny"');
      expect(await count('person')).toBe(0);

      await editor.agent
        .post('/workspace/names')
        .type('form')
        .send({
          _csrf: editor.csrf,
          cyrillic: 'Алексей Навальный',
          spelling: 'Alexei Navalny',
          variants: 'Aleksei Navalny\nAleksey Navalny',
        })
        .expect(303)
        .expect('location', '/workspace/names');
      const [row] = await db().query(`SELECT * FROM person`);
      expect(row).toMatchObject({
        cyrillic: 'Алексей Навальный',
        spelling: 'Alexei Navalny',
        variants: '["Aleksei Navalny","Aleksey Navalny"]',
        version: 1,
      });

      const list = await translator.agent
        .get(`/workspace/names?q=${encodeURIComponent('aleksey')}`)
        .expect(200);
      expect(list.text).toContain('Алексей Навальный');
      expect(list.text).not.toContain('/workspace/names/new');
      const none = await translator.agent.get('/workspace/names?q=Khodorkovsky').expect(200);
      expect(none.text).toContain('No names match.');

      const form = await editor.agent.get(`/workspace/names/${row.id}/edit`).expect(200);
      expect(form.text).toContain('Aleksei Navalny\nAleksey Navalny');
      await editor.agent
        .post(`/workspace/names/${row.id}`)
        .type('form')
        .send({
          _csrf: editor.csrf,
          cyrillic: 'Алексей Навальный',
          spelling: 'Alexei Navalny',
          variants: 'Aleksei Navalny',
          version: '1',
        })
        .expect(303);
      const stale = await editor.agent
        .post(`/workspace/names/${row.id}`)
        .type('form')
        .send({ _csrf: editor.csrf, cyrillic: 'Алексей Навальный', spelling: 'A', version: '1' })
        .expect(409);
      expect(stale.text).toContain('Алексей Навальный — Alexei Navalny');
      expect((await db().query(`SELECT variants, version FROM person`))[0]).toEqual({
        variants: '["Aleksei Navalny"]',
        version: 2,
      });

      await translator.agent.get('/workspace/names/new').expect(403);
      await translator.agent
        .post('/workspace/names')
        .type('form')
        .send({ _csrf: translator.csrf, cyrillic: 'Юлия Навальная', spelling: 'Yulia Navalnaya' })
        .expect(403);
      await translator.agent
        .post(`/workspace/names/${row.id}/delete`)
        .type('form')
        .send({ _csrf: translator.csrf })
        .expect(403);
      await t.client().get('/workspace/names').expect(303);
      expect(await count('person')).toBe(1);
    });

    it('works through the API with the same rules', async () => {
      const post = (body: object) =>
        editor.agent.post('/api/v1/names').set('x-csrf-token', editor.csrf).send(body);
      const created = await post({
        cyrillic: 'Юлия Навальная',
        spelling: 'Yulia Navalnaya',
      }).expect(201);
      expect(created.body).toEqual({
        id: expect.any(Number),
        cyrillic: 'Юлия Навальная',
        spelling: 'Yulia Navalnaya',
        variants: [],
        note: '',
        version: 1,
      });
      const dup = await post({ cyrillic: 'алексей навальный', spelling: 'A. Navalny' }).expect(400);
      expect(dup.body.error.fields).toEqual([
        { field: 'cyrillic', message: 'This name is already in the name list.' },
      ]);
      const latin = await post({ cyrillic: 'Navalnaya', spelling: 'Navalnaya' }).expect(400);
      expect(latin.body.error.fields).toEqual([
        { field: 'cyrillic', message: 'Write the name in Cyrillic.' },
      ]);
      const cyrillic = await post({ cyrillic: 'Юлия', spelling: 'Юлия' }).expect(400);
      expect(cyrillic.body.error.fields).toEqual([
        { field: 'spelling', message: 'Write the spelling without Cyrillic letters.' },
      ]);
      const unknown = await post({ cyrillic: 'Юлия', spelling: 'Yulia', roles: ['x'] }).expect(400);
      expect(unknown.body.error.fields[0].field).toBe('roles');
      expect(await count('person')).toBe(2);

      const list = await translator.agent.get('/api/v1/names').expect(200);
      expect(list.body.names.map((n: { cyrillic: string }) => n.cyrillic)).toEqual([
        'Алексей Навальный',
        'Юлия Навальная',
      ]);
      const id = created.body.id;
      await translator.agent
        .put(`/api/v1/names/${id}`)
        .set('x-csrf-token', translator.csrf)
        .send({ cyrillic: 'Юлия Навальная', spelling: 'Yulia Navalnaya', version: 1 })
        .expect(403);
      await translator.agent
        .delete(`/api/v1/names/${id}`)
        .set('x-csrf-token', translator.csrf)
        .expect(403);
      await t.client().post('/api/v1/names').send({ cyrillic: 'Я', spelling: 'Ya' }).expect(401);
      const put = await editor.agent
        .put(`/api/v1/names/${id}`)
        .set('x-csrf-token', editor.csrf)
        .send({ cyrillic: 'Юлия Навальная', spelling: 'Yulia Navalnaya', note: 'x', version: 1 })
        .expect(200);
      expect(put.body.version).toBe(2);
      await editor.agent
        .put(`/api/v1/names/${id}`)
        .set('x-csrf-token', editor.csrf)
        .send({ cyrillic: 'Юлия Навальная', spelling: 'Yulia Navalnaya', version: 1 })
        .expect(409);
      await editor.agent.delete(`/api/v1/names/${id}`).set('x-csrf-token', editor.csrf).expect(204);
      await translator.agent.get(`/api/v1/names/${id}`).expect(404);
      const actions = await db().query(
        `SELECT action FROM audit_event WHERE object_type = 'person' AND object_id = ? ORDER BY id`,
        [String(id)],
      );
      expect(actions.map((a: { action: string }) => a.action)).toEqual([
        'person.created',
        'person.updated',
        'person.deleted',
      ]);
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

    it('show a name-list change right after the write', async () => {
      const names = t.get(NamesService);
      const before = await names.entries();
      expect(before.map((n) => n.spelling)).toEqual(['Alexei Navalny']);
      await editor.agent
        .post('/api/v1/names')
        .set('x-csrf-token', editor.csrf)
        .send({ cyrillic: 'Михаил Ходорковский', spelling: 'Mikhail Khodorkovsky' })
        .expect(201);
      const after = await names.entries();
      expect(after.map((n) => n.cyrillic)).toEqual(['Алексей Навальный', 'Михаил Ходорковский']);
      expect(() => (after as unknown[]).push({})).toThrow(TypeError);
    });
  });
});
