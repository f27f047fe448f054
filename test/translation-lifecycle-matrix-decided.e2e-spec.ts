import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { runMatrix } from './support/lifecycle-matrix.js';
import { describeMatrix } from './support/lifecycle-matrix-suite.js';
import { ScenarioBuilder, matrixCast, type MatrixCast } from './support/lifecycle-scenarios.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The matrix of issue 12 for states after a review decision (see translation-lifecycle-matrix). */
describe('translation lifecycle after a decision: state × step × person', () => {
  describeMatrix(
    [
      'changes_requested/needs_changes',
      'approved/approved',
      'published/approved',
      'published/approved (released)',
      'outdated/outdated',
      'outdated/draft',
      'withdrawn/draft',
    ],
    [
      'translation submit changes_requested -> in_review',
      'translation submit outdated -> in_review',
      'translation publish approved -> published',
      'translation edit approved -> draft',
      'translation annotate approved -> draft',
      'translation unpublish published -> withdrawn',
      'translation unpublish outdated -> withdrawn',
      'translation withdraw changes_requested -> withdrawn',
      'translation withdraw approved -> withdrawn',
      'unit edit needs_changes -> draft',
      'unit edit outdated -> draft',
      'unit edit approved -> draft',
      'unit submit needs_changes -> submitted',
    ],
  );
});

/** On a site with SELF_APPROVAL=editor, an editor who translated may approve their own units. */
describe('translation lifecycle with self-approval: state × step × person', () => {
  let t: TestApp;
  let db: DataSource;
  let cast: MatrixCast;
  let b: ScenarioBuilder;

  beforeAll(async () => {
    t = await startTestApp({ API_RATE_LIMIT_PER_MINUTE: '1000000', SELF_APPROVAL: 'editor' });
    db = t.get(DataSource);
    cast = await matrixCast(t, ['editor', 'translator']);
    b = new ScenarioBuilder(cast, db);
  });
  afterAll(() => t.close());

  it('offers the translating editor exactly the self-approval the API accepts, recorded as such', async () => {
    const taken = new Set<string>();
    const builds = [
      () => b.submitted(),
      async () => b.reviewed(await b.submitted(), { 0: 'approve', 2: 'approve' }),
    ];
    for (const build of builds) {
      const run = await runMatrix(db, cast, t.client(), build, 'in_review/submitted');
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
       WHERE e.self_approval = TRUE AND e.actor_id = t.claimed_by_id`,
    );
    expect(Number(own.n)).toBeGreaterThan(0);
    const [audit] = await db.query(
      `SELECT count(*) AS n FROM audit_event WHERE action = 'translation.self-approved'`,
    );
    expect(Number(audit.n)).toBeGreaterThan(0);
  });
});
