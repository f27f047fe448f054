import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { MATRIX_ACTIONS, MATRIX_ROLES, runMatrix } from './support/lifecycle-matrix.js';
import {
  ScenarioBuilder,
  matrixCast,
  type Built,
  type MatrixCast,
} from './support/lifecycle-scenarios.js';
import { startTestApp, type Agent, type TestApp } from './support/test-app.js';

/**
 * Issue 12: for every translation and unit state and every kind of person, the pages offer
 * exactly the steps the API accepts. Each state is built once through the API and rebuilt only
 * after a step was accepted (a refused one must change nothing).
 */
describe('translation lifecycle: state × action × role', () => {
  let t: TestApp;
  let db: DataSource;
  let cast: MatrixCast;
  let b: ScenarioBuilder;
  let anonymous: Agent;

  beforeAll(async () => {
    t = await startTestApp({ API_RATE_LIMIT_PER_MINUTE: '1000000' });
    db = t.get(DataSource);
    cast = await matrixCast(t);
    b = new ScenarioBuilder(cast, db);
    anonymous = t.client();
  });
  afterAll(() => t.close());

  const scenarios: { state: string; build: () => Promise<Built> }[] = [
    { state: 'draft/empty', build: () => b.translated(true) },
    { state: 'draft/draft', build: () => b.translated() },
    {
      state: 'draft/draft (released)',
      build: async () => b.step(cast.owner, await b.translated(), 'release'),
    },
    { state: 'draft/outdated', build: async () => b.sourceChanged(await b.translated()) },
    { state: 'in_review/submitted', build: () => b.submitted() },
    {
      state: 'in_review/submitted (last waiting)',
      build: async () => b.reviewed(await b.submitted(), { 0: 'approve', 2: 'approve' }),
    },
    {
      state: 'in_review/approved',
      build: async () => b.reviewed(await b.submitted(), { 1: 'approve' }),
    },
    {
      state: 'in_review/needs_changes',
      build: async () => b.reviewed(await b.submitted(), { 1: 'request_changes' }),
    },
    {
      state: 'changes_requested/needs_changes',
      build: async () =>
        b.reviewed(await b.submitted(), { 0: 'approve', 1: 'request_changes', 2: 'approve' }),
    },
    { state: 'approved/approved', build: () => b.approved() },
    { state: 'published/approved', build: () => b.published() },
    { state: 'outdated/outdated', build: async () => b.sourceChanged(await b.published()) },
    {
      state: 'outdated/draft',
      build: async () => b.editTarget(await b.sourceChanged(await b.published())),
    },
    {
      state: 'withdrawn/draft',
      build: async () => b.step(cast.owner, await b.translated(), 'withdraw'),
    },
  ];

  const taken = new Set<string>();
  let trials = 0;

  it.each(scenarios.map((s) => [s.state, s] as const))(
    '%s: the pages offer exactly what the API accepts, and a refusal changes nothing',
    async (state, scenario) => {
      const run = await runMatrix(db, cast, anonymous, scenario.build, state.split(' ')[0]!);
      for (const move of run.taken) taken.add(move);
      trials += run.trials;
      expect(run.mismatches).toEqual([]);
    },
  );

  it('tried every state × action × role and took every workflow row a person takes', () => {
    expect(trials).toBe(scenarios.length * MATRIX_ROLES.length * MATRIX_ACTIONS.length);
    // Every row of both workflow tables that a person takes went through the API above
    // (the system's source_changed rows are taken while building the outdated states;
    // approve_own needs SELF_APPROVAL=editor, see review-approvals.e2e-spec.ts).
    expect([...taken]).toEqual(
      expect.arrayContaining([
        'translation submit draft -> in_review',
        'translation submit changes_requested -> in_review',
        'translation submit outdated -> in_review',
        'translation approve in_review -> approved',
        'translation approve_all in_review -> approved',
        'translation request_changes in_review -> changes_requested',
        'translation publish approved -> published',
        'translation edit approved -> draft',
        'translation annotate approved -> draft',
        'translation unpublish published -> withdrawn',
        'translation unpublish outdated -> withdrawn',
        'translation withdraw draft -> withdrawn',
        'translation withdraw in_review -> withdrawn',
        'translation withdraw changes_requested -> withdrawn',
        'translation withdraw approved -> withdrawn',
        'unit edit empty -> draft',
        'unit edit needs_changes -> draft',
        'unit edit outdated -> draft',
        'unit edit approved -> draft',
        'unit submit draft -> submitted',
        'unit submit needs_changes -> submitted',
        'unit approve submitted -> approved',
        'unit request_changes submitted -> needs_changes',
      ]),
    );
  });
});

/** On a site with SELF_APPROVAL=editor, an editor who translated may approve their own units. */
describe('translation lifecycle with self-approval: state × action × role', () => {
  let t: TestApp;
  let db: DataSource;
  let cast: MatrixCast;
  let b: ScenarioBuilder;
  let anonymous: Agent;

  beforeAll(async () => {
    t = await startTestApp({ API_RATE_LIMIT_PER_MINUTE: '1000000', SELF_APPROVAL: 'editor' });
    db = t.get(DataSource);
    cast = await matrixCast(t, ['editor', 'translator']);
    b = new ScenarioBuilder(cast, db);
    anonymous = t.client();
  });
  afterAll(() => t.close());

  it('offers the translating editor exactly the self-approval the API accepts, recorded as such', async () => {
    const taken = new Set<string>();
    for (const [state, build] of [
      ['in_review/submitted', () => b.submitted()],
      [
        'in_review/submitted',
        async () => b.reviewed(await b.submitted(), { 0: 'approve', 2: 'approve' }),
      ],
    ] as const) {
      const run = await runMatrix(db, cast, anonymous, build, state);
      expect(run.mismatches).toEqual([]);
      for (const move of run.taken) taken.add(move);
    }
    expect([...taken]).toEqual(
      expect.arrayContaining([
        'unit approve submitted -> approved',
        'translation approve in_review -> approved',
      ]),
    );
    const [own] = await db.query(
      `SELECT count(*) AS n FROM review_event e JOIN translation t ON t.id = e.translation_id
       WHERE e.self_approval = 1 AND e.actor_id = t.claimed_by_id`,
    );
    expect(Number(own.n)).toBeGreaterThan(0);
    const [audit] = await db.query(
      `SELECT count(*) AS n FROM audit_event WHERE action = 'translation.self-approved'`,
    );
    expect(Number(audit.n)).toBeGreaterThan(0);
  });
});
