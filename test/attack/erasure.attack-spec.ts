import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseBackupService } from '../../src/database/database-backup.service.js';
import { UsersService } from '../../src/users/users.service.js';
import { pairKey } from '../../src/config/language-pairs.rules.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { recordFigure } from './figures.js';

describe('account erasure leaves no trace on disk', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('finds no handle, email or password hash in the database, its WAL or a fresh backup', async () => {
    const handle = 'erasure-marker-handle';
    const email = 'erasure-marker@mail.example';
    const password = 'erasure-marker-password';
    const users = t.get(UsersService);
    const created = await users.create({
      handle,
      email,
      password,
      roles: ['translator'],
      languagePairs: t.config.languagePairs.map(pairKey),
    });
    const hash = await users.passwordHashOf(created.id);
    expect(hash).toMatch(/^\$argon2/);
    // A session and audit rows: the usual footprints of an account that was used.
    await t.signIn({ id: created.id, handle, password });
    const admin = await t.createUser('erasure-admin', ['admin']);
    const adminSession = await t.signIn(admin);
    await adminSession.agent
      .delete(`/api/v1/users/${created.id}`)
      .set('x-csrf-token', adminSession.csrf)
      .expect(204);
    const backupFile = join(t.directory, 'after-erasure.sqlite');
    // The same service `db:backup` runs, over the app's own connection (as while it serves).
    await new DatabaseBackupService(t.get(DataSource), t.config).backup(backupFile);

    const markers = [handle, email, hash!, hash!.split('$').pop()!];
    const files = readdirSync(t.directory).filter((name) => /sqlite/.test(name));
    expect(files).toEqual(
      expect.arrayContaining(['bridges.sqlite', 'bridges.sqlite-wal', 'after-erasure.sqlite']),
    );
    const traces: string[] = [];
    for (const file of files) {
      const bytes = readFileSync(join(t.directory, file));
      for (const marker of markers) {
        if (bytes.includes(Buffer.from(marker, 'utf8'))) traces.push(`${marker} in ${file}`);
      }
    }
    recordFigure({
      check: 'erasure byte-grep (db, WAL, backup)',
      tried: files.length * markers.length,
      failed: traces.length,
    });
    expect(traces).toEqual([]);
  });
});
