import Database from 'better-sqlite3';
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
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
let base = '';
let env: Record<string, string> = {};
let running: Server | null = null;

/** A port the OS has just handed out: a fixed one may be held by another run on this machine. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  env = {
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
afterAll(async () => {
  // A failed round must not leave a server holding the port and the file.
  if (running) await running.kill();
  rmSync(directory, { recursive: true, force: true });
});

interface Server {
  /** SIGKILLs the process and resolves once it is gone. */
  kill(): Promise<void>;
}

async function start(): Promise<Server> {
  // The parent's DATABASE_URL (test:pg) would point the server elsewhere than DATABASE_PATH.
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child: ChildProcess = fork('dist/src/main.js', [], {
    env: { ...inherited, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  // Listen from the start: a child killed by a signal keeps exitCode null, so an 'exit' that
  // fired before a later `once('exit')` would leave that wait hanging forever.
  let exited = false;
  const gone = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const server: Server = {
    async kill() {
      child.kill('SIGKILL');
      await gone;
      running = null;
    },
  };
  running = server;
  for (;;) {
    try {
      if ((await fetch(`${base}/health`, { signal: AbortSignal.timeout(2000) })).ok) return server;
    } catch {
      // not listening yet
    }
    if (exited) throw new Error('the server exited during start-up');
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
    const killed = server.kill();
    await Promise.allSettled(writers);
    await killed;
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
