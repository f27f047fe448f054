import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import {
  cookieNames,
  formCsrf,
  startTestApp,
  type TestApp,
  type TestUser,
} from './support/test-app.js';

describe('sign-in, sessions and CSRF', () => {
  let t: TestApp;
  let translator: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ SIGN_IN_LIMIT_PER_HANDLE: '3', SIGN_IN_LIMIT_PER_CLIENT: '8' });
    translator = await t.createUser('lastochka', ['translator']);
  });
  afterAll(() => t.close());

  it('signs in through the form, changing the session id, and audits it', async () => {
    const agent = t.client();
    const page = await agent.get('/sign-in').expect(200);
    expect(cookieNames(page.headers['set-cookie'])).toEqual(['bridges_session']);
    const anonymousCookie = String(page.headers['set-cookie']).split(';')[0];
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)![1];

    const res = await agent
      .post('/sign-in')
      .type('form')
      .send({ _csrf: csrf, handle: 'LASTOCHKA', password: translator.password, next: '/account' })
      .expect(303);
    expect(res.headers.location).toBe('/account');
    const signedInCookie = String(res.headers['set-cookie']).split(';')[0];
    expect(signedInCookie).not.toBe(anonymousCookie);
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly/i);
    expect(String(res.headers['set-cookie'])).toMatch(/SameSite=Lax/i);

    const account = await agent.get('/account').expect(200);
    expect(account.text).toContain('Signed in as lastochka');
    expect(account.headers['cache-control']).toBe('no-store');

    const db = t.get(DataSource);
    const sessions = await db.query(`SELECT user_id FROM session`);
    expect(sessions).toEqual([{ user_id: translator.id }]);
    const audit = await db.query(`SELECT action FROM audit_event WHERE action = 'user.signed-in'`);
    expect(audit).toHaveLength(1);
  });

  it('re-shows the form with a translated error for a wrong password, and never says which part was wrong', async () => {
    const agent = t.client();
    const csrf = await formCsrf(agent, '/sign-in?lang=ru');
    const wrong = await agent
      .post('/sign-in?lang=ru')
      .type('form')
      .send({ _csrf: csrf, handle: 'lastochka', password: 'not-the-password' })
      .expect(401);
    expect(wrong.text).toContain('Неверный псевдоним или пароль.');
    const unknown = await agent
      .post('/sign-in?lang=ru')
      .type('form')
      .send({ _csrf: csrf, handle: 'nobody-here', password: 'whatever-password' })
      .expect(401);
    expect(unknown.text).toContain('Неверный псевдоним или пароль.');
    expect(wrong.text).toContain('value="lastochka"');
  });

  it('limits failed sign-ins per handle, even with the right password afterwards', async () => {
    const target = await t.createUser('skvorets', ['translator']);
    const agent = t.client();
    const csrf = await formCsrf(agent, '/sign-in');
    for (let i = 0; i < 3; i++) {
      await agent
        .post('/sign-in')
        .type('form')
        .send({ _csrf: csrf, handle: 'skvorets', password: 'wrong-password' })
        .expect(401);
    }
    const blocked = await agent
      .post('/sign-in')
      .type('form')
      .send({ _csrf: csrf, handle: 'skvorets', password: target.password })
      .expect(429);
    expect(blocked.text).toMatch(/Too many failed attempts\. Try again in \d+ minutes?\./);
    const api = await t
      .client()
      .post('/api/v1/auth/login')
      .send({ handle: 'skvorets', password: target.password })
      .expect(429);
    expect(api.body.error.code).toBe('errors:sign-in-rate-limited');
  });

  it('refuses a form post without a CSRF token or with a wrong one, and changes nothing', async () => {
    const { agent } = await t.signIn(translator);
    const missing = await agent
      .post('/account/tokens')
      .type('form')
      .send({ name: 'sneaky' })
      .expect(403);
    expect(missing.text).toContain('This form has expired or did not come from this site.');
    await agent
      .post('/account/tokens')
      .type('form')
      .send({ name: 'sneaky', _csrf: 'x'.repeat(32) })
      .expect(403);
    const count = await t.get(DataSource).query(`SELECT count(*) AS n FROM api_token`);
    expect(count[0].n).toBe(0);
  });

  it('refuses a session-authenticated API write without X-CSRF-Token and accepts it with one', async () => {
    const agent = t.client();
    const login = await agent
      .post('/api/v1/auth/login')
      .send({ handle: 'lastochka', password: translator.password })
      .expect(200);
    expect(login.body.user.handle).toBe('lastochka');
    const refused = await agent.post('/api/v1/tokens').send({ name: 'cli' }).expect(403);
    expect(refused.body.error.code).toBe('errors:csrf');
    const created = await agent
      .post('/api/v1/tokens')
      .set('x-csrf-token', login.body.csrfToken)
      .send({ name: 'cli' })
      .expect(201);
    expect(created.body.token).toMatch(/^brg_/);
  });

  it('refuses a JSON login sent as a form (a cross-site form cannot send JSON)', async () => {
    await t
      .client()
      .post('/api/v1/auth/login')
      .type('form')
      .send({ handle: 'lastochka', password: translator.password })
      .expect(403);
  });

  it('signs out, ending the session on the server', async () => {
    const { agent, csrf } = await t.signIn(translator);
    const before = await t
      .get(DataSource)
      .query(`SELECT count(*) AS n FROM session WHERE user_id = ?`, [translator.id]);
    await agent.post('/sign-out').type('form').send({ _csrf: csrf }).expect(303);
    await agent.get('/account').expect(303).expect('location', '/sign-in?next=%2Faccount');
    const after = await t
      .get(DataSource)
      .query(`SELECT count(*) AS n FROM session WHERE user_id = ?`, [translator.id]);
    expect(after[0].n).toBe(before[0].n - 1);
  });

  it('sends anonymous visitors of protected pages to sign-in and API callers a 401', async () => {
    await t
      .client()
      .get('/admin/users')
      .expect(303)
      .expect('location', '/sign-in?next=%2Fadmin%2Fusers');
    const api = await t.client().get('/api/v1/me').expect(401);
    expect(api.body.error.message).toBe('Please sign in to continue.');
  });

  // Last: every client here shares one address, so this blocks further failures.
  it('limits failed sign-ins per client across handles', async () => {
    const client = t.client();
    let status = 0;
    for (let i = 0; i < 12 && status !== 429; i++) {
      const res = await client
        .post('/api/v1/auth/login')
        .send({ handle: `ghost-${i}`, password: 'wrong-password' });
      status = res.status;
    }
    expect(status).toBe(429);
  });
});
