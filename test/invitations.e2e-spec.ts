import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import {
  cookieNames,
  formCsrf,
  startTestApp,
  type SignedInClient,
  type TestApp,
} from './support/test-app.js';

function tokenOf(url: string): string {
  return url.split('/invitations/')[1]!;
}

describe('invitations', () => {
  let t: TestApp;
  let editor: SignedInClient;

  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.signIn(await t.createUser('lipa', ['editor']));
  });
  afterAll(() => t.close());

  it('an editor creates a one-time link; the invitee chooses handle and password and gets the roles', async () => {
    const page = await editor.agent
      .post('/admin/invitations')
      .type('form')
      .send({
        _csrf: editor.csrf,
        roles: 'translator',
        languagePairs: 'ru>en',
        note: 'from the Berlin meeting',
      })
      .expect(200);
    const url = /id="invitation-url">([^<]+)</.exec(page.text)![1]!;
    expect(url).toMatch(/^http:\/\/localhost:3000\/invitations\/[A-Za-z0-9_-]{40,}$/);
    const stored = await t.get(DataSource).query(`SELECT token_hash FROM invitation`);
    expect(stored[0].token_hash).not.toContain(tokenOf(url));

    const invitee = t.client();
    const form = await invitee.get(`/invitations/${tokenOf(url)}`).expect(200);
    expect(form.text).toContain('Translator');
    expect(cookieNames(form.headers['set-cookie'])).toEqual(['bridges_session']);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
    await invitee
      .post(`/invitations/${tokenOf(url)}`)
      .type('form')
      .send({ _csrf: csrf, handle: 'novaya-ptitsa', password: 'a long enough password' })
      .expect(303)
      .expect('location', '/sign-in?welcome=1');
    const [user] = await t
      .get(DataSource)
      .query(`SELECT id, roles, language_pairs FROM "user" WHERE handle = 'novaya-ptitsa'`);
    expect(JSON.parse(user.roles)).toEqual(['translator']);
    expect(JSON.parse(user.language_pairs)).toEqual(['ru>en']);
    const [inv] = await t.get(DataSource).query(`SELECT used_by_id FROM invitation`);
    expect(inv.used_by_id).toBe(user.id);

    // Used twice: refused, and no second account appears.
    const again = await t
      .client()
      .get(`/invitations/${tokenOf(url)}`)
      .expect(400);
    expect(again.text).toContain('This invitation has already been used.');
    const count = await t.get(DataSource).query(`SELECT count(*) AS n FROM "user"`);
    expect(count[0].n).toBe(2);
  });

  it('re-shows the form with field errors and creates nothing for bad input', async () => {
    const created = await editor.agent
      .post('/api/v1/invitations')
      .set('x-csrf-token', editor.csrf)
      .send({ roles: ['reviewer'], languagePairs: ['en>ru'] })
      .expect(201);
    const token = tokenOf(created.body.url);
    const invitee = t.client();
    const csrf = await formCsrf(invitee, `/invitations/${token}`);
    const res = await invitee
      .post(`/invitations/${token}`)
      .type('form')
      .send({ _csrf: csrf, handle: 'x', password: 'short' })
      .expect(400);
    expect(res.text).toContain('3 to 32 letters, digits');
    const taken = await invitee
      .post(`/invitations/${token}`)
      .type('form')
      .send({ _csrf: csrf, handle: 'LIPA', password: 'a long enough password' })
      .expect(400);
    expect(taken.text).toContain('This handle is taken.');
    const [inv] = await t
      .get(DataSource)
      .query(`SELECT used_at FROM invitation WHERE id = ?`, [created.body.id]);
    expect(inv.used_at).toBeNull();
  });

  it('refuses an expired invitation', async () => {
    const created = await editor.agent
      .post('/api/v1/invitations')
      .set('x-csrf-token', editor.csrf)
      .send({ roles: ['translator'], languagePairs: [] })
      .expect(201);
    await t
      .get(DataSource)
      .query(`UPDATE invitation SET expires_at = '2020-01-01 00:00:00.000' WHERE id = ?`, [
        created.body.id,
      ]);
    const res = await t
      .client()
      .get(`/invitations/${tokenOf(created.body.url)}?lang=ru`)
      .expect(400);
    expect(res.text).toContain('Срок приглашения истёк.');
  });

  it('refuses unknown links with a 404 that says nothing more', async () => {
    await t
      .client()
      .get(`/invitations/${'a'.repeat(43)}`)
      .expect(404);
    await t.client().get('/invitations/short').expect(404);
  });

  it('only an admin may invite an admin; translators may not invite at all', async () => {
    const refused = await editor.agent
      .post('/api/v1/invitations')
      .set('x-csrf-token', editor.csrf)
      .send({ roles: ['admin'], languagePairs: [] })
      .expect(403);
    expect(refused.body.error.code).toBe('errors:only-admin-invites-admin');
    const translator = await t.signIn(await t.createUser('chizh', ['translator']));
    await translator.agent.get('/admin/invitations').expect(403);
    await translator.agent
      .post('/api/v1/invitations')
      .set('x-csrf-token', translator.csrf)
      .send({ roles: ['translator'], languagePairs: [] })
      .expect(403);
    const admin = await t.signIn(await t.createUser('sova', ['admin']));
    await admin.agent
      .post('/api/v1/invitations')
      .set('x-csrf-token', admin.csrf)
      .send({ roles: ['admin'], languagePairs: [] })
      .expect(201);
  });
});
