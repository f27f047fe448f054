import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { DomainError } from '../src/common/errors/domain-error.js';
import { TransactionRunner } from '../src/database/transaction-runner.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('database: migrations, pragmas and serialised write transactions', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.get(DataSource);
    await db.query(`CREATE TABLE scratch_counter (id integer PRIMARY KEY, value integer NOT NULL)`);
    await db.query(
      `CREATE TABLE scratch_log (id integer PRIMARY KEY AUTOINCREMENT, writer integer NOT NULL)`,
    );
    await db.query(`INSERT INTO scratch_counter (id, value) VALUES (1, 0)`);
  });
  afterAll(() => t.close());

  it('runs on a file in WAL mode with foreign keys and a busy timeout, schema from migrations', async () => {
    expect(await db.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    expect(await db.query('PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
    expect(await db.query('PRAGMA busy_timeout')).toEqual([{ timeout: 5000 }]);
    const applied = await db.query(`SELECT name FROM migrations ORDER BY id`);
    expect(applied.map((m: { name: string }) => m.name)).toContain('Foundation1732300000000');
  });

  it('commits or cleanly refuses every one of many concurrent transactions, losing none', async () => {
    const runner = t.get(TransactionRunner);
    const writers = Array.from({ length: 200 }, (_, writer) =>
      runner.write(async (manager) => {
        // Read, yield, write: the interleaving that loses updates when transactions overlap.
        const [row] = await manager.query(`SELECT value FROM scratch_counter WHERE id = 1`);
        await new Promise((resolve) => setImmediate(resolve));
        await manager.query(`INSERT INTO scratch_log (writer) VALUES (?)`, [writer]);
        await manager.query(`UPDATE scratch_counter SET value = ? WHERE id = 1`, [row.value + 1]);
        if (writer % 7 === 0) throw new DomainError('invalid', 'errors:bad-request');
        return writer;
      }),
    );
    const results = await Promise.allSettled(writers);
    const committed = results
      .filter((r) => r.status === 'fulfilled')
      .map((r) => (r as PromiseFulfilledResult<number>).value);
    const refused = results.filter((r) => r.status === 'rejected');
    expect(committed.length + refused.length).toBe(200);
    expect(refused.every((r) => (r as PromiseRejectedResult).reason instanceof DomainError)).toBe(
      true,
    );
    expect(refused).toHaveLength(Math.ceil(200 / 7));
    const [counter] = await db.query(`SELECT value FROM scratch_counter WHERE id = 1`);
    expect(counter.value).toBe(committed.length);
    const logged = await db.query(`SELECT writer FROM scratch_log ORDER BY writer`);
    expect(logged.map((r: { writer: number }) => r.writer)).toEqual(
      [...committed].sort((a, b) => a - b),
    );
  });

  it('would collide without the runner: overlapping transactions on the one connection fail', async () => {
    const overlapping = await Promise.allSettled(
      [1, 2].map(() =>
        db.transaction(async (manager) => {
          await manager.query(`SELECT 1`);
          await new Promise((resolve) => setImmediate(resolve));
          await manager.query(`UPDATE scratch_counter SET value = value WHERE id = 1`);
        }),
      ),
    );
    expect(overlapping.some((r) => r.status === 'rejected')).toBe(true);
  });
});

describe('after-commit callbacks', () => {
  it('run after a commit and never after a rollback', async () => {
    const t = await startTestApp();
    try {
      const runner = t.get(TransactionRunner);
      const seen: string[] = [];
      await runner.write(async (manager) => {
        runner.afterCommit(manager, () => seen.push('committed'));
        expect(seen).toEqual([]);
      });
      expect(seen).toEqual(['committed']);
      await expect(
        runner.write(async (manager) => {
          runner.afterCommit(manager, () => seen.push('rolled back'));
          throw new DomainError('invalid', 'errors:bad-request');
        }),
      ).rejects.toBeInstanceOf(DomainError);
      expect(seen).toEqual(['committed']);
    } finally {
      await t.close();
    }
  });
});
