/// <reference lib="dom" />
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

const ECHO_EN = [
  'Echo of Moscow closed',
  'Right after the war started, Echo of Moscow was closed.',
  'Meduza, Dozhd and many other free media were blocked.',
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

  it('claims a demo text, translates with glossary marks, live QA and the memory, autosaves, keeps a second tab from overwriting, and submits', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const translator = account(site, 'demo-translator');
    await signIn(page, site.baseUrl, translator.handle, translator.password);
    await startTranslation(page, 'Закрытие «Эха Москвы»');

    const title = 'Закрытие «Эха Москвы»';
    await expect.poll(() => page.locator('mark.term').count()).toBeGreaterThan(1);
    expect(
      await page.locator('mark.term', { hasText: 'Эхо Москвы' }).first().getAttribute('title'),
    ).toBe('Echo of Moscow');

    // Typing saves after a pause, and the QA findings follow the saved text.
    const areas = page.locator('.unit textarea[name="text"]');
    const findings = page.locator('.unit').nth(0).locator('[data-role="findings"]');
    await areas.nth(0).fill('Эхо Москвы closed');
    await expect.poll(() => findings.textContent(), { timeout: 5000 }).toContain('Cyrillic');
    await areas.nth(0).fill(ECHO_EN[0]!);
    await expect.poll(() => findings.locator('li').count(), { timeout: 5000 }).toBe(0);
    await expect
      .poll(() => page.locator('.unit').nth(0).locator('[data-role="save-state"]').textContent(), {
        timeout: 5000,
      })
      .toBe('Saved');
    expect(await unitText(title, 0)).toBe(ECHO_EN[0]);

    // The memory offers the statement's own sentence; "Use" fills it in, Ctrl+Enter saves and
    // moves on.
    const memory = page.locator('.unit').nth(1).locator('.memory');
    expect(await memory.locator('.quality').first().textContent()).toBe('100%');
    await memory.getByRole('button', { name: 'Use' }).first().click();
    expect(await areas.nth(1).inputValue()).toBe(ECHO_EN[1]);
    await areas.nth(1).press('Control+Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe(await areas.nth(2).getAttribute('id'));
    await expect.poll(() => unitText(title, 1)).toBe(ECHO_EN[1]);

    // A second tab opened before the last save: its save is refused, nothing is overwritten.
    const second = await context.newPage();
    await second.goto(page.url());
    await areas.nth(2).fill(ECHO_EN[2]!);
    await areas.nth(2).press('Control+Enter');
    await expect.poll(() => unitText(title, 2)).toBe(ECHO_EN[2]);
    const stale = second.locator('.unit textarea[name="text"]').nth(2);
    await stale.fill('Text typed in the older tab.');
    await stale.press('Control+Enter');
    const conflict = second.locator('.unit').nth(2).locator('.conflict');
    await expect.poll(() => conflict.isVisible()).toBe(true);
    expect(await conflict.textContent()).toContain(ECHO_EN[2]);
    expect(await conflict.textContent()).toContain('Text typed in the older tab.');
    expect(await unitText(title, 2)).toBe(ECHO_EN[2]);

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
    await page.locator('.unit textarea[name="text"]').nth(0).fill('No warrant needed');
    await page.locator('.unit').nth(0).getByRole('button', { name: 'Save and next' }).click();
    await page.waitForURL(/#unit-\d+$/);
    await page
      .locator('.unit textarea[name="text"]')
      .nth(1)
      .fill(
        'Since 21 December 2021 the Russian police can search homes and cars without a warrant.',
      );
    await page.locator('.unit').nth(1).getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/#unit-\d+$/);
    expect(await page.locator('.unit__status').nth(1).textContent()).toBe('Draft');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    expect(await page.locator('.notice').textContent()).toContain('Submitted for review.');
    await context.close();
  });
});
