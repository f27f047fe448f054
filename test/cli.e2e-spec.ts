import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { migrations } from '../migrations/index.js';
import { CliIo } from '../src/cli/cli-io.js';
import { runCli } from '../src/cli/run-cli.js';
import { loadConfig, type AppConfig } from '../src/config/app-config.js';
import { DATABASE_DRIVER } from '../src/config/database-url.js';
import { freshPostgresDatabase, type PostgresDatabase } from './support/postgres-database.js';
import { startTestApp } from './support/test-app.js';

const POSTGRES = DATABASE_DRIVER === 'postgres';

/** How many accounts a backup holds: SQLite's copy opened read-only, or pg_dump's rows. */
function usersInBackup(file: string): number {
  if (POSTGRES) {
    const data = execFileSync('pg_restore', ['--data-only', '--table=user', '--file=-', file], {
      encoding: 'utf8',
    });
    const rows = /^COPY public\."user" [^\n]*\n([\s\S]*?)^\\\.$/m.exec(data)?.[1] ?? '';
    return rows.split('\n').filter(Boolean).length;
  }
  const copy = new Database(file, { readonly: true });
  try {
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    return (copy.prepare(`SELECT count(*) AS n FROM "user"`).get() as { n: number }).n;
  } finally {
    copy.close();
  }
}

class ScriptedIo extends CliIo {
  readonly lines: string[] = [];
  constructor(private readonly secrets: string[] = []) {
    super();
  }
  print(line: string): void {
    this.lines.push(line);
  }
  async readSecret(): Promise<string> {
    return this.secrets.shift() ?? '';
  }
}

describe('CLI', () => {
  let dir: string;
  let config: AppConfig;
  let postgres: PostgresDatabase | null;
  /** The CLI's database, for an app started on it. */
  let database: Record<string, string>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bridges-cli-'));
    postgres = await freshPostgresDatabase(undefined);
    database = {
      DATABASE_PATH: join(dir, 'db.sqlite'),
      ...(postgres ? { DATABASE_URL: postgres.url } : {}),
    };
    config = loadConfig({ NODE_ENV: 'test', ...database, LOG_LEVEL: 'error' });
  });
  afterAll(async () => {
    await postgres?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const cli = async (args: string[], secrets: string[] = []) => {
    const io = new ScriptedIo(secrets);
    const code = await runCli(args, config, io);
    return { code, out: io.lines.join('\n') };
  };

  it('creates a user with the password from stdin, lists users, refuses bad input with exit 1', async () => {
    const created = await cli(
      [
        'user:create',
        '--handle',
        'sova',
        '--role',
        'admin',
        '--role',
        'editor',
        '--pairs',
        'ru>en',
      ],
      ['a long password here'],
    );
    expect(created).toEqual({ code: 0, out: 'Created user sova (id 1) with roles admin, editor.' });
    const list = await cli(['user:list']);
    expect(list.out).toMatch(/1\s+sova\s+admin,editor\s+ru>en\s+active/);
    const bad = await cli(['user:create', '--handle', 'x', '--role', 'translator'], ['short']);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('handle: validation:handle');
    const dup = await cli(
      ['user:create', '--handle', 'SOVA', '--role', 'translator'],
      ['a long password here'],
    );
    expect(dup.out).toContain('validation:handle-taken');
    expect((await cli(['user:create', '--handle', 'y', '--role', 'pope'])).code).toBe(1);
    expect((await cli(['no:such-command'])).code).toBe(1);
  });

  it('prints a working API token and an invitation link', async () => {
    const token = await cli(['token:create', '--handle', 'sova']);
    expect(token.out).toMatch(/^brg_[A-Za-z0-9_-]{40,}$/);
    const invite = await cli([
      'invite:create',
      '--role',
      'translator',
      '--pairs',
      'ru>en',
      '--by',
      'sova',
      '--days',
      '3',
    ]);
    expect(invite.out).toMatch(/^http:\/\/localhost:3000\/invitations\/[A-Za-z0-9_-]+$/);
    expect((await cli(['token:create', '--handle', 'nobody'])).code).toBe(1);

    const t = await startTestApp(database);
    try {
      const me = await t
        .client()
        .get('/api/v1/me')
        .set('authorization', `Bearer ${token.out}`)
        .expect(200);
      expect(me.body.user.handle).toBe('sova');
      const path = new URL(invite.out).pathname;
      await t.client().get(path).expect(200);
    } finally {
      await t.app.close();
    }
  });

  it('migrates, backs up while the app writes, and restores', async () => {
    expect((await cli(['db:migrate'])).out).toMatch(
      new RegExp(`0 migration\\(s\\) applied now; ${migrations.length} in the database`),
    );

    const t = await startTestApp(database);
    const backupFile = join(dir, 'backups', POSTGRES ? 'copy.dump' : 'copy.sqlite');
    try {
      // Writes go on while the backup runs; the copy must still be a consistent database.
      const writes = Array.from({ length: 20 }, (_, i) =>
        t.createUser(`ptitsa-${i}`, ['translator']),
      );
      const backup = cli(['db:backup', backupFile]);
      await Promise.all(writes);
      const result = await backup;
      expect(result.code).toBe(0);
      expect(result.out).toContain(`Backup written to ${backupFile}`);
    } finally {
      await t.app.close();
    }
    const copied = usersInBackup(backupFile);
    expect(copied).toBeGreaterThanOrEqual(1);

    // Change the database, then restore the backup over it.
    await cli(
      ['user:create', '--handle', 'after-backup', '--role', 'translator'],
      ['a long password here'],
    );
    const restored = await cli(['db:restore', backupFile]);
    expect(restored.code).toBe(0);
    expect(restored.out).toContain('The previous database was kept as');
    const list = await cli(['user:list']);
    expect(list.out).not.toContain('after-backup');
    expect(list.out.split('\n')).toHaveLength(copied);

    expect((await cli(['db:restore', join(dir, 'missing.sqlite')])).code).toBe(1);
    const notOurs = join(dir, 'other.sqlite');
    new Database(notOurs).exec('CREATE TABLE x (y)');
    const refused = await cli(['db:restore', notOurs]);
    expect(refused).toMatchObject({ code: 1 });
    expect(refused.out).toContain('not a Bridges database');
    const t2 = await startTestApp(database);
    try {
      const users = await t2.get(DataSource).query(`SELECT count(*) AS n FROM "user"`);
      expect(users[0].n).toBe(copied);
    } finally {
      await t2.app.close();
    }
  });
});
