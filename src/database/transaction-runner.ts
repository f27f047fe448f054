import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * TypeORM shares the single SQLite connection, so two overlapping transactions would nest a
 * BEGIN inside a BEGIN and collide. Every write transaction goes through this queue and runs
 * alone. Keep the work short and never await anything but the database inside it (hash
 * passwords, read files, render before calling `write`).
 */
@Injectable()
export class TransactionRunner {
  private readonly logger = new Logger('Transactions');
  private tail: Promise<unknown> = Promise.resolve();
  private readonly committed = new WeakMap<EntityManager, (() => void)[]>();

  constructor(private readonly dataSource: DataSource) {}

  write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    let callbacks: (() => void)[] = [];
    const run = this.tail.then(() =>
      this.dataSource.transaction(async (manager) => {
        this.committed.set(manager, callbacks);
        try {
          return await work(manager);
        } finally {
          callbacks = this.committed.get(manager) ?? [];
          this.committed.delete(manager);
        }
      }),
    );
    this.tail = run.catch(() => undefined);
    return run.then((result) => {
      for (const callback of callbacks) {
        try {
          callback();
        } catch (error) {
          this.logger.error(
            `after-commit callback failed: ${(error as Error).stack ?? String(error)}`,
          );
        }
      }
      return result;
    });
  }

  /**
   * Copies the WAL into the database file and truncates it to zero bytes, in the write queue so
   * no transaction is open. After an erasure the WAL still holds the old page images; with
   * `secure_delete` on, the database file itself keeps no freed bytes.
   */
  truncateWal(): Promise<void> {
    const run = this.tail.then(async () => {
      const rows = (await this.dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)')) as {
        busy: number;
      }[];
      if (rows[0]?.busy) throw new Error('the WAL checkpoint was blocked by a reader');
    });
    this.tail = run.catch(() => undefined);
    return run;
  }

  /**
   * Runs `callback` once the transaction of `manager` has committed (never if it rolls back):
   * for in-memory state such as caches and indexes that must not see uncommitted rows.
   * Outside a queued transaction it runs at once.
   */
  afterCommit(manager: EntityManager, callback: () => void): void {
    const list = this.committed.get(manager);
    if (list) list.push(callback);
    else callback();
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }
}
