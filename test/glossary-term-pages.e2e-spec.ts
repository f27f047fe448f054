import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { countRows } from './support/row-count.js';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';

describe('glossary and name list', () => {
  let t: TestApp;
  let editor: SignedInClient;
  let translator: SignedInClient;
  const db = () => t.get(DataSource);
  const count = (table: string) => countRows(t, table);

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
        { term_id: id, target_language: 'en', rendering: 'convicted person', forbidden: '[]' },
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
});
