import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download } from './support/exchange-files.js';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';
import { BODY } from './support/translation-fixtures.js';
import { createInitiative, createSource, translate } from './support/workflow.js';

const FLAWED = '«Memorial» was designated a foreign agent. Алексей Navalny spoke of pressure.';

/** Puts `text` into the target of the unit whose source starts with `sourceStart`. */
function withTarget(xml: string, sourceStart: string, text: string): string {
  const unit = new RegExp(
    `(<source>${sourceStart}[\\s\\S]*?<target[^>]*?)(/>|>[\\s\\S]*?</target>)`,
  );
  if (!unit.test(xml)) throw new Error(`no unit for ${sourceStart}`);
  return xml.replace(unit, (_, head: string) => `${head}>${text}</target>`);
}

describe('QA after an XLIFF import', () => {
  let t: TestApp;
  let lastochka: SignedInClient;
  let id: number;

  beforeAll(async () => {
    t = await startTestApp();
    const editor = await t.signIn(await t.createUser('lipa', ['editor', 'reviewer']));
    lastochka = await t.signIn(await t.createUser('lastochka', ['translator'], ['ru>en']));
    const source = await createSource(
      editor,
      await createInitiative(editor),
      BODY,
      'Штраф за пост',
    );
    id = await translate(lastochka, source.id, ['Fine for a post']);
  });
  afterAll(() => t.close());

  const flawedFile = async () => {
    const { xml } = await download(lastochka.agent, `/api/v1/translations/${id}/xliff`);
    return Buffer.from(withTarget(xml, '«Мемориал»', FLAWED));
  };

  it('checks the saved units once the import has committed and answers with the findings', async () => {
    const res = await lastochka.agent
      .post(`/api/v1/translations/${id}/xliff`)
      .set('x-csrf-token', lastochka.csrf)
      .attach('file', await flawedFile(), 'work.xlf')
      .expect(200);
    const saved = res.body.units.filter((u: { outcome: string }) => u.outcome === 'saved');
    expect(saved).toHaveLength(1);
    const checks = saved[0].findings.map((f: { check: string }) => f.check);
    expect(checks).toEqual(expect.arrayContaining(['cyrillic-in-target', 'quote-style']));
    const cyrillic = saved[0].findings.find(
      (f: { check: string }) => f.check === 'cyrillic-in-target',
    );
    expect(cyrillic).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('Алексей'),
    });
    // Units the import did not save are not checked.
    for (const u of res.body.units.filter((x: { outcome: string }) => x.outcome !== 'saved'))
      expect(u.findings).toBeUndefined();
    const [row] = await t
      .get(DataSource)
      .query(`SELECT text FROM translation_unit WHERE id = ?`, [saved[0].unitId]);
    expect(row.text).toBe(FLAWED);
  });

  it('shows the findings on the import page', async () => {
    // Back to a clean text, then the same flawed file through the page.
    const units = (await lastochka.agent.get(`/api/v1/translations/${id}`).expect(200)).body
      .units as {
      id: number;
      version: number;
      text: string;
    }[];
    const unit = units.find((u) => u.text === FLAWED)!;
    await lastochka.agent
      .put(`/api/v1/translations/${id}/units/${unit.id}`)
      .set('x-csrf-token', lastochka.csrf)
      .send({ text: 'Memorial was designated a foreign agent.', version: unit.version })
      .expect(200);
    const page = await lastochka.agent
      .post(`/workspace/translations/${id}/xliff/import`)
      .field('_csrf', lastochka.csrf)
      .attach('file', await flawedFile(), 'work.xlf')
      .expect(200);
    expect(page.text).toContain('<ul class="qa">');
    expect(page.text).toMatch(/<li>[^<]*Алексей[^<]*<\/li>/);
    expect(page.text).toMatch(/<li>[^<]*«[^<]*<\/li>/);
  });
});
