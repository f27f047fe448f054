import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExplainerQueriesService } from '../src/notes/explainer-queries.service.js';
import {
  explainerVersionRow,
  fields,
  foreignAgent,
  postForm,
  signInExplainerTeam,
} from './support/explainer-fixtures.js';
import { countRows } from './support/row-count.js';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';
import { api } from './support/workflow.js';

describe('explainers', () => {
  let t: TestApp;
  let editor: SignedInClient;
  let author: SignedInClient;
  let reviewer: SignedInClient;
  const queries = () => t.get(ExplainerQueriesService);
  const count = (table: string) => countRows(t, table);
  const versionRow = (id: number, language = 'en') => explainerVersionRow(t, id, language);
  const form = postForm;

  beforeAll(async () => {
    t = await startTestApp({ LANGUAGE_PAIRS: 'ru>en,en>ru' });
    ({ editor, author, reviewer } = await signInExplainerTeam(t));
    // The one explainer already there: its slug is taken.
    await api(author).post('/api/v1/explainers', foreignAgent).expect(201);
  });
  afterAll(() => t.close());

  describe('through the API', () => {
    let memorial: number;

    it('refuses invalid texts with translated messages and stores nothing', async () => {
      const before = await count('explainer_version');
      const post = (body: object, lang = 'en') =>
        api(editor).post(`/api/v1/explainers?lang=${lang}`, body);

      const empty = await post({ ...foreignAgent, title: 'X', shortText: '' }).expect(400);
      expect(fields(empty)).toEqual([{ field: 'shortText', message: 'This field is required.' }]);
      const wordy = await post({
        ...foreignAgent,
        title: 'X',
        shortText: 'word '.repeat(121),
      }).expect(400);
      expect(fields(wordy)).toEqual([
        {
          field: 'shortText',
          message: 'The short text may have at most 120 words; this one has 121.',
        },
      ]);
      const long = await post({ ...foreignAgent, title: 'X', shortText: 'x'.repeat(901) }).expect(
        400,
      );
      expect(fields(long)[0]).toEqual({ field: 'shortText', message: 'At most 900 characters.' });
      const untitled = await post(
        {
          ...foreignAgent,
          title: 'X',
          sources: [{ publisher: 'Supreme Court', date: '2021-12-28' }],
        },
        'ru',
      ).expect(400);
      expect(fields(untitled)).toEqual([
        { field: 'sources.0.title', message: 'Это поле обязательно.' },
      ]);
      const unfindable = await post({
        ...foreignAgent,
        title: 'X',
        sources: [{ title: 'A ruling', publisher: 'Supreme Court' }],
      }).expect(400);
      expect(fields(unfindable)[0].field).toBe('sources.0.url');
      const future = await post({ ...foreignAgent, title: 'X', asOf: '2999-01-01' }).expect(400);
      expect(fields(future)).toEqual([{ field: 'asOf', message: 'This date is in the future.' }]);
      const unknown = await post({ ...foreignAgent, title: 'X', status: 'approved' }).expect(400);
      expect(fields(unknown)).toEqual([
        { field: 'status', message: 'Unknown field "status": it is not accepted here.' },
      ]);
      const kind = await post({ ...foreignAgent, title: 'X', kind: 'rumour' }).expect(400);
      expect(fields(kind)[0].field).toBe('kind');
      const slug = await post({ ...foreignAgent, slug: 'foreign-agent' }).expect(400);
      expect(fields(slug)).toEqual([{ field: 'slug', message: 'This address name is taken.' }]);

      expect(await count('explainer_version')).toBe(before);
      expect(await count('explainer')).toBe(1);
    });

    it('an editor creates a draft; submitting needs a source and an "as of" date', async () => {
      const created = await api(editor)
        .post('/api/v1/explainers', {
          kind: 'organisation',
          language: 'en',
          title: 'Memorial',
          shortText: 'A human rights organisation founded in 1989.',
          slug: 'memorial',
        })
        .expect(201);
      memorial = created.body.id;
      expect(created.body).toMatchObject({
        slug: 'memorial',
        kind: 'organisation',
        versions: [
          {
            language: 'en',
            working: { status: 'draft', version: 1, author: 'lipa', asOf: null, sources: [] },
            published: null,
          },
        ],
        canTranslateInto: ['ru'],
      });
      const refused = await api(editor)
        .post(`/api/v1/explainers/${memorial}/versions/en/submit`, { version: 1 })
        .expect(400);
      expect(fields(refused).map((f) => f.field)).toEqual(['asOf', 'sources']);
      expect(fields(refused)[1].message).toBe('Add at least one source before submitting.');
      await expect(queries().readerPage('memorial', 'en')).rejects.toMatchObject({
        kind: 'not_found',
      });
      await t.client().get('/api/v1/explainers').expect(401);
    });

    it('refuses stale writes with 409 and the current version', async () => {
      const text = {
        title: 'Memorial',
        shortText: 'A human rights organisation founded in 1989.',
        asOf: '2024-11-01',
        sources: [
          {
            title: 'Decision on the liquidation of International Memorial',
            publisher: 'Supreme Court of the Russian Federation',
            date: '2021-12-28',
            primary: true,
          },
        ],
      };
      const saved = await api(editor)
        .put(`/api/v1/explainers/${memorial}/versions/en`, { ...text, version: 1 })
        .expect(200);
      expect(saved.body.versions[0].working).toMatchObject({ version: 2, asOf: '2024-11-01' });
      const stale = await api(editor)
        .put(`/api/v1/explainers/${memorial}/versions/en`, { ...text, title: 'Old', version: 1 })
        .expect(409);
      expect(stale.body.error.current).toMatchObject({ version: 2, status: 'draft' });
      expect(stale.body.error.submitted).toEqual({ version: 1 });
      await api(editor)
        .post(`/api/v1/explainers/${memorial}/versions/en/submit`, { version: 1 })
        .expect(409);
      expect(await versionRow(memorial)).toMatchObject({ title: 'Memorial', version: 2 });
    });

    it('the author cannot approve their own text (403 in the API and on the page)', async () => {
      await api(editor)
        .post(`/api/v1/explainers/${memorial}/versions/en/submit`, { version: 2 })
        .expect(200);
      const refused = await api(editor)
        .post(`/api/v1/explainers/${memorial}/versions/en/review`, {
          verdict: 'approve',
          version: 3,
        })
        .expect(403);
      expect(refused.body.error.message).toBe(
        '“Approve” is not open to you as the author of the current version: someone else has to check this work.',
      );
      await form(editor, `/workspace/explainers/${memorial}/en/review`, {
        verdict: 'approve',
        version: '3',
      }).expect(403);
      await api(author)
        .post(`/api/v1/explainers/${memorial}/versions/en/review`, {
          verdict: 'approve',
          version: 3,
        })
        .expect(404);
      expect(await versionRow(memorial)).toMatchObject({ status: 'in_review', published_at: null });
      expect(await queries().approvalStateFor([memorial, 999], 'en')).toEqual(
        new Map([
          [memorial, false],
          [999, false],
        ]),
      );
    });

    it('a reviewer requests changes, then approves the corrected text', async () => {
      const review = (body: object) =>
        api(reviewer).post(`/api/v1/explainers/${memorial}/versions/en/review`, body);
      const noComment = await review({ verdict: 'request_changes', version: 3 }).expect(400);
      expect(fields(noComment)).toEqual([
        { field: 'comment', message: 'Say what needs to change.' },
      ]);
      const sent = await review({
        verdict: 'request_changes',
        comment: 'Mention the liquidation.',
        version: 3,
      }).expect(200);
      expect(sent.body.versions[0].working).toMatchObject({
        status: 'changes_requested',
        reviewComment: 'Mention the liquidation.',
      });
      const current = (await api(editor).get(`/api/v1/explainers/${memorial}`).expect(200)).body
        .versions[0].working;
      await api(editor)
        .put(`/api/v1/explainers/${memorial}/versions/en`, {
          title: current.title,
          shortText:
            'A human rights organisation founded in 1989 and liquidated by court order in 2021.',
          asOf: current.asOf,
          sources: current.sources,
          version: current.version,
        })
        .expect(200);
      await api(editor)
        .post(`/api/v1/explainers/${memorial}/versions/en/submit`, { version: 5 })
        .expect(200);
      const approved = await review({ verdict: 'approve', version: 6 }).expect(200);
      expect(approved.body.versions[0]).toMatchObject({
        working: { status: 'approved', reviewer: 'grach', selfApproved: false },
        published: { title: 'Memorial', asOf: '2024-11-01' },
      });
      expect(await queries().approvalStateFor([memorial], 'en')).toEqual(
        new Map([[memorial, true]]),
      );
      expect(await queries().approvalStateFor([memorial], 'ru')).toEqual(
        new Map([[memorial, false]]),
      );
    });
  });
});
