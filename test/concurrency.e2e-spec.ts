import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';
import { api, createInitiative, createSource, submit, translate } from './support/workflow.js';

interface Accepted {
  unitId: number;
  readVersion: number;
  newVersion: number;
  text: string | null;
  status: string;
}

const CLIENTS = 50;
const ACTIONS = 1000;

/**
 * 50 clients (half the translator's sessions editing, half reviewers judging) fire 1,000
 * writes at 20 units, each carrying the version it last saw. Afterwards the database must equal
 * a serial replay of exactly the writes that were accepted.
 */
describe('concurrent review and edit actions', () => {
  let t: TestApp;
  let translationId: number;
  let unitIds: number[];
  let initial: Map<number, { version: number; text: string; status: string }>;

  beforeAll(async () => {
    t = await startTestApp({ API_RATE_LIMIT_PER_MINUTE: '100000' });
    const editor = await t.signIn(await t.createUser('lipa', ['editor']));
    const translator = await t.signIn(await t.createUser('lastochka', ['translator'], ['ru>en']));
    const body = Array.from({ length: 19 }, (_, i) => `Абзац номер ${i + 1}.`).join('\n\n');
    const source = await createSource(editor, await createInitiative(editor), body, 'Нагрузка');
    translationId = await translate(translator, source.id, [
      'Load',
      ...Array.from({ length: 19 }, (_, i) => `Paragraph number ${i + 1}.`),
    ]);
    await submit(translator, translationId);
    const rows = await t
      .get(DataSource)
      .query(
        `SELECT id, version, text, status FROM translation_unit WHERE translation_id = ? ORDER BY id`,
        [translationId],
      );
    unitIds = rows.map((r: { id: number }) => r.id);
    initial = new Map(
      rows.map((r: { id: number; version: number; text: string; status: string }) => [
        r.id,
        { version: r.version, text: r.text, status: r.status },
      ]),
    );
  });
  afterAll(() => t.close());

  it('loses no update, refuses every stale write with 409 and never answers 5xx', async () => {
    const translatorUser = { id: 0, handle: 'lastochka', password: 'password-of-lastochka' };
    const reviewers = await Promise.all(
      Array.from({ length: 5 }, (_, i) => t.createUser(`reviewer-${i}`, ['reviewer'], ['ru>en'])),
    );
    const clients: { client: SignedInClient; kind: 'edit' | 'review' }[] = [];
    for (let i = 0; i < CLIENTS; i++) {
      const kind = i % 2 === 0 ? 'edit' : 'review';
      clients.push({
        client: await t.signIn(kind === 'edit' ? translatorUser : reviewers[i % reviewers.length]!),
        kind,
      });
    }
    const accepted: Accepted[] = [];
    const refusedStale: { unitId: number; sent: number; current: number }[] = [];
    const statuses = new Map<number, number>();
    let random = 42;
    const next = () => (random = (random * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

    await Promise.all(
      clients.map(async ({ client, kind }, index) => {
        const known = new Map([...initial].map(([id, u]) => [id, u.version]));
        for (let n = 0; n < ACTIONS / CLIENTS; n++) {
          const unitId = unitIds[Math.floor(next() * unitIds.length)]!;
          const version = known.get(unitId)!;
          const res =
            kind === 'edit'
              ? await api(client).put(`/api/v1/translations/${translationId}/units/${unitId}`, {
                  text: `Edit ${index}.${n}`,
                  version,
                })
              : await api(client).post(
                  `/api/v1/translations/${translationId}/units/${unitId}/review`,
                  {
                    verdict: next() < 0.7 ? 'approve' : 'request_changes',
                    comment: 'Please look again.',
                    version,
                  },
                );
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status === 200 && kind === 'edit') {
            accepted.push({
              unitId,
              readVersion: version,
              newVersion: res.body.version,
              text: res.body.text,
              status: res.body.status,
            });
            known.set(unitId, res.body.version);
          } else if (res.status === 200) {
            accepted.push({
              unitId,
              readVersion: version,
              newVersion: res.body.unit.version,
              text: null,
              status: res.body.unit.status,
            });
            known.set(unitId, res.body.unit.version);
          } else if (res.status === 409) {
            refusedStale.push({ unitId, sent: version, current: res.body.error.current.version });
            known.set(unitId, res.body.error.current.version);
          }
        }
      }),
    );

    expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(ACTIONS);
    expect(accepted.length).toBeGreaterThan(50);
    expect(refusedStale.length).toBeGreaterThan(50);

    // Serial replay: per unit, the accepted writes form one unbroken chain of versions.
    const db = t.get(DataSource);
    for (const unitId of unitIds) {
      const chain = accepted
        .filter((a) => a.unitId === unitId)
        .sort((a, b) => a.newVersion - b.newVersion);
      let state = { ...initial.get(unitId)! };
      for (const write of chain) {
        expect(write.readVersion).toBe(state.version);
        expect(write.newVersion).toBe(state.version + 1);
        state = { version: write.newVersion, text: write.text ?? state.text, status: write.status };
      }
      const [row] = await db.query(
        `SELECT version, text, status FROM translation_unit WHERE id = ?`,
        [unitId],
      );
      expect(row).toEqual(state);
      const revisions = await db.query(
        `SELECT count(*) AS n FROM unit_revision WHERE unit_id = ? AND version > ?`,
        [unitId, initial.get(unitId)!.version],
      );
      expect(revisions[0].n).toBe(chain.length);
    }
    // Every refusal with 409 was a write behind the unit's version at the time.
    for (const refusal of refusedStale) expect(refusal.sent).toBeLessThan(refusal.current);
  }, 120_000);
});
