import { afterAll, beforeAll, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { MATRIX_ACTIONS, MATRIX_ROLES, runMatrix } from './lifecycle-matrix.js';
import { ScenarioBuilder, matrixCast, matrixScenarios } from './lifecycle-scenarios.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * Declares the matrix tests for the named states (a spec file holds a share, so the files run
 * side by side): one test per state, then one that checks every state × step × person was tried
 * and that the accepted steps took the expected workflow rows.
 */
export function describeMatrix(states: readonly string[], rows: readonly string[]): void {
  let t: TestApp;
  let db: DataSource;
  let scenarios: ReturnType<typeof matrixScenarios>;
  let cast: Awaited<ReturnType<typeof matrixCast>>;
  const taken = new Set<string>();
  let trials = 0;

  beforeAll(async () => {
    t = await startTestApp({ API_RATE_LIMIT_PER_MINUTE: '1000000' });
    db = t.get(DataSource);
    cast = await matrixCast(t);
    scenarios = matrixScenarios(new ScenarioBuilder(cast, db), cast);
  });
  afterAll(() => t.close());

  it.each(states)(
    '%s: the pages offer exactly what the API accepts, and a refusal changes nothing',
    async (state) => {
      const scenario = scenarios.find((s) => s.state === state)!;
      const run = await runMatrix(db, cast, t.client(), scenario.build, state.split(' ')[0]!);
      for (const move of run.taken) taken.add(move);
      trials += run.trials;
      expect(run.mismatches).toEqual([]);
    },
  );

  it('tried every state × step × person and took the workflow rows these states allow', () => {
    expect(trials).toBe(states.length * MATRIX_ROLES.length * MATRIX_ACTIONS.length);
    expect([...taken]).toEqual(expect.arrayContaining([...rows]));
  });
}
