import type { LoggerService } from '@nestjs/common';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from './support/test-app.js';

const CLIENT_ADDRESS = '203.0.113.77';

describe('no client address is stored or logged', () => {
  let t: TestApp;
  const logged: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({
      TRUST_PROXY: 'on',
      LOG_LEVEL: 'debug',
      SIGN_IN_LIMIT_PER_CLIENT: '3',
    });
  });
  afterAll(() => t.close());

  it('keeps the address out of the database, the WAL and every log line', async () => {
    const capture: LoggerService = {
      log: (m: unknown) => logged.push(String(m)),
      error: (m: unknown, s?: unknown) => logged.push(`${String(m)} ${String(s)}`),
      warn: (m: unknown) => logged.push(String(m)),
      debug: (m: unknown) => logged.push(String(m)),
      verbose: (m: unknown) => logged.push(String(m)),
    };
    t.app.useLogger(capture);
    const write = vi
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk) => (logged.push(String(chunk)), true));
    const writeErr = vi
      .spyOn(process.stderr, 'write')
      .mockImplementation((chunk) => (logged.push(String(chunk)), true));
    try {
      const user = await t.createUser('filin', ['translator']);
      const client = t.client();
      const fwd = { 'x-forwarded-for': CLIENT_ADDRESS };
      await client
        .post('/api/v1/auth/login')
        .set(fwd)
        .send({ handle: 'filin', password: user.password })
        .expect(200);
      for (let i = 0; i < 4; i++) {
        await t
          .client()
          .post('/api/v1/auth/login')
          .set(fwd)
          .send({ handle: 'filin', password: 'wrong-password' });
      }
      await t.client().get('/no-such-page').set(fwd).expect(404);
      await t
        .client()
        .post('/api/v1/auth/login')
        .set(fwd)
        .set('content-type', 'application/json')
        .send('{')
        .expect(400);
      await t.signIn(user);
    } finally {
      write.mockRestore();
      writeErr.mockRestore();
    }
    const rows = await t.get(DataSource).query(`SELECT count(*) AS n FROM audit_event`);
    expect(rows[0].n).toBeGreaterThan(0);
    for (const file of readdirSync(t.directory)) {
      const bytes = readFileSync(join(t.directory, file));
      expect(bytes.includes(CLIENT_ADDRESS), file).toBe(false);
      expect(bytes.includes('127.0.0.1'), file).toBe(false);
    }
    expect(logged.join('\n')).not.toContain(CLIENT_ADDRESS);
    expect(logged.join('\n')).not.toContain('127.0.0.1');
  });
});
