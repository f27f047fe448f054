import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoLoader } from '../src/demo/demo-loader.service.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { api } from './support/workflow.js';

describe('cached reader pages', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: 'on' });
    await t.get(DemoLoader).loadIfEmpty();
  });
  afterAll(() => t.close());

  it('answers repeat visits with the same ETag and a 304 when the reader has it', async () => {
    const first = await t.client().get('/texts/the-supreme-court-liquidated-memorial').expect(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=60, s-maxage=0, must-revalidate');
    expect(first.headers.vary).toBe('Cookie, Accept-Language');
    expect(first.headers['last-modified']).toBeTruthy();
    const second = await t.client().get('/texts/the-supreme-court-liquidated-memorial').expect(200);
    expect(second.headers.etag).toBe(etag);
    expect(second.text).toBe(first.text);
    const revalidated = await t
      .client()
      .get('/texts/the-supreme-court-liquidated-memorial')
      .set('if-none-match', etag)
      .expect(304);
    expect(revalidated.text).toBe('');
    const since = await t
      .client()
      .get('/texts/the-supreme-court-liquidated-memorial')
      .set('if-modified-since', first.headers['last-modified'] as string)
      .expect(304);
    expect(since.headers.etag).toBe(etag);
  });

  it('keeps languages apart and never caches for someone with a session', async () => {
    const en = await t.client().get('/').expect(200);
    const ru = await t.client().get('/').set('accept-language', 'ru').expect(200);
    expect(en.headers.etag).not.toBe(ru.headers.etag);
    expect(ru.text).toContain('Хроника');
    const signedIn = await t.signIn(await t.createUser('chitatel', ['translator']));
    const page = await signedIn.agent.get('/').expect(200);
    expect(page.headers.etag).toBeUndefined();
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.text).toContain('Signed in as chitatel');
  });

  it('shows a change at once: anything a reader sees is audited, which invalidates the cache', async () => {
    const before = await t.client().get('/').expect(200);
    const editor = await t.signIn(await t.createUser('redaktor', ['editor']));
    await api(editor)
      .post('/api/v1/timeline', {
        date: '2022-02-24',
        precision: 'day',
        titleEn: 'Full-scale invasion',
        summaryEn: 'Russia invades Ukraine.',
        summaryRu: 'Россия вторгается в Украину.',
      })
      .expect(201);
    const after = await t.client().get('/').expect(200);
    expect(after.text).toContain('Full-scale invasion');
    expect(after.headers.etag).not.toBe(before.headers.etag);
    await t
      .client()
      .get('/')
      .set('if-none-match', before.headers.etag as string)
      .expect(200);
  });

  it('does not cache errors', async () => {
    const missing = await t.client().get('/texts/no-such-text').expect(404);
    expect(missing.headers.etag).toBeUndefined();
  });
});
