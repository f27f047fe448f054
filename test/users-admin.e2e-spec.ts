import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import {
  startTestApp,
  type SignedInClient,
  type TestApp,
  type TestUser,
} from './support/test-app.js';

describe('admin pages and API: roles, pairs, disabling, deletion', () => {
  let t: TestApp;
  let admin: SignedInClient;
  let translator: TestUser;
  let editor: SignedInClient;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn(await t.createUser('sova', ['admin']));
    editor = await t.signIn(await t.createUser('lipa', ['editor']));
    translator = await t.createUser('chizh', ['translator'], ['ru>en']);
  });
  afterAll(() => t.close());

  it('refuses admin pages and API to anyone who is not an admin', async () => {
    const asTranslator = await t.signIn(translator);
    for (const client of [asTranslator, editor]) {
      const page = await client.agent.get('/admin/users').expect(403);
      expect(page.text).toContain('This needs one of these roles: admin.');
      await client.agent.get(`/admin/users/${translator.id}`).expect(403);
      await client.agent
        .post(`/admin/users/${translator.id}/access`)
        .type('form')
        .send({ _csrf: client.csrf, roles: 'admin', version: 1 })
        .expect(403);
      await client.agent.get('/api/v1/users').expect(403);
      await client.agent
        .put(`/api/v1/users/${translator.id}/access`)
        .set('x-csrf-token', client.csrf)
        .send({ roles: ['admin'], languagePairs: [], version: 1 })
        .expect(403);
    }
    const roles = await t
      .get(DataSource)
      .query(`SELECT roles FROM "user" WHERE id = ?`, [translator.id]);
    expect(JSON.parse(roles[0].roles)).toEqual(['translator']);
    await t.client().get('/api/v1/users').expect(401);
  });

  it('lets an admin change roles and pairs, audited, and refuses a stale version with 409', async () => {
    const list = await admin.agent.get('/admin/users').expect(200);
    expect(list.text).toContain('chizh');
    await admin.agent
      .post(`/admin/users/${translator.id}/access`)
      .type('form')
      .send({
        _csrf: admin.csrf,
        roles: ['translator', 'reviewer'],
        languagePairs: ['ru>en', 'en>ru'],
        version: 1,
      })
      .expect(303);
    const db = t.get(DataSource);
    const [row] = await db.query(`SELECT roles, language_pairs, version FROM "user" WHERE id = ?`, [
      translator.id,
    ]);
    expect(JSON.parse(row.roles)).toEqual(['translator', 'reviewer']);
    expect(JSON.parse(row.language_pairs)).toEqual(['ru>en', 'en>ru']);
    expect(row.version).toBe(2);
    const audit = await db.query(
      `SELECT details FROM audit_event WHERE action = 'user.access-changed'`,
    );
    expect(JSON.parse(audit[0].details)).toMatchObject({
      rolesBefore: 'translator',
      roles: 'translator,reviewer',
    });

    const stale = await admin.agent
      .put(`/api/v1/users/${translator.id}/access`)
      .set('x-csrf-token', admin.csrf)
      .send({ roles: ['admin'], languagePairs: [], version: 1 })
      .expect(409);
    expect(stale.body.error).toMatchObject({
      code: 'errors:stale-write',
      current: { version: 2 },
      submitted: { version: 1 },
    });
    const stalePage = await admin.agent
      .post(`/admin/users/${translator.id}/access`)
      .type('form')
      .send({ _csrf: admin.csrf, roles: 'admin', version: 1 })
      .expect(409);
    expect(stalePage.text).toContain('Someone changed this in the meantime');
    const [after] = await db.query(`SELECT roles FROM "user" WHERE id = ?`, [translator.id]);
    expect(JSON.parse(after.roles)).toEqual(['translator', 'reviewer']);
  });

  it('validates every field with translated messages and refuses unknown fields', async () => {
    const bad = await admin.agent
      .put(`/api/v1/users/${translator.id}/access?lang=ru`)
      .set('x-csrf-token', admin.csrf)
      .send({ roles: ['pope'], languagePairs: ['ru>de'], version: 'x', status: 'approved' })
      .expect(400);
    const fields = Object.fromEntries(
      bad.body.error.fields.map((f: { field: string; message: string }) => [f.field, f.message]),
    );
    expect(Object.keys(fields).sort()).toEqual(['languagePairs', 'roles', 'status', 'version']);
    expect(fields.status).toBe('Неизвестное поле «status»: здесь оно не принимается.');
    expect(fields.version).toBe('Здесь должно быть целое число.');
    const empty = await admin.agent
      .post(`/admin/users/${translator.id}/access`)
      .type('form')
      .send({ _csrf: admin.csrf, version: 2 })
      .expect(400);
    expect(empty.text).toContain('Choose at least 1.');
  });

  it('disabling ends the sessions and tokens of the account at once', async () => {
    const victim = await t.createUser('grach', ['translator']);
    const session = await t.signIn(victim);
    const token = await session.agent
      .post('/api/v1/tokens')
      .set('x-csrf-token', session.csrf)
      .send({ name: 'x' })
      .expect(201);
    const [user] = await t
      .get(DataSource)
      .query(`SELECT version FROM "user" WHERE id = ?`, [victim.id]);
    await admin.agent
      .post(`/admin/users/${victim.id}/disabled`)
      .type('form')
      .send({ _csrf: admin.csrf, disabled: 'true', version: user.version })
      .expect(303);
    await session.agent.get('/api/v1/me').expect(401);
    await t
      .client()
      .get('/api/v1/me')
      .set('authorization', `Bearer ${token.body.token}`)
      .expect(401);
    await t
      .client()
      .post('/api/v1/auth/login')
      .send({ handle: 'grach', password: victim.password })
      .expect(401);
  });

  it('an admin cannot disable their own account', async () => {
    const [me] = await t
      .get(DataSource)
      .query(`SELECT id, version FROM "user" WHERE handle = 'sova'`);
    const res = await admin.agent
      .put(`/api/v1/users/${me.id}/disabled`)
      .set('x-csrf-token', admin.csrf)
      .send({ disabled: true, version: me.version })
      .expect(400);
    expect(res.body.error.code).toBe('errors:cannot-disable-self');
  });

  it('deleting an account erases handle, email and password hash and keeps the row', async () => {
    const leaving = await t.createUser('dyatel', ['translator']);
    await t
      .get(DataSource)
      .query(`UPDATE "user" SET email = 'd@example.org' WHERE id = ?`, [leaving.id]);
    await admin.agent
      .delete(`/api/v1/users/${leaving.id}`)
      .set('x-csrf-token', admin.csrf)
      .expect(204);
    const [row] = await t.get(DataSource).query(`SELECT * FROM "user" WHERE id = ?`, [leaving.id]);
    expect(row).toMatchObject({
      handle: null,
      handle_key: null,
      email: null,
      password_hash: null,
      disabled: 1,
    });
    expect(row.deleted_at).not.toBeNull();
    const list = await admin.agent.get('/admin/users').expect(200);
    expect(list.text).not.toContain('dyatel');
    await t
      .client()
      .post('/api/v1/auth/login')
      .send({ handle: 'dyatel', password: leaving.password })
      .expect(401);
    // The handle is free again for someone else.
    await t.createUser('dyatel', ['translator']);
  });

  it('lets a user delete their own account after confirming handle and password', async () => {
    const self = await t.createUser('kukushka', ['translator']);
    const session = await t.signIn(self);
    const wrong = await session.agent
      .post('/account/delete')
      .type('form')
      .send({ _csrf: session.csrf, password: self.password, confirmHandle: 'someone' })
      .expect(400);
    expect(wrong.text).toContain('Type your handle exactly as shown to confirm.');
    await session.agent
      .post('/account/delete')
      .type('form')
      .send({ _csrf: session.csrf, password: self.password, confirmHandle: 'kukushka' })
      .expect(303);
    const [row] = await t
      .get(DataSource)
      .query(`SELECT handle, password_hash FROM "user" WHERE id = ?`, [self.id]);
    expect(row).toEqual({ handle: null, password_hash: null });
    await session.agent.get('/api/v1/me').expect(401);
  });
});
