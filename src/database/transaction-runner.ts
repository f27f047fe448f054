import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * TypeORM shares the single SQLite connection, so two overlapping transactions would nest a
 * BEGIN inside a BEGIN and collide. Every write transaction goes through this queue and runs
 * alone. Keep the work short and never await anything but the database inside it (hash
 * passwords, read files, render before calling `write`).
 */
@Injectable()
export class TransactionRunner {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataSource: DataSource) {}

  write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const run = this.tail.then(() => this.dataSource.transaction((manager) => work(manager)));
    this.tail = run.catch(() => undefined);
    return run;
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }
}
