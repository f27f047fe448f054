import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DATABASE_DRIVER, driverOf } from './database-url.js';
import { parseLanguagePairs, type LanguagePair } from './language-pairs.rules.js';

export type InterfaceLanguage = 'en' | 'ru';
export const INTERFACE_LANGUAGES: readonly InterfaceLanguage[] = ['en', 'ru'];

/** Everything the app reads from the environment, validated once at boot and passed as a value. */
export interface AppConfig {
  readonly production: boolean;
  readonly host: string;
  readonly port: number;
  readonly publicUrl: string;
  readonly siteName: string;
  readonly databasePath: string;
  /** `postgres://…` selects PostgreSQL; empty means SQLite at `databasePath`. */
  readonly databaseUrl: string;
  readonly sessionSecret: string;
  readonly sessionTtlHours: number;
  readonly invitationTtlDays: number;
  readonly languagePairs: readonly LanguagePair[];
  readonly requiredApprovals: number;
  readonly selfApproval: 'off' | 'editor';
  readonly publishGate: boolean;
  readonly maxTextBytes: number;
  readonly maxUploadBytes: number;
  readonly demoData: boolean;
  readonly trustProxy: boolean;
  readonly signInLimitPerHandle: number;
  readonly signInLimitPerClient: number;
  readonly apiRateLimitPerMinute: number;
  readonly logLevel: 'error' | 'warn' | 'log' | 'debug';
}

