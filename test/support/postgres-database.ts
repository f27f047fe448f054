import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DATABASE_DRIVER } from '../../src/config/database-url.js';

export interface PostgresDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * Under `npm run test:pg` every app a test starts gets its own empty database in the throwaway
 * cluster, so test files run in parallel without seeing each other's rows. A URL passed by the
 * test itself (two instances on one database) is used as it is.
 */
export async function freshPostgresDatabase(
  explicitUrl: string | undefined,
): Promise<PostgresDatabase | null> {
  if (DATABASE_DRIVER !== 'postgres') return null;
  if (explicitUrl) return { url: explicitUrl, drop: async () => undefined };
  const cluster = process.env.DATABASE_URL!;
  const name = `bridges_${randomBytes(6).toString('hex')}`;
  await onCluster(cluster, `CREATE DATABASE "${name}"`);
  const url = new URL(cluster);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onCluster(cluster, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function onCluster(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
