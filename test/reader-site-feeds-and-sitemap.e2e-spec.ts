import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_URL, seedReaderSite } from './support/reader-site-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { childrenNamed, childText, parseXml } from './support/xml.js';

describe('the reader site', () => {
  let t: TestApp;
  const anonymous = () => t.client();

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL, LANGUAGE_PAIRS: 'ru>en,en>ru' });
    await seedReaderSite(t);
  });
  afterAll(() => t.close());

  describe('before anything is withdrawn', () => {
    it('serves well-formed Atom feeds with absolute addresses and stable entry ids', async () => {
      const res = await anonymous().get('/feeds/all.atom').expect(200);
      expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
      const feed = parseXml(res.text);
      expect(feed.name).toBe('feed');
      expect(feed.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
      expect(childText(feed, 'id')).toBe(`${PUBLIC_URL}/feeds/all.atom`);
      const entries = childrenNamed(feed, 'entry');
      expect(entries).toHaveLength(3);
      for (const entry of entries) {
        expect(childText(entry, 'id')).toMatch(new RegExp(`^${PUBLIC_URL}/texts/[a-z-]+/v/1$`));
        expect(childText(entry, 'title')).toBeTruthy();
        expect(childText(entry, 'updated')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
        expect(childrenNamed(entry, 'link')[0]!.attributes.href).toMatch(
          new RegExp(`^${PUBLIC_URL}/texts/`),
        );
      }
      const closure = entries.find((e) => childText(e, 'title') === 'Memorial closed')!;
      expect(childrenNamed(closure, 'category').map((c) => c.attributes.term)).toEqual([
        'courts',
        'memorial',
      ]);
      expect(closure.attributes['xml:lang']).toBe('en');
      const again = parseXml((await anonymous().get('/feeds/all.atom').expect(200)).text);
      expect(childrenNamed(again, 'entry').map((e) => childText(e, 'id'))).toEqual(
        entries.map((e) => childText(e, 'id')),
      );

      const ru = parseXml((await anonymous().get('/feeds/ru.atom').expect(200)).text);
      expect(ru.attributes['xml:lang']).toBe('ru');
      expect(childText(ru, 'title')).toBe('Тексты на русском');
      expect(childrenNamed(ru, 'entry').map((e) => childText(e, 'title'))).toEqual([
        'Заявление о войне',
      ]);
      const en = parseXml((await anonymous().get('/feeds/en.atom').expect(200)).text);
      expect(childrenNamed(en, 'entry')).toHaveLength(2);
      const initiative = parseXml(
        (await anonymous().get('/feeds/initiatives/memorial.atom').expect(200)).text,
      );
      expect(childrenNamed(initiative, 'entry')).toHaveLength(3);
      expect(
        childText(
          childrenNamed(initiative, 'entry')[0]!.children.find((c) => c.name === 'author')!,
          'name',
        ),
      ).toBe('Memorial');
      const tag = parseXml((await anonymous().get('/feeds/tags/war.atom').expect(200)).text);
      expect(childrenNamed(tag, 'entry').map((e) => childText(e, 'title'))).toEqual([
        'Заявление о войне',
      ]);
    });

    it('lists texts with their language versions, initiatives, tags and explainers in the sitemap', async () => {
      const res = await anonymous().get('/sitemap.xml').expect(200);
      expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
      const sitemap = parseXml(res.text);
      expect(sitemap.name).toBe('urlset');
      const urls = childrenNamed(sitemap, 'url');
      const locs = urls.map((u) => childText(u, 'loc'));
      expect(locs).toEqual(
        expect.arrayContaining([
          `${PUBLIC_URL}/`,
          `${PUBLIC_URL}/texts/memorial-closed`,
          `${PUBLIC_URL}/texts/zayavleniye-o-voyne`,
          `${PUBLIC_URL}/initiatives/memorial`,
          `${PUBLIC_URL}/tags/memorial`,
          `${PUBLIC_URL}/explainers/foreign-agent`,
        ]),
      );
      expect(locs).not.toContain(`${PUBLIC_URL}/initiatives/ovd-info`);
      expect(locs.join(' ')).not.toContain('secret-draft');
      const closure = urls.find(
        (u) => childText(u, 'loc') === `${PUBLIC_URL}/texts/memorial-closed`,
      )!;
      expect(childText(closure, 'lastmod')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      const home = urls.find((u) => childText(u, 'loc') === `${PUBLIC_URL}/`)!;
      expect(
        childrenNamed(home, 'xhtml:link').map((l) => [l.attributes.hreflang, l.attributes.href]),
      ).toEqual([
        ['en', `${PUBLIC_URL}/?lang=en`],
        ['ru', `${PUBLIC_URL}/?lang=ru`],
        ['x-default', `${PUBLIC_URL}/`],
      ]);
    });

    it('serves robots.txt allowing reader pages and keeping robots out of the workspace', async () => {
      const res = await anonymous().get('/robots.txt').expect(200);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(res.text).toContain('User-agent: *\nAllow: /\n');
      for (const path of ['/workspace', '/admin', '/account', '/sign-in', '/invitations', '/api/'])
        expect(res.text).toContain(`\nDisallow: ${path}\n`);
      expect(res.text).toContain(`Sitemap: ${PUBLIC_URL}/sitemap.xml`);
    });
  });
});
