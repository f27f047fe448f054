import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp, type TestUser } from './support/test-app.js';

describe('API tokens and password change', () => {
  let t: TestApp;
  let user: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    user = await t.createUser('zhuravl', ['translator', 'reviewer']);
  });
  afterAll(() => t.close());

  it('creates a token shown once and stored hashed; Bearer calls need no CSRF; revocation ends it', async () => {
    const session = await t.signIn(user);
    const page = await session.agent
      .post('/account/tokens')
      .type('form')
      .send({ _csrf: session.csrf, name: 'import script' })
      .expect(200);
    const secret = /id="created-token">([^<]+)</.exec(page.text)![1]!;
    expect(secret).toMatch(/^brg_[A-Za-z0-9_-]{40,}$/);
    const [row] = await t.get(DataSource).query(`SELECT id, token_hash, prefix FROM api_token`);
    expect(row.token_hash).not.toContain(secret.slice(4));
    expect(secret.startsWith(row.prefix)).toBe(true);
    expect((await session.agent.get('/account').expect(200)).text).not.toContain(secret);

    const bearer = t.client();
    const me = await bearer.get('/api/v1/me').set('authorization', `Bearer ${secret}`).expect(200);
    expect(me.body).toEqual({
      user: {
        id: user.id,
        handle: 'zhuravl',
        roles: ['translator', 'reviewer'],
        languagePairs: ['ru>en', 'en>ru'],
      },
      csrfToken: null,
    });
    expect(me.headers['set-cookie']).toBeUndefined();
    // A leaked token must not breed tokens that outlive its revocation.
    const minted = await bearer
      .post('/api/v1/tokens?lang=ru')
      .set('authorization', `Bearer ${secret}`)
      .send({ name: 'second' })
      .expect(403);
    expect(minted.body.error).toMatchObject({
      code: 'errors:token-cannot-mint',
      message:
        'Токен API не может создавать новые токены: войдите и создайте его на странице аккаунта.',
    });
    const list = await bearer
      .get('/api/v1/tokens')
      .set('authorization', `Bearer ${secret}`)
      .expect(200);
    expect(list.body.tokens.map((x: { name: string }) => x.name)).toEqual(['import script']);

    await session.agent
      .post(`/account/tokens/${row.id}/revoke`)
      .type('form')
      .send({ _csrf: session.csrf })
      .expect(303);
    const refused = await bearer
      .get('/api/v1/me')
      .set('authorization', `Bearer ${secret}`)
      .expect(401);
    expect(refused.body.error.code).toBe('errors:invalid-token');
    await bearer.get('/api/v1/me').set('authorization', 'Bearer brg_made-up').expect(401);
  });

  it('another user cannot revoke my token', async () => {
    const mine = await t.signIn(user);
    const created = await mine.agent
      .post('/api/v1/tokens')
      .set('x-csrf-token', mine.csrf)
      .send({ name: 'mine' })
      .expect(201);
    const other = await t.signIn(await t.createUser('vorona', ['translator']));
    await other.agent
      .delete(`/api/v1/tokens/${created.body.id}`)
      .set('x-csrf-token', other.csrf)
      .expect(404);
    await t
      .client()
      .get('/api/v1/me')
      .set('authorization', `Bearer ${created.body.token}`)
      .expect(200);
  });

  it('changing the password revokes the other sessions and every API token, and keeps this one', async () => {
    const here = await t.signIn(user);
    const elsewhere = await t.signIn(user);
    const token = await here.agent
      .post('/api/v1/tokens')
      .set('x-csrf-token', here.csrf)
      .send({ name: 'x' })
      .expect(201);

    const wrong = await here.agent
      .post('/account/password')
      .type('form')
      .send({
        _csrf: here.csrf,
        currentPassword: 'not-it-at-all',
        newPassword: 'brand new password',
      })
      .expect(400);
    expect(wrong.text).toContain('The password is not right.');
    await elsewhere.agent.get('/api/v1/me').expect(200);

    await here.agent
      .post('/account/password')
      .type('form')
      .send({ _csrf: here.csrf, currentPassword: user.password, newPassword: 'brand new password' })
      .expect(303)
      .expect('location', '/account?done=password-changed');
    await here.agent.get('/api/v1/me').expect(200);
    await elsewhere.agent.get('/api/v1/me').expect(401);
    await t
      .client()
      .get('/api/v1/me')
      .set('authorization', `Bearer ${token.body.token}`)
      .expect(401);
    await t
      .client()
      .post('/api/v1/auth/login')
      .send({ handle: 'zhuravl', password: user.password })
      .expect(401);
    await t
      .client()
      .post('/api/v1/auth/login')
      .send({ handle: 'zhuravl', password: 'brand new password' })
      .expect(200);
    const audit = await t
      .get(DataSource)
      .query(`SELECT count(*) AS n FROM audit_event WHERE action = 'user.password-changed'`);
    expect(audit[0].n).toBe(1);
  });
});
