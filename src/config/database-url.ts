/**
 * Which database the process talks to. Entity decorators run at import time, before any
 * config object exists, so the choice is read from the environment once here: a
 * `DATABASE_URL` of the form `postgres://…` selects PostgreSQL, anything else SQLite.
 */
export type DatabaseDriver = 'sqlite' | 'postgres';

export function driverOf(databaseUrl: string | undefined): DatabaseDriver {
  return /^postgres(ql)?:\/\//.test(databaseUrl ?? '') ? 'postgres' : 'sqlite';
}

export const DATABASE_DRIVER: DatabaseDriver = driverOf(process.env.DATABASE_URL);
