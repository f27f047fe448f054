import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

interface Routable {
  query(sql: string, parameters?: unknown[], queryRunner?: QueryRunner): Promise<unknown>;
  createQueryBuilder(entityOrRunner?: unknown, alias?: string, queryRunner?: QueryRunner): unknown;
}

/**
 * The services were written for SQLite's one connection, where a read made through the data
 * source inside a write transaction sees that transaction's rows. On a PostgreSQL pool the same
 * read would run on another connection and miss them (a notification built inside the write that
 * created a text would find no title). So while a write is open in this async context, the data
 * source's manager, repositories, raw queries and query builders are the transaction's; outside
 * one they are the pool's, as before.
 */
export function routeReadsThroughOpenTransaction(
  dataSource: DataSource,
  open: () => EntityManager | undefined,
): EntityManager {
  const pool = dataSource.manager;
  const routable = dataSource as unknown as Routable;
  const query = routable.query.bind(dataSource);
  const createQueryBuilder = routable.createQueryBuilder.bind(dataSource);
  Object.defineProperty(dataSource, 'manager', { get: () => open() ?? pool, configurable: true });
  routable.query = (sql, parameters, queryRunner) => {
    const manager = queryRunner ? undefined : open();
    return manager ? manager.query(sql, parameters) : query(sql, parameters, queryRunner);
  };
  routable.createQueryBuilder = (entityOrRunner, alias, queryRunner) => {
    const ownRunner = queryRunner ?? (isQueryRunner(entityOrRunner) ? entityOrRunner : undefined);
    const manager = ownRunner ? undefined : open();
    if (!manager) return createQueryBuilder(entityOrRunner, alias, queryRunner);
    return entityOrRunner === undefined
      ? manager.createQueryBuilder()
      : manager.createQueryBuilder(entityOrRunner as never, alias as string);
  };
  return pool;
}

function isQueryRunner(value: unknown): value is QueryRunner {
  return typeof value === 'object' && value !== null && 'connection' in value && 'query' in value;
}
