import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { ScenarioBuilder, matrixCast, type MatrixCast } from './support/lifecycle-scenarios.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { api } from './support/workflow.js';

/** Every step a person takes on a translation carries the version read (issue 12). */
describe('translation steps with a stale version', () => {
  let t: TestApp;
  let db: DataSource;
  let cast: MatrixCast;
  let b: ScenarioBuilder;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.get(DataSource);
    cast = await matrixCast(t);
    b = new ScenarioBuilder(cast, db);
  });
  afterAll(() => t.close());

  const row = async (id: number) =>
    (
      await db.query(
        `SELECT status, version, claimed_by_id AS claimant FROM translation WHERE id = ?`,
        [id],
      )
    )[0] as { status: string; version: number; claimant: number | null };

  it('refuses claim, release, reassign, withdraw and submit with 409 and both versions, changing nothing', async () => {
    const translated = await b.translated();
    const released = await b.step(cast.owner, await b.translated(), 'release');
    const steps = [
      { who: cast.owner, id: translated.id, step: 'submit', extra: {} },
      { who: cast.owner, id: translated.id, step: 'withdraw', extra: {} },
      { who: cast.owner, id: translated.id, step: 'release', extra: {} },
      { who: cast.editor, id: translated.id, step: 'reassign', extra: { handle: 'drozd' } },
      { who: cast.unrelated, id: released.id, step: 'claim', extra: {} },
    ];
    for (const { who, id, step, extra } of steps) {
      const before = await row(id);
      const res = await api(who)
        .post(`/api/v1/translations/${id}/${step}`, { version: before.version - 1, ...extra })
        .expect(409);
      expect(res.body.error, step).toMatchObject({
        code: 'errors:stale-write',
        current: { version: before.version, status: before.status },
        submitted: { version: before.version - 1 },
      });
      expect(await row(id), step).toEqual(before);
    }
  });
});
