import pg from 'pg';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

/**
 * Our raw SQL is written with `?` placeholders (SQLite's); PostgreSQL wants `$1, $2, …`.
 * Rather than spell every query twice, raw queries are renumbered on their way to `pg`. Only
 * queries that carry parameters and no `$n` of their own are touched (TypeORM's builders
 * already emit `$n`), and none of our SQL uses `?` inside a literal or as a jsonb operator.
 */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

let installed = false;

/**
 * Makes PostgreSQL answer raw queries the way SQLite does: `?` placeholders, `count(*)` /
 * `sum(…)` (bigint, numeric) as numbers rather than strings (our counts stay far below 2^53),
 * and booleans as 1/0 (as SQLite's raw rows carry them). TypeORM's PostgreSQL driver turns only
 * columns typed with the `Boolean` constructor back into booleans, so `type: 'boolean'` columns
 * are hydrated here, as the SQLite driver does.
 */
export function installPostgresAdapters(): void {
  if (installed) return;
  installed = true;
  pg.types.setTypeParser(pg.types.builtins.INT8, Number);
  pg.types.setTypeParser(pg.types.builtins.NUMERIC, Number);
  pg.types.setTypeParser(pg.types.builtins.BOOL, (value) => (value === 't' ? 1 : 0));
  const prototype = PostgresQueryRunner.prototype as unknown as {
    query: (sql: string, parameters?: unknown[], structured?: boolean) => Promise<unknown>;
  };
  const original = prototype.query;
  prototype.query = function (this: unknown, sql, parameters, structured) {
    const renumbered =
      parameters && parameters.length > 0 && !/\$\d/.test(sql) ? numberPlaceholders(sql) : sql;
    return original.call(this, renumbered, parameters, structured);
  };
  const driver = PostgresDriver.prototype as unknown as {
    prepareHydratedValue: (value: unknown, column: ColumnMetadata) => unknown;
  };
  const hydrate = driver.prepareHydratedValue;
  driver.prepareHydratedValue = function (this: unknown, value, column) {
    if (column.type === 'boolean' && (value === 0 || value === 1)) return value === 1;
    return hydrate.call(this, value, column);
  };
}
