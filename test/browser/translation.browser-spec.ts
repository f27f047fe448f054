import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import {
  account,
  launchChromium,
  newContext,
  signIn,
  startSite,
  type RunningSite,
} from './support/browser.js';

const MEMORIAL_EN = [
  'On 28 December 2021 the Supreme Court of Russia ordered the liquidation of the International Memorial Society.',
  "For decades the organisation preserved the memory of the victims of Stalin's repressions.",
  'The pretext was the law on “foreign agents”: the prosecutor’s office claimed that Memorial did not label its materials as the law requires.',
];

describe('translating in a real browser', () => {
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

  const startTranslation = async (page: Page, title: string) => {
    await page.goto(`${site.baseUrl}/workspace`);
    await page
      .locator('li', { hasText: title })
      .getByRole('button', { name: 'Translate into English' })
      .click();
    await page.waitForURL(/\/workspace\/translations\/\d+$/);
  };
  const unitText = async (translationTitle: string, position: number) => {
    const rows = await site.app.get(DataSource).query(
      `SELECT u.text FROM translation_unit u JOIN translation t ON t.id = u.translation_id JOIN source_text s ON s.id = t.source_id
       JOIN segment g ON g.id = u.segment_id WHERE s.title = ? AND g.position = ?`,
      [translationTitle, position],
    );
    return rows[0]?.text as string | undefined;
  };

  it('claims a demo text, autosaves with hints shown, keeps a second tab from overwriting, and submits', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const translator = account(site, 'demo-translator');
    await signIn(page, site.baseUrl, translator.handle, translator.password);
    await startTranslation(page, 'Верховный суд ликвидировал «Мемориал»');

    await expect.poll(() => page.locator('mark.term').count()).toBeGreaterThan(1);
    expect(
      await page.locator('mark.term', { hasText: 'Верховный суд' }).getAttribute('title'),
    ).toBe('Supreme Court');

    const areas = page.locator('.unit textarea');
    await areas.nth(0).fill(MEMORIAL_EN[0]!);
    await expect
      .poll(() => page.locator('.unit').nth(0).locator('[data-role="save-state"]').textContent(), {
        timeout: 5000,
      })
      .toBe('Saved');
    expect(await unitText('Верховный суд ликвидировал «Мемориал»', 0)).toBe(MEMORIAL_EN[0]);

    // Ctrl+Enter saves and moves on.
    await areas.nth(1).fill(MEMORIAL_EN[1]!);
    await areas.nth(1).press('Control+Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe(await areas.nth(2).getAttribute('id'));
    await expect
      .poll(() => unitText('Верховный суд ликвидировал «Мемориал»', 1))
      .toBe(MEMORIAL_EN[1]);

    // A second tab opened before the next save: its save is refused, nothing is overwritten.
    const second = await context.newPage();
    await second.goto(page.url());
    await areas.nth(2).fill(MEMORIAL_EN[2]!);
    await areas.nth(2).press('Control+Enter');
    await expect
      .poll(() => unitText('Верховный суд ликвидировал «Мемориал»', 2))
      .toBe(MEMORIAL_EN[2]);
    const stale = second.locator('.unit textarea').nth(2);
    await stale.fill('Text typed in the older tab.');
    await stale.press('Control+Enter');
    const conflict = second.locator('.unit').nth(2).locator('.conflict');
    await expect.poll(() => conflict.isVisible()).toBe(true);
    expect(await conflict.textContent()).toContain(MEMORIAL_EN[2]);
    expect(await conflict.textContent()).toContain('Text typed in the older tab.');
    expect(await unitText('Верховный суд ликвидировал «Мемориал»', 2)).toBe(MEMORIAL_EN[2]);

    await page.reload();
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect
      .poll(() => page.locator('.notice').textContent())
      .toContain('Submitted for review.');
    expect(await page.locator('.translation-meta').textContent()).toContain('In review');
    await context.close();
  });

  it('translates and submits with JavaScript off, using plain forms', async () => {
    const context = await newContext(browser, { javaScript: false });
    const page = await context.newPage();
    const translator = account(site, 'demo-translator-2');
    await signIn(page, site.baseUrl, translator.handle, translator.password);
    await startTranslation(page, 'Ордер не нужен');
    await page
      .locator('.unit textarea')
      .first()
      .fill(
        'Since 21 December 2021 the Russian police can search homes and cars without a warrant.',
      );
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/#unit-\d+$/);
    expect(await page.locator('.unit__status').first().textContent()).toBe('Draft');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    expect(await page.locator('.notice').textContent()).toContain('Submitted for review.');
    await context.close();
  });
});
