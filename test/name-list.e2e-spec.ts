import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { NamesService } from '../src/glossary/names.service.js';
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
