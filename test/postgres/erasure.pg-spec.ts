import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { UsersService } from '../../src/users/users.service.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Account erasure on PostgreSQL: after the deletion, the handle and email are in none of the
 * files of the tables and indexes that held them (read straight from the throwaway cluster's
 * data directory, after a checkpoint wrote every page out).
 */
describe('account erasure on PostgreSQL', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.get(DataSource);
  });
  afterAll(() => t.close());

  /** Every file of the user table and its indexes, as bytes on disk now. */
  async function userTableFiles(): Promise<Buffer> {
    await db.query('CHECKPOINT');
    const [{ data_directory: dataDirectory }] = await db.query('SHOW data_directory');
    const relations: { path: string }[] = await db.query(
      `SELECT pg_relation_filepath(c.oid) AS path FROM pg_class c
        WHERE c.oid = '"user"'::regclass
           OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = '"user"'::regclass)`,
    );
    expect(relations.length).toBeGreaterThan(1);
    return Buffer.concat(relations.map((r) => readFileSync(join(dataDirectory, r.path))));
  }

  it('leaves no trace of the handle or email in the table and index files', async () => {
    const handle = 'zhuravl-erasure-marker';
    const email = 'zhuravl-erasure-marker@example.org';
    const users = t.get(UsersService);
    const admin = await t.createUser('admin-of-erasure', ['admin']);
    const user = await users.create({
      handle,
      email,
      password: 'a long password here',
      roles: ['translator'],
      languagePairs: ['ru>en'],
    });
    expect((await userTableFiles()).includes(email)).toBe(true);
    await users.deleteAccount(admin.id, user.id);
    const files = await userTableFiles();
    expect(files.includes(handle)).toBe(false);
    expect(files.includes(email)).toBe(false);
    const [row] = await db.query(`SELECT handle, email, deleted_at FROM "user" WHERE id = ?`, [
      user.id,
    ]);
    expect(row).toMatchObject({ handle: null, email: null });
    expect(row.deleted_at).not.toBeNull();
  });
});
