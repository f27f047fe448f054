import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';
import { api, createInitiative, reviewUnits, submit } from './support/workflow.js';
import { childrenNamed, childText, parseXml } from './support/xml.js';

const LABEL = 'ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО ИНОСТРАННЫМ АГЕНТОМ';
const PUBLIC_URL = 'https://bridges.example';

describe('the reader site', () => {
  let t: TestApp;
  let editor: SignedInClient;
  let translator: SignedInClient;
  let reviewer: SignedInClient;
  let memorialId: number;
  const ids: Record<string, number> = {};
  const anonymous = () => t.client();
  const db = () => t.get(DataSource);

  /** A source text in `language`, translated into the other language and published. */
  async function publishText(input: {
    initiativeId: number;
    language: 'ru' | 'en';
    title: string;
    body: string;
    texts: string[];
    tags?: string[];
  }): Promise<{ sourceId: number; translationId: number; slug: string }> {
    const source = await api(editor)
      .post('/api/v1/sources', {
        initiativeId: input.initiativeId,
        language: input.language,
        kind: 'news',
        title: input.title,
        body: input.body,
        licence: 'CC-BY-4.0',
        originalUrl: 'https://example.org/original',
        publishedDate: '2021-12-28',
        tags: input.tags ?? [],
      })
      .expect(201);
    const started = await api(translator)
      .post(`/api/v1/sources/${source.body.id}/translations`, {
        targetLanguage: input.language === 'ru' ? 'en' : 'ru',
      })
      .expect(201);
    const translationId = started.body.id as number;
    const units = (await api(translator).get(`/api/v1/translations/${translationId}`).expect(200))
      .body.units as { id: number; version: number }[];
    for (const [i, unit] of units.entries()) {
      await api(translator)
        .put(`/api/v1/translations/${translationId}/units/${unit.id}`, {
          text: input.texts[i],
          version: unit.version,
        })
        .expect(200);
    }
    await submit(translator, translationId);
    const waiting = await reviewUnits(t, reviewer, translationId);
    await api(reviewer)
      .post(`/api/v1/translations/${translationId}/approve-all`, {
        units: Object.fromEntries(waiting.map((u) => [u.id, u.version])),
      })
      .expect(200);
    const published = await api(editor)
      .post(`/api/v1/translations/${translationId}/publish`, {})
      .expect(201);
    return {
      sourceId: source.body.id as number,
      translationId,
      slug: (published.body.url as string).replace('/texts/', ''),
    };
  }

  async function approvedExplainer(body: object): Promise<number> {
    const created = await api(translator)
      .post('/api/v1/explainers', {
        kind: 'legal-term',
        language: 'en',
        asOf: '2024-11',
        ...body,
      })
      .expect(201);
    const id = created.body.id as number;
    const version = (v: {
      body: { versions: { language: string; working: { version: number } }[] };
    }) => v.body.versions.find((x) => x.language === 'en')!.working.version;
    const submitted = await api(translator)
      .post(`/api/v1/explainers/${id}/versions/en/submit`, { version: version(created) })
      .expect(200);
    await api(reviewer)
      .post(`/api/v1/explainers/${id}/versions/en/review`, {
        verdict: 'approve',
        version: version(submitted),
      })
      .expect(200);
    return id;
  }

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL, LANGUAGE_PAIRS: 'ru>en,en>ru' });
    editor = await t.signIn(await t.createUser('lipa', ['editor']));
    translator = await t.signIn(await t.createUser('chizh', ['translator']));
    reviewer = await t.signIn(await t.createUser('sova', ['reviewer']));
    memorialId = await createInitiative(editor, {
      siteUrl: 'https://memo.example/',
      descriptionEn: 'A human-rights society founded in 1989.',
      descriptionRu: 'Правозащитное общество, основанное в 1989 году.',
      undesirable: true,
      foreignAgent: true,
      foreignAgentLabel: LABEL,
    });
    ids.ovd = await createInitiative(editor, {
      nameOriginal: 'ОВД-Инфо',
      nameEn: 'OVD-Info',
      slug: 'ovd-info',
    });

    const closure = await publishText({
      initiativeId: memorialId,
      language: 'ru',
      title: 'Ликвидация «Мемориала»',
      body: 'Верховный суд ликвидировал «Мемориал».',
      texts: ['Memorial closed', 'The Supreme Court liquidated Memorial.'],
      tags: ['memorial', 'courts'],
    });
    const statement = await publishText({
      initiativeId: memorialId,
      language: 'en',
      title: 'Statement on the war',
      body: 'We stand against the war.',
      texts: ['Заявление о войне', 'Мы против войны.'],
      tags: ['war'],
    });
    const gone = await publishText({
      initiativeId: memorialId,
      language: 'ru',
      title: 'Снятый текст',
      body: 'Этот текст снимут.',
      texts: ['Withdrawn text', 'This text will be withdrawn.'],
      tags: ['memorial', 'vanishing'],
    });
    Object.assign(ids, {
      closureSource: closure.sourceId,
      statementSource: statement.sourceId,
      goneSource: gone.sourceId,
      goneTranslation: gone.translationId,
    });
    const unpublished = await api(editor)
      .post('/api/v1/sources', {
        initiativeId: ids.ovd,
        language: 'ru',
        kind: 'news',
        title: 'Черновик',
        body: 'Ещё не переведено.',
        licence: 'CC-BY-4.0',
        tags: ['draft-only'],
      })
      .expect(201);
    ids.unpublishedSource = unpublished.body.id;
    await api(editor)
      .post('/api/v1/timeline', {
        date: '2021-12-28',
        precision: 'day',
        titleEn: 'Memorial closure',
        titleRu: 'Ликвидация «Мемориала»',
        summaryEn: 'The Supreme Court orders Memorial closed.',
        summaryRu: 'Верховный суд постановил ликвидировать «Мемориал».',
        tags: ['memorial'],
        sourceIds: [ids.closureSource, ids.statementSource, ids.unpublishedSource, ids.goneSource],
      })
      .expect(201);
    await api(editor)
      .post('/api/v1/timeline', {
        date: '2022-02',
        precision: 'month',
        summaryEn: 'Protests against the war.',
        summaryRu: 'Протесты против войны.',
        tags: ['protest'],
      })
      .expect(201);

    ids.explainer = await approvedExplainer({
      title: 'Foreign agent',
      slug: 'foreign-agent',
      shortText:
        'A status under Russian law that obliges those designated to label what they publish.',
      longText: 'The status was introduced in **2012**.\n\n<script>alert(1)</script>',
      sources: [
        {
          title: 'Federal Law No. 121-FZ',
          publisher: 'Russian Federation',
          date: '2012-07-20',
          primary: true,
        },
        {
          title: 'Registry',
          publisher: 'Ministry of Justice',
          url: 'https://example.org/registry',
        },
      ],
    });
    const draft = await api(translator)
      .post('/api/v1/explainers', {
        kind: 'organisation',
        language: 'en',
        slug: 'secret-draft',
        title: 'Secret draft explainer',
        shortText: 'Not approved.',
      })
      .expect(201);
    ids.draftExplainer = draft.body.id;
    await api(editor)
      .post('/api/v1/glossary', {
        sourceLanguage: 'ru',
        term: 'иностранный агент',
        renderings: { en: 'foreign agent' },
        explainerId: ids.explainer,
      })
      .expect(201);
    await api(editor)
      .post('/api/v1/glossary', {
        sourceLanguage: 'ru',
        term: 'нежелательная организация',
        renderings: { en: 'undesirable organisation' },
        explainerId: ids.draftExplainer,
      })
      .expect(201);
    await api(editor)
      .post('/api/v1/glossary', {
        sourceLanguage: 'en',
        term: 'statement',
        renderings: { ru: 'заявление' },
      })
      .expect(201);
    // A text that uses the explainer: what its "used in" list shows.
    await db().query(`INSERT INTO publication_explainer (publication_id, explainer_id)
      SELECT id, ${ids.explainer} FROM publication WHERE slug = 'memorial-closed'`);
  });
  afterAll(() => t.close());

  async function withdraw() {
    await api(editor)
      .post(`/api/v1/translations/${ids.goneTranslation}/unpublish`, { reason: 'Asked to.' })
      .expect(204);
  }

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
