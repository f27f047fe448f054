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
    it('shows an approved explainer with its date, sanitised long text, sources and the texts using it', async () => {
      const en = (await anonymous().get('/explainers/foreign-agent').expect(200)).text;
      expect(en).toContain('<h1 lang="en">Foreign agent</h1>');
      expect(en).toContain('As of <time datetime="2024-11">November 2024</time>');
      expect(en).toContain('<strong>2012</strong>');
      expect(en).not.toContain('<script>alert(1)</script>');
      expect(en).toContain(
        'Federal Law No. 121-FZ, Russian Federation, <time datetime="2012-07-20">20 July 2012</time> <span class="primary-source">(primary source)</span>',
      );
      expect(en).toContain(
        '<a href="https://example.org/registry" rel="noopener noreferrer">Registry</a>, Ministry of Justice',
      );
      expect(en).toContain(
        '<a href="/texts/memorial-closed" hreflang="en" lang="en">Memorial closed</a>',
      );
      const ru = (await anonymous().get('/explainers/foreign-agent?lang=ru').expect(200)).text;
      expect(ru).toContain('оно показано на английском');
      expect(ru).toContain('По состоянию на <time datetime="2024-11">ноябрь 2024 г.</time>');
    });

    it('never shows a draft explainer, in its page, the index or the glossary', async () => {
      const draft = await anonymous().get('/explainers/secret-draft').expect(404);
      const never = await anonymous().get('/explainers/never-was').expect(404);
      expect(draft.text.replaceAll('secret-draft', 'X')).toBe(
        never.text.replaceAll('never-was', 'X'),
      );
      const index = (await anonymous().get('/explainers').expect(200)).text;
      expect(index).toContain('href="/explainers/foreign-agent"');
      expect(index).not.toContain('secret-draft');
      expect(index).not.toContain('Secret draft');
      const glossary = (await anonymous().get('/glossary').expect(200)).text;
      expect(glossary).not.toContain('secret-draft');
    });

    it('lists glossary terms with their rendering in the interface language and approved explainers', async () => {
      const en = (await anonymous().get('/glossary').expect(200)).text;
      expect(en).toContain('<span lang="ru">иностранный агент</span>');
      expect(en).toContain('foreign agent');
      expect(en).toContain('href="/explainers/foreign-agent"');
      expect(en).toContain('<span lang="ru">нежелательная организация</span>');
      expect(en).not.toContain('<span lang="en">statement</span>');
      const ru = (await anonymous().get('/glossary?lang=ru').expect(200)).text;
      expect(ru).toContain('<span lang="en">statement</span>');
      expect(ru).toContain('заявление');
      expect(ru).not.toContain('иностранный агент');
    });
  });
});
