import pg from 'pg';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';

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
 * and booleans as 1/0, which TypeORM hydrates into entity booleans just the same.
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
}
