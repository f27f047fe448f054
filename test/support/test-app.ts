import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import supertest from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { createApp } from '../../src/app.setup.js';
import { loadConfig, type AppConfig } from '../../src/config/app-config.js';
import type { Role } from '../../src/common/roles.js';
import { pairKey } from '../../src/config/language-pairs.rules.js';
import { UsersService } from '../../src/users/users.service.js';
import { freshPostgresDatabase } from './postgres-database.js';

export type Agent = TestAgent;

export interface TestUser {
  id: number;
  handle: string;
  password: string;
}

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  directory: string;
  /** A fresh client without cookies. */
  client(): Agent;
  createUser(handle: string, roles: Role[], languagePairs?: string[]): Promise<TestUser>;
  /** A client signed in through the sign-in form, with the session's CSRF token at hand. */
  signIn(user: TestUser): Promise<SignedInClient>;
  get<T>(type: abstract new (...args: never[]) => T): T;
  close(): Promise<void>;
}

export interface SignedInClient {
  agent: Agent;
  csrf: string;
  user: TestUser;
}

/**
 * Boots the real application (the same `createApp` as `main.ts`) on a fresh SQLite file with
 * the real migrations, or, when DATABASE_URL points at PostgreSQL (`npm run test:pg`), on a
 * fresh database of that cluster. A test may pass its own DATABASE_URL to share a database
 * between two app instances. Demo data is off unless a test asks for it.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const directory = mkdtempSync(join(tmpdir(), 'bridges-e2e-'));
  const database = await freshPostgresDatabase(env.DATABASE_URL);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_PATH: join(directory, 'bridges.sqlite'),
    ...(database ? { DATABASE_URL: database.url } : {}),
    DEMO_DATA: 'off',
    LOG_LEVEL: 'error',
    ...env,
  });
  const app = await createApp(config, { logger: ['fatal', 'error'] });
  const server = app.getHttpServer();
  const client = () => supertest.agent(server);
  const users = app.get(UsersService);
  return {
    app,
    config,
    directory,
    client,
    get: (type) => app.get(type),
    async createUser(handle, roles, languagePairs = config.languagePairs.map(pairKey)) {
      const password = `password-of-${handle}`;
      const created = await users.create({ handle, password, roles, languagePairs });
      return { id: created.id, handle, password };
    },
    async signIn(user) {
      const agent = client();
      const csrf = await formCsrf(agent, '/sign-in');
      await agent
        .post('/sign-in')
        .type('form')
        .send({ _csrf: csrf, handle: user.handle, password: user.password })
        .expect(303);
      const me = await agent.get('/api/v1/me').expect(200);
      return { agent, csrf: me.body.csrfToken as string, user };
    },
    async close() {
      await app.close();
      await database?.drop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** Opens a page and reads the CSRF token from its form. */
export async function formCsrf(agent: Agent, path: string): Promise<string> {
  const page = await agent.get(path).expect(200);
  const match = /name="_csrf" value="([^"]+)"/.exec(page.text);
  if (!match?.[1]) throw new Error(`no CSRF token on ${path}`);
  return match[1];
}

export function cookieNames(setCookie: string | string[] | undefined): string[] {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return list.map((c) => c.split('=')[0] ?? '');
}