/** One row per variable: the single source for validation, defaults and `.env.example`. */
export const CONFIG_VARIABLES = [
  [
    'NODE_ENV',
    'development',
    '`production` turns on Secure `__Host-` cookies and refuses to start without SESSION_SECRET',
  ],
  ['HOST', '127.0.0.1', 'address to listen on'],
  ['PORT', '3000', 'port to listen on'],
  [
    'PUBLIC_URL',
    'http://localhost:3000',
    'public base URL, used in invitation links, feeds and canonical links',
  ],
  ['SITE_NAME', 'Bridges', 'site name shown in the layout and feeds'],
  ['DATABASE_PATH', 'data/bridges.sqlite', 'SQLite database file (its directory is created)'],
  [
    'DATABASE_URL',
    '',
    '`postgres://user:password@host:port/database` selects PostgreSQL 15+ instead of SQLite',
  ],
  [
    'SESSION_SECRET',
    '',
    'secret for hashing session, invitation and API tokens; generated once beside the database outside production',
  ],
  ['SESSION_TTL_HOURS', '336', 'how long a signed-in session lasts without use'],
  ['INVITATION_TTL_DAYS', '7', 'default lifetime of an invitation link'],
  ['LANGUAGE_PAIRS', 'ru>en,en>ru', 'translation directions, comma separated'],
  ['REQUIRED_APPROVALS', '1', 'distinct reviewers needed per unit'],
  [
    'SELF_APPROVAL',
    'off',
    '`editor` lets an editor approve their own work on a one-person site (recorded and shown)',
  ],
  ['PUBLISH_GATE', 'on', '`off` lets unapproved explainers and footnotes through the publish gate'],
  ['MAX_TEXT_BYTES', '200000', 'largest source text or unit, in bytes of UTF-8'],
  ['MAX_UPLOAD_BYTES', '1000000', 'largest imported file'],
  [
    'DEMO_DATA',
    'on',
    '`off` keeps an empty database empty (demo data is never loaded in production)',
  ],
  [
    'TRUST_PROXY',
    'off',
    '`on` behind a reverse proxy, so rate limits see the client (never stored)',
  ],
  ['SIGN_IN_LIMIT_PER_HANDLE', '5', 'failed sign-ins per handle per 15 minutes'],
  ['SIGN_IN_LIMIT_PER_CLIENT', '20', 'failed sign-ins per client per 15 minutes'],
  ['API_RATE_LIMIT_PER_MINUTE', '600', 'API requests per token or session per minute'],
  ['LOG_LEVEL', 'warn', 'error, warn, log or debug (log also shows start-up and migrations)'],
] as const;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const value = (name: (typeof CONFIG_VARIABLES)[number][0]): string => {
    const row = CONFIG_VARIABLES.find(([n]) => n === name);
    const raw = env[name];
    return raw === undefined || raw.trim() === '' ? (row?.[1] ?? '') : raw.trim();
  };
  const integer = (
    name: (typeof CONFIG_VARIABLES)[number][0],
    min: number,
    max: number,
  ): number => {
    const raw = value(name);
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || n < min || n > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return min;
    }
    return n;
  };
  const oneOf = <T extends string>(
    name: (typeof CONFIG_VARIABLES)[number][0],
    allowed: readonly T[],
  ): T => {
    const raw = value(name).toLowerCase();
    if (!(allowed as readonly string[]).includes(raw)) {
      problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
      return allowed[0]!;
    }
    return raw as T;
  };
  const onOff = (name: (typeof CONFIG_VARIABLES)[number][0]): boolean =>
    oneOf(name, ['on', 'off', 'true', 'false', '1', '0']) in { on: 1, true: 1, '1': 1 };

  const nodeEnv = oneOf('NODE_ENV', ['development', 'production', 'test']);
  const production = nodeEnv === 'production';
  const publicUrl = value('PUBLIC_URL').replace(/\/+$/, '');
  try {
    const url = new URL(publicUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
  } catch {
    problems.push(`PUBLIC_URL must be an http(s) URL (got "${publicUrl}")`);
  }
  const pairs = parseLanguagePairs(value('LANGUAGE_PAIRS'));
  if (!pairs.ok) problems.push(`LANGUAGE_PAIRS: ${pairs.problem}`);
  const databasePath = resolve(value('DATABASE_PATH'));
  const databaseUrl = value('DATABASE_URL');
  if (databaseUrl && driverOf(databaseUrl) !== 'postgres') {
    problems.push('DATABASE_URL must start with postgres:// or postgresql://');
  } else if (databaseUrl && DATABASE_DRIVER !== 'postgres') {
    // Entity column types were fixed from the process environment at import time.
    problems.push('DATABASE_URL must be set in the process environment, not only in the config');
  }
  let sessionSecret = value('SESSION_SECRET');
  if (sessionSecret && sessionSecret.length < 32) {
    problems.push('SESSION_SECRET must be at least 32 characters long');
  }
  if (!sessionSecret && production) {
    problems.push(
      'SESSION_SECRET is required when NODE_ENV=production (at least 32 random characters)',
    );
  }
  const config: AppConfig = {
    production,
    host: value('HOST'),
    port: integer('PORT', 0, 65535),
    publicUrl,
    siteName: value('SITE_NAME'),
    databasePath,
    databaseUrl,
    sessionSecret,
    sessionTtlHours: integer('SESSION_TTL_HOURS', 1, 24 * 365),
    invitationTtlDays: integer('INVITATION_TTL_DAYS', 1, 90),
    languagePairs: pairs.ok ? pairs.pairs : [],
    requiredApprovals: integer('REQUIRED_APPROVALS', 1, 5),
    selfApproval: oneOf('SELF_APPROVAL', ['off', 'editor']),
    publishGate: onOff('PUBLISH_GATE'),
    maxTextBytes: integer('MAX_TEXT_BYTES', 1000, 10_000_000),
    maxUploadBytes: integer('MAX_UPLOAD_BYTES', 1000, 50_000_000),
    demoData: onOff('DEMO_DATA') && !production,
    trustProxy: onOff('TRUST_PROXY'),
    signInLimitPerHandle: integer('SIGN_IN_LIMIT_PER_HANDLE', 1, 1000),
    signInLimitPerClient: integer('SIGN_IN_LIMIT_PER_CLIENT', 1, 10_000),
    apiRateLimitPerMinute: integer('API_RATE_LIMIT_PER_MINUTE', 1, 1_000_000),
    logLevel: oneOf('LOG_LEVEL', ['error', 'warn', 'log', 'debug']),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  if (!sessionSecret) sessionSecret = developmentSecret(databasePath);
  return { ...config, sessionSecret };
}

/**
 * Outside production a secret is generated once and kept beside the database, so sessions
 * survive restarts without anyone having to configure anything.
 */
function developmentSecret(databasePath: string): string {
  const file = join(dirname(databasePath), '.session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(databasePath), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export function renderEnvExample(): string {
  return CONFIG_VARIABLES.map(([name, def, help]) => `# ${help}\n${name}=${def}\n`).join('\n');
}
