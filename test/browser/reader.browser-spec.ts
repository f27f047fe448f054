/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionService } from '../../src/auth/session.service.js';
import { FootnotesService } from '../../src/translations/footnotes.service.js';
import { PublishingService } from '../../src/publications/publishing.service.js';
import { ReviewService } from '../../src/review/review.service.js';
import { SourcesService } from '../../src/sources/sources.service.js';
import { SubmissionService } from '../../src/translations/submission.service.js';
import { TranslationRecords } from '../../src/translations/translation-records.js';
import { TranslationsService } from '../../src/translations/translations.service.js';
import { UnitsService } from '../../src/translations/units.service.js';
import { UsersService } from '../../src/users/users.service.js';
import { InitiativesService } from '../../src/sources/initiatives.service.js';
import { launchChromium, newContext, startSite, type RunningSite } from './support/browser.js';

function readerLabels(lang: 'en' | 'ru') {
  const reader = JSON.parse(readFileSync(`locales/${lang}/reader.json`, 'utf8')) as {
    article: { 'show-original': string; 'hide-original': string };
  };
  return {
    showOriginal: reader.article['show-original'],
    hideOriginal: reader.article['hide-original'],
  };
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ARTICLE = '/texts/the-supreme-court-liquidated-memorial';
const READER_PAGES = [
  '/',
  ARTICLE,
  `${ARTICLE}?view=original`,
  '/explainers/foreign-agent',
  '/explainers',
  '/glossary',
  '/initiatives',
  '/initiatives/bridges-demo',
  '/tags/memorial',
  '/search?q=Memorial',
  '/search?q=',
  '/about',
];

interface AxeViolation {
  id: string;
  nodes: { target: string[] }[];
}

async function axe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: (o: object) => Promise<{ violations: AxeViolation[] }> } }
    ).axe.run({
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    });
    return result.violations.map((v) => ({
      id: v.id,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

describe('the reader site in a real browser', () => {
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

  for (const lang of ['en', 'ru'] as const) {
    it(`has no accessibility violations and requests nothing from other origins (${lang})`, async () => {
      // bypassCSP lets the test inject axe-core; the site's own pages never need it.
      const context: BrowserContext = await browser.newContext({
        locale: lang === 'ru' ? 'ru-RU' : 'en-GB',
        bypassCSP: true,
      });
      const foreign: string[] = [];
      context.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(site.baseUrl) && !url.startsWith('data:')) foreign.push(url);
      });
      const page = await context.newPage();
      for (const path of READER_PAGES) {
        const response = await page.goto(
          `${site.baseUrl}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`,
        );
        expect(response?.status(), path).toBe(200);
        expect(await axe(page), path).toEqual([]);
      }
      expect(foreign).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      await context.close();
    });
  }

  const JOURNEYS = [
    { lang: 'en', javaScript: false, explainer: 'Foreign agent' },
    { lang: 'en', javaScript: true, explainer: 'Foreign agent' },
    { lang: 'ru', javaScript: false, explainer: 'Иностранный агент' },
    { lang: 'ru', javaScript: true, explainer: 'Иностранный агент' },
  ] as const;
  for (const { lang, javaScript, explainer } of JOURNEYS) {
    it(`goes from the timeline to the article, the original beside it, an explainer, search and a feed (${lang}, JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const labels = readerLabels(lang);
      const context = await newContext(browser, { javaScript });
      const page = await context.newPage();
      await page.goto(`${site.baseUrl}/`);
      if (lang === 'ru') {
        await page.locator(`nav.language-switcher a[hreflang="ru"]`).click();
        expect(await page.locator('html').getAttribute('lang')).toBe('ru');
      }
      await page
        .locator('#content a[href^="/texts/"]', { hasText: 'Supreme Court' })
        .first()
        .click();
      await page.waitForURL(`${site.baseUrl}${ARTICLE}`);
      expect(await page.locator('h1').textContent()).toBe('The Supreme Court liquidated Memorial');

      // The explainer's short text opens in place (a <details>), then its own page.
      const aside = page.locator('aside.explainer').first();
      expect(await aside.locator('details').getAttribute('open')).toBeNull();
      await aside.locator('summary').click();
      expect(await aside.locator('details').getAttribute('open')).toBe('');
      expect(await aside.locator('p').first().isVisible()).toBe(true);

      // Footnote markers link to the notes and back.
      await page.locator('a#fnref-1').click();
      expect(page.url()).toContain('#fn-1');
      await page.locator('#fn-1 a.footnote-back').click();
      expect(page.url()).toContain('#fnref-1');

      await page.getByRole('link', { name: labels.showOriginal }).click();
      expect(await page.locator('.pair__original').first().textContent()).toContain(
        'Верховный суд России',
      );
      await page.getByRole('link', { name: labels.hideOriginal }).click();
      expect(await page.locator('.pair__original').count()).toBe(0);

      await page.locator('aside.explainer').last().locator('summary').click();
      await page.locator('aside.explainer a[href="/explainers/foreign-agent"]').click();
      await page.waitForURL(/\/explainers\/foreign-agent$/);
      expect(await page.locator('h1').textContent()).toContain(explainer);

      for (const [query, expected] of [
        ['liquidation', 'The Supreme Court liquidated Memorial'],
        ['иноагент', 'Иностранный агент'],
      ] as const) {
        await page.goto(`${site.baseUrl}/search`);
        await page.locator('input[name="q"]').fill(query);
        await page.locator('main form button').first().click();
        await page.waitForURL(/\/search\?/);
        expect(await page.locator('main').textContent(), query).toContain(expected);
      }

      await page.goto(`${site.baseUrl}/`);
      const feed = await page
        .locator('link[type="application/atom+xml"]')
        .first()
        .getAttribute('href');
      expect(feed).toBeTruthy();
      // The link is absolute on PUBLIC_URL; the test site listens elsewhere.
      const xml = await (
        await fetch(new URL(new URL(feed!, site.baseUrl).pathname, site.baseUrl))
      ).text();
      expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
      expect(xml).toContain('The Supreme Court liquidated Memorial');
      await context.close();
    });
  }

  it('opens an explained term’s note in place when JavaScript is on', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}${ARTICLE}`);
    const term = page.locator('a.explainer-term').first();
    const target = (await term.getAttribute('href'))!;
    await term.click();
    expect(await page.locator(`${target} details`).getAttribute('open')).toBe('');
    expect(page.url()).not.toContain(target);
    await context.close();
  });

  it('is usable by keyboard: the skip link first, then the page', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}${ARTICLE}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
    // Summaries of explainers are reachable and open with the keyboard.
    const summary = page.locator('aside.explainer summary').first();
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('aside.explainer details').first().getAttribute('open')).toBe('');
    await context.close();
  });

  it('never runs markup written into a note, in the workspace or on the published page', async () => {
    const app = site.app;
    const users = app.get(UsersService);
    const byHandle = async (handle: string) =>
      (await users.findSummary((await users.findForSignIn(handle))!.user.id))!;
    const [editor, reviewer, translator] = await Promise.all(
      ['demo-editor', 'demo-reviewer', 'demo-translator'].map(byHandle),
    );
    const [initiative] = await app.get(InitiativesService).list();
    const source = await app.get(SourcesService).create(editor!.id, {
      initiativeId: initiative!.id,
      language: 'ru',
      kind: 'news',
      title: 'Проверка',
      body: 'Текст с примечанием.',
      licence: 'CC-BY-4.0',
      originalUrl: 'https://example.org/check',
      publishedDate: '2022-03-01',
    });
    const translation = await app.get(TranslationsService).start(translator!, source.id, 'en');
    const records = app.get(TranslationRecords);
    for (const [i, { unit }] of (await records.units(translation.id)).entries()) {
      await app
        .get(UnitsService)
        .save(
          translator!,
          translation.id,
          unit.id,
          unit.version,
          i === 0 ? 'Check' : 'A text with a note.',
        );
    }
    const body = (await records.units(translation.id))[1]!.unit;
    const hostile =
      '<script>window.__pwned = 1; alert(1)</script><img src="x" onerror="window.__pwned = 2">[click](javascript:window.__pwned=3)';
    await app.get(FootnotesService).add(translator!, translation.id, body.id, {
      unitVersion: body.version,
      quote: 'note',
      note: hostile,
    });
    const { translation: current } = await records.load(translation.id);
    await app.get(SubmissionService).submit(translator!, translation.id, current.version);
    const seen = Object.fromEntries(
      (await records.units(translation.id)).map(({ unit }) => [unit.id, unit.version]),
    );
    const approved = await app.get(ReviewService).approveAll(reviewer!, translation.id, seen);
    const publication = await app.get(PublishingService).publish(editor!, translation.id, {
      version: approved.version,
    });

    const context = await newContext(browser);
    const dialogs: string[] = [];
    const page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${site.baseUrl}/texts/${publication.slug}`);
    expect(await page.locator('#fn-1').textContent()).toContain(
      '<script>window.__pwned = 1; alert(1)</script>',
    );
    expect(await page.locator('#fn-1 img').count()).toBe(0);
    expect(await page.locator('#fn-1 a[href^="javascript:"]').count()).toBe(0);
    // The translator's editor shows it as text too (signed in through a real session).
    const { token } = await app.get(SessionService).start(translator!.id);
    await context.addCookies([{ name: 'bridges_session', value: token, url: site.baseUrl }]);
    await page.goto(`${site.baseUrl}/workspace/translations/${translation.id}`);
    expect(await page.locator('.notes__list').textContent()).toContain(
      '<script>window.__pwned = 1;',
    );
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
