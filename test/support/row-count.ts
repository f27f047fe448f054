import { DataSource } from 'typeorm';
import type { TestApp } from './test-app.js';

/** The number of rows in one table of the test app's database. */
export async function countRows(t: TestApp, table: string): Promise<number> {
  return (await t.get(DataSource).query(`SELECT count(*) AS n FROM "${table}"`))[0].n as number;
}
