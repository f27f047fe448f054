import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { DemoLoader, type DemoAccount } from '../src/demo/demo-loader.service.js';
import { cookieNames, startTestApp, type TestApp } from './support/test-app.js';

describe('layout, languages, headers, errors and health', () => {
  let t: TestApp;
  let demo: DemoAccount[] | null;

  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: 'on' });
    demo = await t.get(DemoLoader).loadIfEmpty();
  });
  afterAll(() => t.close());

  it('gives an anonymous reader the page with no session and no cookie', async () => {
    const res = await t.client().get('/').expect(200);
    expect(res.headers['set-cookie']).toBeUndefined();
    const sessions = await t.get(DataSource).query(`SELECT count(*) AS n FROM session`);
    expect(sessions[0].n).toBe(0);
  });

  it('sends the security headers on every response, pages, API, errors and static files alike', async () => {
    for (const path of ['/', '/api/v1/me', '/nowhere', '/static/css/site.css', '/health']) {
      const res = await t.client().get(path);
      expect(res.headers['content-security-policy']).toBe(
        "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
      );
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('chooses the language from ?lang=, then the cookie, then Accept-Language, then English', async () => {
    expect((await t.client().get('/').expect(200)).text).toContain('<html lang="en">');
    expect(
      (await t.client().get('/').set('accept-language', 'ru-RU,ru;q=0.9').expect(200)).text,
    ).toContain('<html lang="ru">');
    expect(
      (await t.client().get('/?lang=ru').set('accept-language', 'en').expect(200)).text,
    ).toContain('Хроника');
    const agent = t.client();
    const choose = await agent
      .get('/language/ru?next=%2Fabout')
      .expect(303)
      .expect('location', '/about');
    expect(cookieNames(choose.headers['set-cookie'])).toEqual(['lang']);
    const about = await agent.get('/about').set('accept-language', 'en').expect(200);
    expect(about.text).toContain('Наша позиция по поводу вторжения России в Украину');
    expect((await agent.get('/about?lang=en').expect(200)).text).toContain(
      'Our stand on the Russian invasion of Ukraine',
    );
  });

  it('never redirects the language switcher to another site', async () => {
    // A crafted target is refused with a 400 (issue #11), not quietly replaced.
    for (const next of ['https://evil.example', '//evil.example']) {
      const response = await t.client().get(`/language/ru?next=${next}`).expect(400);
      expect(response.headers.location).toBeUndefined();
    }
    await t.client().get('/language/ru').expect(303).expect('location', '/');
    await t.client().get('/language/de').expect(404);
  });

  it('renders the seed timeline in English and Russian, with dates formatted per language', async () => {
    const en = await t.client().get('/').expect(200);
    expect(en.text).toContain('28 December 2021');
    expect(en.text).toContain('Memorial closure');
    expect(en.text).toContain('No warrant needed');
    expect(en.text).toContain('Covid appears in Russia.');
    expect(en.text.indexOf('28 December 2021')).toBeLessThan(en.text.indexOf('31 January 2020'));
    const ru = await t.client().get('/?lang=ru').expect(200);
    expect(ru.text).toContain('28 декабря 2021 г.');
    expect(ru.text).toContain('Ликвидация «Мемориала»');
    const tagged = await t.client().get('/?tag=memorial').expect(200);
    expect(tagged.text).toContain('Memorial closure');
    expect(tagged.text).not.toContain('No warrant needed');
  });

  it('uses Russian plural forms', async () => {
    const admin = await t.signIn(await t.createUser('sova', ['admin']));
    const res = await admin.agent
      .put(`/api/v1/users/1/access?lang=ru`)
      .set('x-csrf-token', admin.csrf)
      .send({ version: 'x', roles: [], languagePairs: [], a: 1, b: 2, c: 3, d: 4 })
      .expect(400);
    expect(res.body.error.message).toBe('6 полей требуют внимания.');
    const two = await admin.agent
      .put(`/api/v1/users/1/access?lang=ru`)
      .set('x-csrf-token', admin.csrf)
      .send({ version: 'x', roles: [] })
      .expect(400);
    expect(two.body.error.message).toBe('2 поля требуют внимания.');
    const one = await admin.agent
      .put(`/api/v1/users/1/access?lang=ru`)
      .set('x-csrf-token', admin.csrf)
      .send({ version: 'x', roles: ['admin'] })
      .expect(400);
    expect(one.body.error.message).toBe('1 поле требует внимания.');
  });

  it('shows translated error pages without stack traces, SQL or paths', async () => {
    const missing = await t.client().get('/no/such/page?lang=ru').expect(404);
    expect(missing.text).toContain('Страница не найдена');
    expect(missing.headers['content-type']).toMatch(/text\/html/);
    const badJson = await t
      .client()
      .post('/api/v1/auth/login')
      .set('content-type', 'application/json')
      .send('{"handle":')
      .expect(400);
    expect(badJson.body.error.code).toBe('errors:bad-request');
    const badId = await t.client().get('/admin/users/abc').expect(303);
    expect(badId.headers.location).toContain('/sign-in');
    for (const res of [missing, badJson]) {
      expect(res.text).not.toMatch(/at \w+ \(|\.ts:\d+|SELECT |node_modules|\/work\//);
    }
  });

  it('publishes a demo text with numbered notes and the explainers for “foreign agent” and “Memorial”', async () => {
    const page = await t.client().get('/texts/the-supreme-court-liquidated-memorial').expect(200);
    expect(page.text).toContain('<h1 lang="en">The Supreme Court liquidated Memorial</h1>');
    expect(page.text).toMatch(
      /victims of Stalin<sup class="footnote-ref"><a href="#fn-1" id="fnref-1"/,
    );
    expect(page.text).toMatch(
      /label its materials<sup class="footnote-ref"><a href="#fn-2" id="fnref-2"/,
    );
    expect(page.text).toContain('<aside class="explainer" id="explainer-');
    expect(page.text).toContain('href="/explainers/foreign-agent"');
    expect(page.text).toContain('href="/explainers/memorial"');
    expect(page.text).toMatch(/<a class="explainer-term" href="#explainer-\d+">Memorial<\/a>/);
    expect(page.text).toContain('<details>');
    const ru = await t
      .client()
      .get('/texts/the-supreme-court-liquidated-memorial?lang=ru')
      .expect(200);
    expect(ru.text).toContain('Примечания');
  });

  it('answers health checks', async () => {
    const res = await t.client().get('/health').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('serves the OpenAPI document listing the API routes', async () => {
    const res = await t.client().get('/api/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/login',
        '/api/v1/auth/logout',
        '/api/v1/me',
        '/api/v1/tokens',
        '/api/v1/tokens/{id}',
      ]),
    );
    const ui = await t.client().get('/api/docs').expect(200);
    expect(ui.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
  });

  it('loads the demo data once, with demo accounts that can sign in', async () => {
    expect(demo?.map((a) => a.handle)).toEqual([
      'demo-admin',
      'demo-editor',
      'demo-reviewer',
      'demo-translator',
      'demo-translator-2',
    ]);
    const editor = demo!.find((a) => a.handle === 'demo-editor')!;
    const login = await t
      .client()
      .post('/api/v1/auth/login')
      .send({ handle: editor.handle, password: editor.password })
      .expect(200);
    expect(login.body.user.roles).toEqual(['editor', 'reviewer']);
    expect(await t.get(DemoLoader).loadIfEmpty()).toBeNull();
    const events = await t.get(DataSource).query(`SELECT count(*) AS n FROM timeline_event`);
    expect(events[0].n).toBe(4);
  });
});
