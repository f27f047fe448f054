import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LABEL, PUBLIC_URL, seedReaderSite } from './support/reader-site-fixtures.js';
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
    it('shows an initiative with both names, its description, site, mandated label, note and texts', async () => {
      const en = (await anonymous().get('/initiatives/memorial').expect(200)).text;
      expect(en).toContain('<span lang="en">Memorial</span> · <span lang="ru">Мемориал</span>');
      expect(en).toContain('A human-rights society founded in 1989.');
      expect(en).toContain('<a href="https://memo.example/" rel="noopener noreferrer">');
      expect(en).toContain(`<p class="mandated-label" lang="ru">${LABEL}</p>`);
      expect(en).toContain('“undesirable organisation”');
      expect(en).toContain('(3 texts)');
      expect(en).toContain('href="/texts/memorial-closed"');
      expect(en).toContain('href="/texts/zayavleniye-o-voyne"');
      const ru = (await anonymous().get('/initiatives/memorial?lang=ru').expect(200)).text;
      expect(ru).toContain('<h1>Мемориал</h1>');
      expect(ru).toContain('Правозащитное общество, основанное в 1989 году.');
      expect(ru).toContain('(3 текста)');
      expect(ru).toContain('«нежелательной организацией»');
      const index = (await anonymous().get('/initiatives').expect(200)).text;
      expect(index).toContain('href="/initiatives/memorial"');
      expect(index).not.toContain('ovd-info');
    });

    it('shows a tag page with its texts and timeline events', async () => {
      const page = (await anonymous().get('/tags/memorial').expect(200)).text;
      expect(page).toContain('<h1>Tag: memorial</h1>');
      const texts = page.slice(
        page.indexOf('id="texts-heading"'),
        page.indexOf('id="events-heading"'),
      );
      expect(texts).toContain('href="/texts/memorial-closed"');
      expect(texts).toContain('href="/texts/withdrawn-text"');
      expect(texts).not.toContain('href="/texts/zayavleniye-o-voyne"');
      expect(page).toContain('Memorial closure');
      expect(page).toContain('(2 texts)');
      const protest = (await anonymous().get('/tags/protest?lang=ru').expect(200)).text;
      expect(protest).toContain('Протесты против войны.');
      expect(protest).toContain('(0 текстов)');
      expect(protest).not.toContain('/feeds/tags/protest.atom');
      await anonymous().get('/feeds/tags/protest.atom').expect(404);
    });

    it('answers 404 for unknown feeds, initiatives and tags', async () => {
      for (const path of [
        '/feeds/de.atom',
        '/feeds/initiatives/nowhere.atom',
        '/feeds/initiatives/ovd-info.atom',
        '/feeds/tags/nothing.atom',
        '/feeds/tags/draft-only.atom',
        '/initiatives/nowhere',
        '/initiatives/ovd-info',
        '/initiatives/Bad_Slug',
        '/tags/nothing',
        '/tags/draft-only',
        '/tags/%3Cscript%3E',
        '/sitemaps/1.xml',
      ]) {
        const res = await anonymous().get(path).expect(404);
        expect(res.headers['content-type'], path).toMatch(/text\/html/);
      }
      // An initiative with no live text looks exactly like one that never existed.
      const idle = await anonymous().get('/initiatives/ovd-info').expect(404);
      const unknown = await anonymous().get('/initiatives/nowhere').expect(404);
      expect(idle.text.replaceAll('ovd-info', 'X')).toBe(unknown.text.replaceAll('nowhere', 'X'));
      expect((await anonymous().get('/tags/nothing?lang=ru').expect(404)).text).toContain(
        'Страница не найдена',
      );
    });
  });
});
