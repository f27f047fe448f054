import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createApp } from '../../../src/app.setup.js';
import { loadConfig } from '../../../src/config/app-config.js';
import { DemoLoader, type DemoAccount } from '../../../src/demo/demo-loader.service.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium, never a downloaded browser. Background networking is off: this machine's
 * network is closed, and a reader page must not cause any request to another origin anyway.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export interface RunningSite {
  app: NestFastifyApplication;
  baseUrl: string;
  demo: DemoAccount[];
  close(): Promise<void>;
}

/** The real app with demo data on a fresh SQLite file, listening on a free local port. */
export async function startSite(env: Record<string, string> = {}): Promise<RunningSite> {
  const directory = mkdtempSync(join(tmpdir(), 'bridges-browser-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_PATH: join(directory, 'bridges.sqlite'),
    LOG_LEVEL: 'error',
    DEMO_DATA: 'on',
    ...env,
  });
  const app = await createApp(config, { logger: ['fatal', 'error'] });
  const demo = (await app.get(DemoLoader).loadIfEmpty()) ?? [];
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    demo,
    async close() {
      await app.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

export function account(site: RunningSite, handle: string): DemoAccount {
  const found = site.demo.find((a) => a.handle === handle);
  if (!found) throw new Error(`no demo account ${handle}`);
  return found;
}

export async function newContext(
  browser: Browser,
  options: { javaScript?: boolean } = {},
): Promise<BrowserContext> {
  return browser.newContext({ javaScriptEnabled: options.javaScript ?? true, locale: 'en-GB' });
}

export async function signIn(
  page: Page,
  baseUrl: string,
  handle: string,
  password: string,
): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Handle').fill(handle);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/account$/);
}
