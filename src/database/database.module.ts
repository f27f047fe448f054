import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { migrations } from '../../migrations/index.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { InstanceCoordination } from './instance-coordination.js';
import { installPostgresAdapters } from './postgres-adapters.js';
import { PostgresCoordination } from './postgres-coordination.js';
import { SingleInstanceCoordination } from './single-instance-coordination.js';
import { TransactionRunner } from './transaction-runner.js';

/**
 * SQLite by default: one connection for everything (better-sqlite3 is synchronous and
 * in-process). With DATABASE_URL, a PostgreSQL pool shared by several app instances, which
 * `InstanceCoordination` keeps in step (caches, memory index, rate limits, single-run jobs).
 * Migrations run at start on both (on PostgreSQL under an advisory lock, so that instances
 * starting together apply them once); the schema is never synchronised from entities.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        config.databaseUrl ? postgresOptions(config.databaseUrl, config) : sqliteOptions(config),
      dataSourceFactory: async (options?: DataSourceOptions) => {
        const dataSource = await new DataSource(options!).initialize();
        if (dataSource.options.type === 'postgres') await migrateUnderLock(dataSource);
        return dataSource;
      },
    }),
  ],
  providers: [
    TransactionRunner,
    {
      provide: InstanceCoordination,
      inject: [APP_CONFIG, DataSource],
      useFactory: async (config: AppConfig, dataSource: DataSource) => {
        if (!config.databaseUrl) return new SingleInstanceCoordination();
        const coordination = new PostgresCoordination(config.databaseUrl, dataSource);
        await coordination.start();
        return coordination;
      },
    },
  ],
  exports: [TransactionRunner, InstanceCoordination],
})
export class DatabaseModule {}

const shared = (config: AppConfig) => ({
  autoLoadEntities: true,
  synchronize: false,
  migrations,
  migrationsRun: true,
  migrationsTransactionMode: 'each' as const,
  // The `error` level prints failed queries with their parameters (hashes, tokens).
  logging: (config.logLevel === 'log' || config.logLevel === 'debug'
    ? ['warn', 'schema', 'migration']
    : ['warn']) as ('warn' | 'schema' | 'migration')[],
});

function postgresOptions(url: string, config: AppConfig) {
  installPostgresAdapters();
  // Run by migrateUnderLock once the pool is up.
  return { type: 'postgres' as const, url, ...shared(config), migrationsRun: false };
}

/** One instance migrates while the others starting with it wait, then find nothing to do. */
async function migrateUnderLock(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtext('bridges:migrations'))`);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(hashtext('bridges:migrations'))`);
    await runner.release();
  }
}

function sqliteOptions(config: AppConfig) {
  return {
    type: 'better-sqlite3' as const,
    database: config.databasePath,
    enableWAL: true,
    timeout: 5000,
    // Reads of a large archive go through memory-mapped pages and a bigger page cache
    // instead of one read() call per page.
    prepareDatabase: (db: { pragma: (sql: string) => unknown }) => {
      db.pragma('mmap_size = 268435456');
      db.pragma('cache_size = -16384');
      // Freed bytes (an erased account's handle, email, hash) are zeroed, not left behind.
      db.pragma('secure_delete = ON');
    },
    ...shared(config),
  };
}
