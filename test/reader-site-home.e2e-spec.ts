import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_URL, seedReaderSite } from './support/reader-site-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('the reader site', () => {
  let t: TestApp;
  const anonymous = () => t.client();

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL, LANGUAGE_PAIRS: 'ru>en,en>ru' });
    await seedReaderSite(t);
  });
  afterAll(() => t.close());

  describe('before anything is withdrawn', () => {
    it('shows the latest texts on the home page, the interface language first, each marked with lang', async () => {
      const en = (await anonymous().get('/').expect(200)).text;
      const latest = en.slice(
        en.indexOf('id="latest-heading"'),
        en.indexOf('id="timeline-heading"'),
      );
      expect(latest).toContain('In English');
      expect(latest.indexOf('Memorial closed')).toBeLessThan(latest.indexOf('Заявление о войне'));
      expect(latest).toMatch(
        /<li class="publication-list__item" lang="en">\s*<h3[^>]*><a href="\/texts\/memorial-closed"/,
      );
      expect(latest).toMatch(
        /<li class="publication-list__item" lang="ru">\s*<h3[^>]*><a href="\/texts\/zayavleniye-o-voyne"/,
      );
      expect(latest).toContain('Withdrawn text');
      const ru = (await anonymous().get('/?lang=ru').expect(200)).text;
      const ruLatest = ru.slice(
        ru.indexOf('id="latest-heading"'),
        ru.indexOf('id="timeline-heading"'),
      );
      expect(ruLatest).toContain('Новые тексты');
      expect(ruLatest.indexOf('Заявление о войне')).toBeLessThan(
        ruLatest.indexOf('Memorial closed'),
      );
      expect(en).toContain('href="/about"');
      expect(en).toContain('<a href="/initiatives/memorial">Memorial</a>');
      // An initiative without a published text is not listed.
      expect(en).not.toContain('/initiatives/ovd-info');
    });

    it('links "Read more" to the text in the reader\'s language, else the other one (said so), else nowhere', async () => {
      const en = (await anonymous().get('/').expect(200)).text;
      const event = en.slice(en.indexOf('Memorial closure'), en.indexOf('</ol>'));
      expect(event).toContain(
        '<a href="/texts/memorial-closed" hreflang="en">Read more: <span lang="en">Memorial closed</span></a></li>',
      );
      expect(event).toContain(
        '<a href="/texts/zayavleniye-o-voyne" hreflang="ru">Read more: <span lang="ru">Заявление о войне</span></a> (in Russian)</li>',
      );
      // The text not yet translated has no link, and nothing of it shows.
      expect(event.match(/Read more/g)).toHaveLength(3);
      expect(en).not.toContain('Черновик');
      const ru = (await anonymous().get('/?lang=ru').expect(200)).text;
      expect(ru).toContain(
        '<a href="/texts/memorial-closed" hreflang="en">Подробнее: <span lang="en">Memorial closed</span></a> (на английском)</li>',
      );
      expect(ru).toContain('28 декабря 2021 г.');
      expect(ru).toContain('февраль 2022 г.');
    });

    it('advertises feeds, a canonical address, language versions and Open Graph tags', async () => {
      const res = await anonymous().get('/?lang=ru').expect(200);
      expect(res.text).toContain(`<link rel="canonical" href="${PUBLIC_URL}/?lang=ru">`);
      expect(res.text).toContain(
        `<link rel="alternate" hreflang="en" href="${PUBLIC_URL}/?lang=en">`,
      );
      expect(res.text).toContain(
        `<link rel="alternate" hreflang="x-default" href="${PUBLIC_URL}/">`,
      );
      expect(res.text).toContain(
        `<link rel="alternate" type="application/atom+xml" title="Все тексты" href="${PUBLIC_URL}/feeds/all.atom">`,
      );
      expect(res.text).toContain(`href="${PUBLIC_URL}/feeds/ru.atom"`);
      expect(res.text).toContain('<meta property="og:locale" content="ru_RU">');
      for (const path of [
        '/',
        '/initiatives',
        '/initiatives/memorial',
        '/tags/memorial',
        '/explainers/foreign-agent',
      ]) {
        const page = (await anonymous().get(path).expect(200)).text;
        expect(page, path).toContain(`<link rel="canonical" href="${PUBLIC_URL}${path}">`);
        expect(page, path).toContain('<meta property="og:title"');
        expect(page, path).toContain('<meta name="description"');
      }
      const initiative = (await anonymous().get('/initiatives/memorial').expect(200)).text;
      expect(initiative).toContain(`href="${PUBLIC_URL}/feeds/initiatives/memorial.atom"`);
      const tag = (await anonymous().get('/tags/memorial').expect(200)).text;
      expect(tag).toContain(`href="${PUBLIC_URL}/feeds/tags/memorial.atom"`);
    });

    it('gives an anonymous reader no cookie on any reader page', async () => {
      for (const path of [
        '/',
        '/?lang=ru',
        '/initiatives',
        '/initiatives/memorial',
        '/tags/memorial',
        '/explainers',
        '/explainers/foreign-agent',
        '/glossary',
        '/feeds/all.atom',
        '/feeds/ru.atom',
        '/sitemap.xml',
        '/robots.txt',
        '/texts/memorial-closed',
        '/tags/nothing',
      ]) {
        const res = await anonymous().get(path);
        expect(res.status, path).toBeLessThan(500);
        expect(res.headers['set-cookie'], path).toBeUndefined();
      }
    });
  });
});
