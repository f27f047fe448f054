import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { migrations } from '../migrations/index.js';
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
    // TypeORM runs migrations by the timestamp in their names: the list must say the same order,
    // and name every file of the folder.
    expect(applied.map((m: { name: string }) => m.name)).toEqual(migrations.map((m) => m.name));
    const files = readdirSync(new URL('../migrations/', import.meta.url))
      .filter((f) => /^\d+-.*\.ts$/.test(f))
      .sort();
    expect(migrations.map((m) => Number(/\d+$/.exec(m.name)![0]))).toEqual(
      files.map((f) => Number(f.split('-')[0])),
    );
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
      await runner.write(async () => {
        runner.afterCommit(() => seen.push('committed'));
        expect(seen).toEqual([]);
      });
      expect(seen).toEqual(['committed']);
      await expect(
        runner.write(async () => {
          runner.afterCommit(() => seen.push('rolled back'));
          throw new DomainError('invalid', 'errors:bad-request');
        }),
      ).rejects.toBeInstanceOf(DomainError);
      expect(seen).toEqual(['committed']);
    } finally {
      await t.close();
    }
  });
});

describe('nested writes join the open transaction', () => {
  let t: TestApp;
  let runner: TransactionRunner;
  let db: DataSource;
  const names = async () =>
    (await db.query(`SELECT name FROM scratch_nested ORDER BY id`)).map(
      (r: { name: string }) => r.name,
    );

  beforeAll(async () => {
    t = await startTestApp();
    runner = t.get(TransactionRunner);
    db = t.get(DataSource);
    await db.query(`CREATE TABLE scratch_nested (id integer PRIMARY KEY, name text NOT NULL)`);
  });
  afterAll(() => t.close());

  it('a write inside a write runs in the same transaction, and later writes are not blocked', async () => {
    const result = await runner.write(async (outer) => {
      await outer.query(`INSERT INTO scratch_nested (name) VALUES ('outer')`);
      const inner = await runner.write(async (m) => {
        // The inner write sees the outer one's uncommitted row, and so does the shared manager.
        const [row] = await m.query(`SELECT count(*) AS n FROM scratch_nested`);
        await m.query(`INSERT INTO scratch_nested (name) VALUES ('inner')`);
        return row.n as number;
      });
      const [seen] = await runner.manager.query(`SELECT count(*) AS n FROM scratch_nested`);
      return { inner, seen: seen.n as number };
    });
    expect(result).toEqual({ inner: 1, seen: 2 });
    await runner.write((m) => m.query(`INSERT INTO scratch_nested (name) VALUES ('later')`));
    expect(await names()).toEqual(['outer', 'inner', 'later']);
    await db.query(`DELETE FROM scratch_nested`);
  });

  it('rolls back everything when the inner failure reaches the outer write', async () => {
    const seen: string[] = [];
    await expect(
      runner.write(async (outer) => {
        await outer.query(`INSERT INTO scratch_nested (name) VALUES ('outer')`);
        runner.afterCommit(() => seen.push('outer'));
        await runner.write(async (m) => {
          await m.query(`INSERT INTO scratch_nested (name) VALUES ('inner')`);
          throw new DomainError('invalid', 'errors:bad-request');
        });
      }),
    ).rejects.toBeInstanceOf(DomainError);
    expect(await names()).toEqual([]);
    expect(seen).toEqual([]);
  });

  it('rolls back only the inner write when the outer one handles its failure', async () => {
    const seen: string[] = [];
    await runner.write(async (outer) => {
      await outer.query(`INSERT INTO scratch_nested (name) VALUES ('kept')`);
      await runner
        .write(async (m) => {
          await m.query(`INSERT INTO scratch_nested (name) VALUES ('dropped')`);
          runner.afterCommit(() => seen.push('inner'));
          throw new DomainError('invalid', 'errors:bad-request');
        })
        .catch(() => undefined);
      await runner.write(async () => runner.afterCommit(() => seen.push('sibling')));
      runner.afterCommit(() => seen.push('outer'));
      expect(seen).toEqual([]);
    });
    expect(await names()).toEqual(['kept']);
    expect(seen).toEqual(['sibling', 'outer']);
    await db.query(`DELETE FROM scratch_nested`);
  });

  it('keeps unrelated concurrent writes apart while one of them nests', async () => {
    const order: string[] = [];
    await Promise.all([
      runner.write(async (m) => {
        await m.query(`INSERT INTO scratch_nested (name) VALUES ('a1')`);
        await new Promise((resolve) => setImmediate(resolve));
        await runner.write((inner) =>
          inner.query(`INSERT INTO scratch_nested (name) VALUES ('a2')`),
        );
        order.push('a');
      }),
      runner.write(async (m) => {
        await m.query(`INSERT INTO scratch_nested (name) VALUES ('b')`);
        order.push('b');
      }),
    ]);
    expect(order).toEqual(['a', 'b']);
    expect(await names()).toEqual(['a1', 'a2', 'b']);
  });

  it('queues a write that outlives the transaction it was started in', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let escaped!: Promise<unknown>;
    const seen: string[] = [];
    await runner.write(async (m) => {
      await m.query(`INSERT INTO scratch_nested (name) VALUES ('first')`);
      escaped = gate.then(() =>
        runner.write(async (late) => {
          await late.query(`INSERT INTO scratch_nested (name) VALUES ('late')`);
          runner.afterCommit(() => seen.push('late'));
        }),
      );
    });
    open();
    await escaped;
    // Joined to the ended transaction, its after-commit callback would never run.
    expect(seen).toEqual(['late']);
    expect(await names()).toEqual(['a1', 'a2', 'b', 'first', 'late']);
    await db.query(`DELETE FROM scratch_nested`);
  });
});
