import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows } from './support/row-count.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { createInitiative, importFile } from './support/workflow.js';

// Defects 5 and 6 of issue #11: crafted `next` values, deep JSON and boundary-less multipart
// used to redirect off-site or end in a 500 without the security headers.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t.close());

function expectTranslated400(response: { status: number; headers: Record<string, string> }) {
  expect(response.status).toBe(400);
  expect(response.headers['content-security-policy']).toBeDefined();
  expect(response.headers['x-content-type-options']).toBe('nosniff');
}

describe('next on /language and /sign-in', () => {
  it.each(['/language/en', '/sign-in'])(
    '%s refuses off-site and control-character targets',
    async (route) => {
      for (const next of [
        '/%09/evil.example/x',
        '//evil.example/x',
        '/%2F%2Fevil.example',
        '/%5Cevil.example',
        '/a%0d%0aX-Injected:%201',
        '/tags/%D1%81%D1%83%D0%B4'.replace(/%D1%81%D1%83%D0%B4/, 'суд'),
      ]) {
        const response = await t
          .client()
          .get(`${route}?next=${encodeURIComponent(next)}`)
          .set('accept-language', 'ru');
        expectTranslated400(response);
        expect(response.headers.location).toBeUndefined();
        expect(response.headers['x-injected']).toBeUndefined();
        expect(response.text).toContain('за пределы сайта');
      }
    },
  );

  it('still follows a same-origin path, encoded Cyrillic included', async () => {
    const response = await t
      .client()
      .get(`/language/ru?next=${encodeURIComponent('/tags/%D1%81%D1%83%D0%B4')}`);
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/tags/%D1%81%D1%83%D0%B4');
  });
});

describe('plain Cyrillic in a path', () => {
  it('answers /tags/суд sent as raw UTF-8 without a 5xx', async () => {
    const address = t.app.getHttpServer().address() as { port: number } | null;
    const port =
      address?.port ??
      (await t.app.listen(0, '127.0.0.1'),
      (t.app.getHttpServer().address() as { port: number }).port);
    const head = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(
          Buffer.from(
            'GET /tags/суд HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
            'utf8',
          ),
        );
      });
      let data = '';
      socket.on('data', (chunk) => (data += chunk.toString('latin1')));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    const status = Number(head.split(' ')[1]);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
  });
});

describe('bodies', () => {
  it('refuses JSON nested 100,000 deep with a translated 400', async () => {
    for (const body of [
      '['.repeat(100_000) + ']'.repeat(100_000),
      '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000),
    ]) {
      const response = await t
        .client()
        .post('/api/v1/auth/login')
        .set('content-type', 'application/json')
        .set('accept-language', 'ru')
        .send(body);
      expectTranslated400(response);
      expect(response.body.error.code).toBe('errors:body-too-deep');
      expect(response.body.error.message).toBe('В теле запроса слишком глубокая вложенность.');
    }
  });

  it('refuses a body with 100,000 keys before validating it', async () => {
    const units: Record<string, number> = {};
    for (let i = 0; i < 100_000; i++) units[String(i)] = 1;
    const response = await t.client().post('/api/v1/auth/login').send({ units });
    expectTranslated400(response);
    expect(response.body.error.code).toBe('errors:body-too-many-keys');
  });

  it('refuses multipart/form-data without a boundary on a JSON route', async () => {
    const response = await t
      .client()
      .post('/api/v1/auth/login')
      .set('content-type', 'multipart/form-data')
      .send('handle=x');
    expectTranslated400(response);
    expect(response.body.error.code).toBe('errors:multipart-without-boundary');
  });

  it('still parses ordinary JSON and refuses malformed JSON with a 400', async () => {
    const ok = await t
      .client()
      .post('/api/v1/auth/login')
      .send({ handle: 'nobody', password: 'wrong-password-1' });
    expect(ok.status).toBe(401);
    const broken = await t
      .client()
      .post('/api/v1/auth/login')
      .set('content-type', 'application/json')
      .send('{"handle":');
    expectTranslated400(broken);
  });
});

describe('HTML imports', () => {
  it('refuses 60,000 nested lists before parsing, with a translated 400, and stores nothing', async () => {
    const editor = await t.signIn(await t.createUser('deep-html-editor', ['editor']));
    const initiativeId = await createInitiative(editor);
    const before = await countRows(t, 'source_text');
    const response = await importFile(
      editor,
      initiativeId,
      Buffer.from('<ul><li>'.repeat(60_000) + 'Суд.'),
      'deep.html',
    );
    expectTranslated400(response);
    expect(response.body.error.message).toContain('256');
    expect(await countRows(t, 'source_text')).toBe(before);
  });
});
