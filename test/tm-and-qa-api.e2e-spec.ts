import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';
import { importAppealMemory } from './support/translation-fixtures.js';
import { api } from './support/workflow.js';

describe('translation workspace', () => {
  let t: TestApp;
  let pairMember: SignedInClient;

  beforeAll(async () => {
    t = await startTestApp();
    pairMember = await t.signIn(await t.createUser('chizh', ['translator'], ['ru>en']));
    await importAppealMemory(t);
  });
  afterAll(() => t.close());

  it('answers TM and QA API calls for signed-in users only', async () => {
    const tm = await api(pairMember)
      .get(
        `/api/v1/tm/matches?sourceLanguage=ru&targetLanguage=en&text=${encodeURIComponent('Решение можно обжаловать в суде.')}`,
      )
      .expect(200);
    expect(tm.body.matches[0]).toMatchObject({
      source: 'Решение можно обжаловать в апелляционном суде.',
      target: 'The decision can be appealed in the court of appeal.',
    });
    expect(tm.body.matches[0].quality).toBeGreaterThan(60);
    expect(tm.body.matches[0].quality).toBeLessThan(100);
    const exact = await api(pairMember)
      .get(
        `/api/v1/tm/matches?sourceLanguage=ru&targetLanguage=en&text=${encodeURIComponent('Решение можно обжаловать в апелляционном суде.')}`,
      )
      .expect(200);
    expect(exact.body.matches[0].quality).toBe(100);
    const qa = await api(pairMember)
      .post('/api/v1/qa', {
        sourceLanguage: 'ru',
        targetLanguage: 'en',
        source: 'Штраф 30 тыс. руб.',
        target: 'A fine of 3,000 roubles.',
      })
      .expect(200);
    expect(qa.body.findings.map((f: { check: string }) => f.check)).toContain('number-mismatch');
    expect(qa.body.findings[0].message).not.toMatch(/^qa:/);
    await t
      .client()
      .get('/api/v1/tm/matches?sourceLanguage=ru&targetLanguage=en&text=x')
      .expect(401);
    await t
      .client()
      .post('/api/v1/qa')
      .send({ sourceLanguage: 'ru', targetLanguage: 'en', source: 'x', target: 'y' })
      .expect(401);
  });
});
