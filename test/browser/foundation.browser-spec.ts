import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  account,
  launchChromium,
  newContext,
  signIn,
  startSite,
  type RunningSite,
} from './support/browser.js';

describe('foundation journey in a real browser', () => {
  let site: RunningSite;
  let browser: Browser;

  beforeAll(async () => {
    site = await startSite();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const javaScript of [true, false]) {
    it(`signs in, switches to Russian and signs out (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const context = await newContext(browser, { javaScript });
      const page = await context.newPage();
      const editor = account(site, 'demo-editor');

      await page.goto(`${site.baseUrl}/`);
      expect(await context.cookies()).toEqual([]);
      await expect.poll(() => page.locator('h1').textContent()).toBe('Timeline');
      expect(await page.locator('.timeline__event').count()).toBe(4);

      await signIn(page, site.baseUrl, editor.handle, editor.password);
      expect(await page.locator('.session-state').textContent()).toContain(
        'Signed in as demo-editor',
      );
      expect(await page.locator('.workspace-nav').textContent()).toContain('Invitations');

      await page.getByRole('link', { name: 'Русский' }).click();
      await page.waitForURL(/\/account$/);
      expect(await page.locator('html').getAttribute('lang')).toBe('ru');
      expect(await page.locator('h1').textContent()).toBe('Ваш аккаунт');
      expect((await context.cookies()).map((c) => c.name).sort()).toEqual([
        'bridges_session',
        'lang',
      ]);

      await page.getByRole('button', { name: 'Выйти' }).click();
      await page.waitForURL(`${site.baseUrl}/`);
      expect(await page.locator('h1').textContent()).toBe('Хроника');
      expect(await page.getByRole('link', { name: 'Войти' }).count()).toBe(1);
      await page.goto(`${site.baseUrl}/account`);
      expect(page.url()).toContain('/sign-in?next=%2Faccount');
      await context.close();
    });
  }

  it('shows a translated error beside the form for a wrong password', async () => {
    const context = await newContext(browser, { javaScript: false });
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/sign-in?lang=ru`);
    await page.getByLabel('Псевдоним').fill('demo-editor');
    await page.getByLabel('Пароль').fill('definitely wrong');
    await page.getByRole('button', { name: 'Войти' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Неверный псевдоним или пароль.');
    await context.close();
  });
});
