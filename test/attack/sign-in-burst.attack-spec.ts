import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PasswordHasher } from '../../src/users/password-hasher.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { recordFigure } from './figures.js';

// Counts real argon2 evaluations: the wrapper only tallies calls and forwards them unchanged.
function countEvaluations(t: TestApp): { readonly count: number } {
  const hasher = t.get(PasswordHasher);
  const verify = hasher.verify.bind(hasher);
  const tally = { count: 0 };
  hasher.verify = (hash, password) => {
    tally.count += 1;
    return verify(hash, password);
  };
  return tally;
}

/** Each burst gets its own app, so the limiters start empty. */
function freshApp(): { readonly t: TestApp; readonly tally: { readonly count: number } } {
  const holder = {} as { t: TestApp; tally: { readonly count: number } };
  beforeAll(async () => {
    holder.t = await startTestApp({
      SIGN_IN_LIMIT_PER_HANDLE: '5',
      SIGN_IN_LIMIT_PER_CLIENT: '20',
    });
    holder.tally = countEvaluations(holder.t);
  });
  afterAll(() => holder.t.close());
  return {
    get t() {
      return holder.t;
    },
    get tally() {
      return holder.tally;
    },
  };
}

describe('parallel sign-in bursts', () => {
  const app = freshApp();

  it('evaluates at most 5 of 50 parallel wrong passwords for one handle', async () => {
    const target = await app.t.createUser('burst-target', ['translator']);
    const before = app.tally.count;
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        app.t
          .client()
          .post('/api/v1/auth/login')
          .send({ handle: target.handle, password: 'wrong-one' }),
      ),
    );
    const evaluated = app.tally.count - before;
    const statuses = answers.map((answer) => answer.status);
    recordFigure({
      check: 'parallel sign-in burst per handle',
      tried: 50,
      failed: Math.max(0, evaluated - 5),
      detail: `${evaluated} evaluations (limit 5)`,
    });
    expect(evaluated).toBeLessThanOrEqual(5);
    expect(statuses.filter((status) => status === 401)).toHaveLength(evaluated);
    expect(statuses.filter((status) => status === 429)).toHaveLength(50 - evaluated);
    // The right password is refused too while the handle is blocked.
    await app.t
      .client()
      .post('/api/v1/auth/login')
      .send({ handle: target.handle, password: target.password })
      .expect(429);
  });
});

describe('parallel sign-in bursts from one client', () => {
  const app = freshApp();

  it('evaluates at most 20 of 60 parallel attempts from one client over many handles', async () => {
    const before = app.tally.count;
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        app.t
          .client()
          .post('/api/v1/auth/login')
          .send({ handle: `nobody-${i}`, password: 'wrong-one' }),
      ),
    );
    const evaluated = app.tally.count - before;
    recordFigure({
      check: 'parallel sign-in burst per client',
      tried: 60,
      failed: Math.max(0, evaluated - 20),
      detail: `${evaluated} evaluations (limit 20)`,
    });
    expect(evaluated).toBeLessThanOrEqual(20);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(60 - evaluated);
  });
});
