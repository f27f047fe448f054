import Database from 'better-sqlite3';
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../../src/app.setup.js';
import { loadConfig } from '../../src/config/app-config.js';
import { UsersService } from '../../src/users/users.service.js';
import { recordFigure } from './figures.js';

// A real server process (the built main.js) is SIGKILLed while concurrent writes are in flight;
// after each kill the database must pass integrity_check and hold every write it acknowledged.
const ROUNDS = 5;
const WRITERS = 8;
const directory = mkdtempSync(join(tmpdir(), 'bridges-crash-'));
const databasePath = join(directory, 'bridges.sqlite');
const port = 3900 + (process.pid % 90);
const base = `http://127.0.0.1:${port}`;
const env = {
  NODE_ENV: 'production',
  SESSION_SECRET: 'crash-secret-crash-secret-crash-secret-0123',
  DATABASE_PATH: databasePath,
  HOST: '127.0.0.1',
  PORT: String(port),
  PUBLIC_URL: base,
  LOG_LEVEL: 'error',
  DEMO_DATA: 'off',
  API_RATE_LIMIT_PER_MINUTE: '1000000',
};

beforeAll(async () => {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  const app = await createApp(loadConfig({ ...env, NODE_ENV: 'test' }), { logger: ['fatal'] });
  await app.get(UsersService).create({
    handle: 'crash-editor',
    password: 'password-of-crash-editor',
    roles: ['editor'],
    languagePairs: [],
  });
  await app.close();
}, 180_000);
afterAll(() => rmSync(directory, { recursive: true, force: true }));

async function start(): Promise<ChildProcess> {
  const child = fork('dist/src/main.js', [], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  for (;;) {
    try {
      if ((await fetch(`${base}/health`, { signal: AbortSignal.timeout(2000) })).ok) return child;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error('the server exited during start-up');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function signIn(): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    signal: AbortSignal.timeout(10_000),
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ handle: 'crash-editor', password: 'password-of-crash-editor' }),
  });
  const body = (await response.json()) as { csrfToken: string };
  return {
    cookie: response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; '),
    csrf: body.csrfToken,
  };
}

it('loses no acknowledged write and keeps the file intact across SIGKILLs', async () => {
  const acknowledged: string[] = [];
  let integrityFailures = 0;
  let lost = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const server = await start();
    const session = await signIn();
    let stop = false;
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const name = `crash-${round}-${w}-${i}`;
        try {
          const response = await fetch(`${base}/api/v1/initiatives`, {
            method: 'POST',
            // A request caught by the kill must fail, never wait forever.
            signal: AbortSignal.timeout(10_000),
            headers: {
              'content-type': 'application/json',
              cookie: session.cookie,
              'x-csrf-token': session.csrf,
            },
            body: JSON.stringify({ nameOriginal: name, nameEn: name, defaultLicence: 'CC-BY-4.0' }),
          });
          if (response.status === 201) acknowledged.push(name);
          else if (!stop) throw new Error(`write answered ${response.status}`);
        } catch (error) {
          if (!stop) throw error;
        }
      }
    };
    const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
    await new Promise((resolve) => setTimeout(resolve, 300 + round * 50));
    stop = true;
    server.kill('SIGKILL');
    await Promise.allSettled(writers);
    await new Promise((resolve) => server.once('exit', resolve).exitCode !== null && resolve(null));
    const db = new Database(databasePath, { readonly: true });
    if (db.pragma('integrity_check', { simple: true }) !== 'ok') integrityFailures++;
    const stored = new Set(
      (db.prepare('SELECT name_en AS n FROM initiative').all() as { n: string }[]).map((r) => r.n),
    );
    db.close();
    lost = acknowledged.filter((name) => !stored.has(name)).length;
  }
  recordFigure({
    check: 'SIGKILL during writes: integrity_check',
    tried: ROUNDS,
    failed: integrityFailures,
  });
  recordFigure({
    check: 'SIGKILL during writes: lost acknowledged writes',
    tried: acknowledged.length,
    failed: lost,
  });
  expect(acknowledged.length).toBeGreaterThan(ROUNDS * WRITERS);
  expect(integrityFailures).toBe(0);
  expect(lost).toBe(0);
}, 300_000);
