import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { ExplainerQueriesService } from '../src/notes/explainer-queries.service.js';
import { ExplainersService } from '../src/notes/explainers.service.js';
import { explainerVersionRow, fields, signInExplainerTeam } from './support/explainer-fixtures.js';
import { countRows } from './support/row-count.js';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';
import { api } from './support/workflow.js';

describe('explainers', () => {
  let t: TestApp;
  let editor: SignedInClient;
  let author: SignedInClient;
  let stranger: SignedInClient;
  let reviewer: SignedInClient;
  const db = () => t.get(DataSource);
  const queries = () => t.get(ExplainerQueriesService);
  const count = (table: string) => countRows(t, table);
  const versionRow = (id: number, language = 'en') => explainerVersionRow(t, id, language);

  beforeAll(async () => {
    t = await startTestApp({ LANGUAGE_PAIRS: 'ru>en,en>ru' });
    ({ editor, author, stranger, reviewer } = await signInExplainerTeam(t));
  });
  afterAll(() => t.close());

  describe('through the API', () => {
    let memorial: number;

    // Memorial as the editor wrote it and a reviewer approved it, in English only.
    beforeAll(async () => {
      const created = await api(editor)
        .post('/api/v1/explainers', {
          kind: 'organisation',
          language: 'en',
          title: 'Memorial',
          shortText:
            'A human rights organisation founded in 1989 and liquidated by court order in 2021.',
          slug: 'memorial',
          asOf: '2024-11-01',
          sources: [
            {
              title: 'Decision on the liquidation of International Memorial',
              publisher: 'Supreme Court of the Russian Federation',
              date: '2021-12-28',
              primary: true,
            },
          ],
        })
        .expect(201);
      memorial = created.body.id;
      await api(editor)
        .post(`/api/v1/explainers/${memorial}/versions/en/submit`, { version: 1 })
        .expect(200);
      await api(reviewer)
        .post(`/api/v1/explainers/${memorial}/versions/en/review`, {
          verdict: 'approve',
          version: 2,
        })
        .expect(200);
    });

    it('anyone allowed translates an approved explainer; the page marks a fallback language', async () => {
      const seen = (await api(stranger).get(`/api/v1/explainers/${memorial}`).expect(200)).body;
      expect(seen.versions[0].working).toBeNull();
      expect(seen.versions[0].published.title).toBe('Memorial');
      expect(seen.canTranslateInto).toEqual(['ru']);
      const form = await stranger.agent
        .get(`/workspace/explainers/${memorial}/ru/edit`)
        .expect(200);
      expect(form.text).toContain('name="version" value="0"');
      expect(form.text).toContain('Supreme Court of the Russian Federation');

      const ru = {
        title: 'Мемориал',
        shortText: 'Правозащитная организация, основанная в 1989 году.',
        asOf: '2024-11-01',
        sources: [
          {
            title: 'Решение о ликвидации Международного Мемориала',
            publisher: 'Верховный суд Российской Федерации',
            date: '2021-12-28',
          },
        ],
      };
      await api(stranger)
        .put(`/api/v1/explainers/${memorial}/versions/ru`, { ...ru, version: 1 })
        .expect(409);
      await api(reviewer)
        .put(`/api/v1/explainers/${memorial}/versions/ru`, { ...ru, version: 0 })
        .expect(403);
      const translated = await api(stranger)
        .put(`/api/v1/explainers/${memorial}/versions/ru`, { ...ru, version: 0 })
        .expect(200);
      expect(translated.body.versions.map((v: { language: string }) => v.language)).toEqual([
        'ru',
        'en',
      ]);
      expect(await versionRow(memorial, 'ru')).toMatchObject({
        status: 'draft',
        author_id: stranger.user.id,
        version: 1,
      });
      // Nobody else sees that someone's Russian draft exists, except editors and reviewers.
      const forAuthor = (await api(author).get(`/api/v1/explainers/${memorial}`).expect(200)).body;
      expect(forAuthor.versions.map((v: { language: string }) => v.language)).toEqual(['en']);
      expect(forAuthor.canTranslateInto).toEqual([]);
      const forReviewer = (await api(reviewer).get(`/api/v1/explainers/${memorial}`).expect(200))
        .body;
      expect(forReviewer.versions[0]).toMatchObject({
        language: 'ru',
        working: { author: 'sova', status: 'draft' },
        published: null,
      });

      const fallback = await queries().readerPage('memorial', 'ru');
      expect(fallback).toMatchObject({ language: 'en', title: 'Memorial', languages: ['en'] });
      const listed = await queries().approvedExplainers('ru');
      expect(listed.map((e) => [e.slug, e.language])).toEqual([['memorial', 'en']]);
      expect(await queries().approvedShort(memorial, 'en')).toMatchObject({
        slug: 'memorial',
        language: 'en',
        title: 'Memorial',
      });
      expect(await queries().isApproved(memorial)).toBe(true);
      expect(await queries().isApproved(memorial, 'ru')).toBe(false);
    });

    it('the reader page lists the live publications that show the explainer', async () => {
      const initiative = await api(editor)
        .post('/api/v1/initiatives', {
          nameOriginal: 'Мемориал',
          nameEn: 'Memorial',
          defaultLicence: 'CC-BY-4.0',
        })
        .expect(201);
      const source = await api(editor)
        .post('/api/v1/sources', {
          initiativeId: initiative.body.id,
          language: 'ru',
          kind: 'news',
          title: 'Суд ликвидировал «Мемориал»',
          body: 'Верховный суд ликвидировал «Мемориал».',
          licence: 'CC-BY-4.0',
        })
        .expect(201);
      const translation = await api(author)
        .post(`/api/v1/sources/${source.body.id}/translations`, { targetLanguage: 'en' })
        .expect(201);
      const insert = (version: number, withdrawn: boolean) =>
        db().query(
          `INSERT INTO publication (translation_id, source_id, initiative_id, language, source_language, slug, version, title, summary, content, published_at, withdrawn_at)
           VALUES (?, ?, ?, 'en', 'ru', 'court-liquidates-memorial', ?, ?, '', '{}', ?, ?)`,
          [
            translation.body.id,
            source.body.id,
            initiative.body.id,
            version,
            `Court liquidates Memorial v${version}`,
            new Date().toISOString(),
            withdrawn ? new Date().toISOString() : null,
          ],
        );
      await insert(1, false);
      await insert(2, false);
      const ids: { id: number; version: number }[] = await db().query(
        `SELECT id, version FROM publication ORDER BY version`,
      );
      await db().transaction((m) =>
        t.get(ExplainersService).recordUse(m, ids[0]!.id, [memorial, memorial]),
      );
      await db().transaction((m) => t.get(ExplainersService).recordUse(m, ids[1]!.id, [memorial]));
      const page = await queries().readerPage('memorial', 'en');
      expect(page.publications).toEqual([
        {
          id: ids[1]!.id,
          slug: 'court-liquidates-memorial',
          title: 'Court liquidates Memorial v2',
          language: 'en',
        },
      ]);
      await db().query(`UPDATE publication SET withdrawn_at = ?`, [new Date().toISOString()]);
      expect((await queries().readerPage('memorial', 'en')).publications).toEqual([]);
    });

    it('links a glossary term to an explainer that exists', async () => {
      const term = {
        sourceLanguage: 'ru',
        term: 'Мемориал',
        renderings: { en: 'Memorial' },
      };
      const unknown = await api(editor)
        .post('/api/v1/glossary', { ...term, explainerId: 9999 })
        .expect(400);
      expect(fields(unknown)).toEqual([
        { field: 'explainerId', message: 'There is no such explainer.' },
      ]);
      expect(await count('glossary_term')).toBe(0);
      const created = await api(editor)
        .post('/api/v1/glossary', { ...term, explainerId: memorial })
        .expect(201);
      expect(created.body.explainerId).toBe(memorial);
      const listed = await api(author).get('/api/v1/glossary?sourceLanguage=ru').expect(200);
      expect(listed.body.terms[0].explainerId).toBe(memorial);
      const formPage = await editor.agent
        .get(`/workspace/glossary/${created.body.id}/edit`)
        .expect(200);
      expect(formPage.text).toContain(`<option value="${memorial}" selected>`);
      const cleared = await api(editor)
        .put(`/api/v1/glossary/${created.body.id}`, { ...term, explainerId: null, version: 1 })
        .expect(200);
      expect(cleared.body.explainerId).toBeNull();
    });
  });
});
