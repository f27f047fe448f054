import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, renderEnvExample } from './app-config.js';
import { parseLanguagePairs } from './language-pairs.rules.js';

const dir = () => mkdtempSync(join(tmpdir(), 'bridges-config-'));

describe('loadConfig', () => {
  it('applies defaults and generates a development secret once, beside the database', () => {
    const databasePath = join(dir(), 'db.sqlite');
    const first = loadConfig({ DATABASE_PATH: databasePath });
    expect(first.port).toBe(3000);
    expect(first.languagePairs).toEqual([
      { source: 'ru', target: 'en' },
      { source: 'en', target: 'ru' },
    ]);
    expect(first.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(databasePath, '..', '.session-secret'), 'utf8').trim()).toBe(
      first.sessionSecret,
    );
    expect(loadConfig({ DATABASE_PATH: databasePath }).sessionSecret).toBe(first.sessionSecret);
  });

  it('refuses to start in production without SESSION_SECRET and never loads demo data there', () => {
    expect(() =>
      loadConfig({ NODE_ENV: 'production', DATABASE_PATH: join(dir(), 'x.sqlite') }),
    ).toThrow(/SESSION_SECRET is required/);
    const prod = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(40),
      DATABASE_PATH: join(dir(), 'y'),
    });
    expect(prod.production).toBe(true);
    expect(prod.demoData).toBe(false);
  });

  it('reports every invalid variable at once with a clear message', () => {
    try {
      loadConfig({
        PORT: 'abc',
        LANGUAGE_PAIRS: 'ru>de',
        PUBLIC_URL: 'ftp://x',
        SELF_APPROVAL: 'maybe',
        DATABASE_PATH: join(dir(), 'z'),
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT must be a whole number/);
      expect(problems).toMatch(/LANGUAGE_PAIRS: "ru>de" uses a language other than ru or en/);
      expect(problems).toMatch(/PUBLIC_URL must be an http/);
      expect(problems).toMatch(/SELF_APPROVAL must be one of off, editor/);
    }
  });

  it('accepts only a postgres:// DATABASE_URL, and only one the process environment also has', () => {
    const databasePath = join(dir(), 'u.sqlite');
    expect(() => loadConfig({ DATABASE_PATH: databasePath, DATABASE_URL: 'mysql://x/y' })).toThrow(
      /DATABASE_URL must start with postgres:\/\//,
    );
    // Entity column types follow the process environment, which has no DATABASE_URL here.
    if (!process.env.DATABASE_URL) {
      expect(() =>
        loadConfig({ DATABASE_PATH: databasePath, DATABASE_URL: 'postgres://u@h/db' }),
      ).toThrow(/process environment/);
      expect(loadConfig({ DATABASE_PATH: databasePath }).databaseUrl).toBe('');
    }
  });

  it('keeps .env.example in step with the variables the app reads', () => {
    const file = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    expect(file).toContain(renderEnvExample());
  });

  it('lists every variable in the .env.example text', () => {
    const example = renderEnvExample();
    for (const name of [
      'DATABASE_PATH',
      'SESSION_SECRET',
      'LANGUAGE_PAIRS',
      'REQUIRED_APPROVALS',
    ]) {
      expect(example).toContain(`${name}=`);
    }
  });
});

describe('parseLanguagePairs', () => {
  it('parses, deduplicates and refuses nonsense', () => {
    expect(parseLanguagePairs('ru>en, ru>en')).toEqual({
      ok: true,
      pairs: [{ source: 'ru', target: 'en' }],
    });
    expect(parseLanguagePairs('ru>ru').ok).toBe(false);
    expect(parseLanguagePairs('russian').ok).toBe(false);
    expect(parseLanguagePairs('')).toEqual({ ok: true, pairs: [] });
  });
});
