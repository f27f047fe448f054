import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_URL, seedReaderSite, type ReaderSite } from './support/reader-site-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { api, translationVersion } from './support/workflow.js';

describe('the reader site', () => {
  let t: TestApp;
  let site: ReaderSite;
  let pageBefore: { etag: string; cacheControl: string };
  const anonymous = () => t.client();

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL, LANGUAGE_PAIRS: 'ru>en,en>ru' });
    site = await seedReaderSite(t);
    const page = await t.client().get('/texts/withdrawn-text').expect(200);
    pageBefore = { etag: page.headers.etag!, cacheControl: page.headers['cache-control']! };
  });
  afterAll(() => t.close());

  async function withdraw() {
    await api(site.editor)
      .post(`/api/v1/translations/${site.ids.goneTranslation}/unpublish`, {
        reason: 'Asked to.',
        version: await translationVersion(site.editor, site.ids.goneTranslation),
      })
      .expect(204);
  }

  describe('after a text is withdrawn', () => {
    beforeAll(withdraw);

    it('drops it from the home page, feeds, sitemap, initiative and tag pages', async () => {
      const home = (await anonymous().get('/').expect(200)).text;
      expect(home).not.toContain('Withdrawn text');
      expect(home).not.toContain('/texts/withdrawn-text');
      expect(home.match(/Read more/g)).toHaveLength(2);
      for (const feed of [
        '/feeds/all.atom',
        '/feeds/en.atom',
        '/feeds/initiatives/memorial.atom',
      ]) {
        const text = (await anonymous().get(feed).expect(200)).text;
        expect(text, feed).not.toContain('withdrawn-text');
      }
      const sitemap = (await anonymous().get('/sitemap.xml').expect(200)).text;
      expect(sitemap).not.toContain('withdrawn-text');
      expect(sitemap).not.toContain('/tags/vanishing');
      const initiative = (await anonymous().get('/initiatives/memorial').expect(200)).text;
      expect(initiative).not.toContain('withdrawn-text');
      expect(initiative).toContain('(2 texts)');
      const tag = (await anonymous().get('/tags/memorial').expect(200)).text;
      expect(tag).not.toContain('withdrawn-text');
      expect(tag).toContain('(1 text)');
    });

    it('lets a shared cache keep the page no longer than it takes to ask again', async () => {
      // s-maxage=0 + must-revalidate: a proxy revalidates every request (mostly a cheap 304),
      // so after withdrawal it gets the 404 at once instead of serving the copy for a minute.
      expect(pageBefore.cacheControl).toBe('public, max-age=60, s-maxage=0, must-revalidate');
      const again = await anonymous()
        .get('/texts/withdrawn-text')
        .set('if-none-match', pageBefore.etag)
        .expect(404);
      expect(again.headers['cache-control']).toBe('no-store');
    });

    it('answers a tag and a feed only the withdrawn text had exactly like unknown ones', async () => {
      const gone = await anonymous().get('/tags/vanishing').expect(404);
      const never = await anonymous().get('/tags/unheard').expect(404);
      expect(gone.text.replaceAll('vanishing', 'X')).toBe(never.text.replaceAll('unheard', 'X'));
      await anonymous().get('/feeds/tags/vanishing.atom').expect(404);
      const text = await anonymous().get('/texts/withdrawn-text').expect(404);
      const none = await anonymous().get('/texts/unheard').expect(404);
      expect(text.text.replaceAll('withdrawn-text', 'X')).toBe(
        none.text.replaceAll('unheard', 'X'),
      );
    });
  });
});
