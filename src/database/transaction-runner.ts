import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { routeReadsThroughOpenTransaction } from './transaction-reads.js';

interface OpenTransaction {
  manager: EntityManager;
  /** Run once the outermost transaction commits; dropped with a rolled-back (nested) write. */
  committed: (() => void)[];
  /** Set once the transaction has ended, for work that escaped it (a timer, a stray promise). */
  ended: boolean;
}

/**
 * TypeORM shares the single SQLite connection, so two unrelated overlapping transactions would
 * nest a BEGIN inside a BEGIN and collide: every outermost write queues and runs alone. A write
 * started inside an open one (a service calling another service) joins it as a savepoint
 * instead of queueing behind it, which would wait forever: it commits with the outer one and
 * rolls back alone when it fails. Code inside reads through `manager`, which is the open
 * transaction's. Keep the work short and never await anything but the database inside it
 * (hash passwords, read files, render before calling `write`).
 */
@Injectable()
export class TransactionRunner {
  private readonly logger = new Logger('Transactions');
  private readonly open = new AsyncLocalStorage<OpenTransaction>();
  private tail: Promise<unknown> = Promise.resolve();

  /** The connection's (SQLite) or the pool's (PostgreSQL) manager, outside any transaction. */
  private readonly outside: EntityManager;

  constructor(private readonly dataSource: DataSource) {
    this.outside =
      dataSource.options.type === 'postgres'
        ? routeReadsThroughOpenTransaction(dataSource, () => this.openManager())
        : dataSource.manager;
  }

  write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const outer = this.open.getStore();
    return outer && !outer.ended ? this.join(outer, work) : this.queue(work);
  }

  /**
   * Runs `callback` once the open transaction has committed (never if it rolls back): for
   * in-memory state such as caches and indexes that must not see uncommitted rows. Outside a
   * transaction it runs at once.
   */
  afterCommit(callback: () => void): void {
    const open = this.open.getStore();
    if (open && !open.ended) open.committed.push(callback);
    else callback();
  }

  /**
   * After an erasure, makes the old values leave the files. SQLite: copies the WAL into the
   * database file and truncates it to zero bytes, in the write queue so no transaction is open
   * (with `secure_delete` on, the database file itself keeps no freed bytes). PostgreSQL: an
   * UPDATE leaves the old row version in the heap and its keys in the indexes until vacuumed, so
   * the `tables` are rewritten with VACUUM FULL (small tables; a short exclusive lock).
   */
  scrubFreedBytes(tables: readonly string[]): Promise<void> {
    if (this.dataSource.options.type === 'postgres') {
      return this.dataSource
        .query(`VACUUM FULL ${tables.map((table) => `"${table}"`).join(', ')}`)
        .then(() => undefined);
    }
    const run = this.tail.then(async () => {
      const rows = (await this.dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)')) as {
        busy: number;
      }[];
      if (rows[0]?.busy) throw new Error('the WAL checkpoint was blocked by a reader');
    });
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** The open transaction's manager inside `write`, the connection's outside it. */
  get manager(): EntityManager {
    return this.openManager() ?? this.outside;
  }

  private openManager(): EntityManager | undefined {
    const open = this.open.getStore();
    return open && !open.ended ? open.manager : undefined;
  }

  private queue<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const committed: (() => void)[] = [];
    const run = this.tail.then(() =>
      this.dataSource.transaction((manager) => this.inside(manager, committed, work)),
    );
    this.tail = run.catch(() => undefined);
    return run.then((result) => {
      for (const callback of committed) this.runCallback(callback);
      return result;
    });
  }

  private async join<T>(
    outer: OpenTransaction,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    const committed: (() => void)[] = [];
    const result = await outer.manager.transaction((manager) =>
      this.inside(manager, committed, work),
    );
    outer.committed.push(...committed);
    return result;
  }

  private async inside<T>(
    manager: EntityManager,
    committed: (() => void)[],
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    const open: OpenTransaction = { manager, committed, ended: false };
    try {
      return await this.open.run(open, () => work(manager));
    } finally {
      open.ended = true;
    }
  }

  private runCallback(callback: () => void): void {
    try {
      callback();
    } catch (error) {
      this.logger.error(`after-commit callback failed: ${(error as Error).stack ?? String(error)}`);
    }
  }
}
