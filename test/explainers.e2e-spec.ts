import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { ExplainerQueriesService } from '../src/notes/explainer-queries.service.js';
import { ExplainersService } from '../src/notes/explainers.service.js';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';

type Fields = { body: { error: { fields?: { field: string; message: string }[] } } };
const fields = (res: Fields) => res.body.error.fields ?? [];

const LAW = {
  title:
    'Federal Law No. 121-FZ “On amendments to certain legislative acts regarding non-commercial organisations performing the functions of a foreign agent”',
  publisher: 'Russian Federation',
  date: '2012-07-20',
  primary: true,
};

const foreignAgent = {
  kind: 'legal-term',
  language: 'en',
  title: 'Foreign agent',
  shortText: 'A status under Russian law that obliges those designated to label what they publish.',
  longText: 'The status was introduced in **2012**.',
  asOf: '2024-11',
  sources: [LAW],
};

describe('explainers', () => {
  let t: TestApp;
  let editor: SignedInClient;
  let author: SignedInClient;
  let stranger: SignedInClient;
  let reviewer: SignedInClient;
  const db = () => t.get(DataSource);
  const queries = () => t.get(ExplainerQueriesService);
  const count = async (table: string) =>
    (await db().query(`SELECT count(*) AS n FROM "${table}"`))[0].n as number;
  const versionRow = async (id: number, language = 'en') =>
    (
      await db().query(`SELECT * FROM explainer_version WHERE explainer_id = ? AND language = ?`, [
        id,
        language,
      ])
    )[0];
  const api = (c: SignedInClient) => ({
    get: (path: string) => c.agent.get(path),
    post: (path: string, body: object) => c.agent.post(path).set('x-csrf-token', c.csrf).send(body),
    put: (path: string, body: object) => c.agent.put(path).set('x-csrf-token', c.csrf).send(body),
  });
  const form = (c: SignedInClient, path: string, body: Record<string, string>) =>
    c.agent
      .post(path)
      .type('form')
      .send({ _csrf: c.csrf, ...body });

  beforeAll(async () => {
    t = await startTestApp({ LANGUAGE_PAIRS: 'ru>en,en>ru' });
    editor = await t.signIn(await t.createUser('lipa', ['editor']));
    author = await t.signIn(await t.createUser('chizh', ['translator']));
    stranger = await t.signIn(await t.createUser('sova', ['translator']));
    reviewer = await t.signIn(await t.createUser('grach', ['reviewer']));
  });
  afterAll(() => t.close());

  describe('writing and reviewing through the pages', () => {
    let id: number;

    it('offers five source rows to a form without JavaScript', async () => {
      const page = await author.agent.get('/workspace/explainers/new').expect(200);
      for (const row of [0, 4]) expect(page.text).toContain(`name="source-${row}-title"`);
      expect(page.text).not.toContain('name="source-5-title"');
      await reviewer.agent.get('/workspace/explainers/new').expect(403);
    });

    it('re-shows the form with translated errors beside the right source row, storing nothing', async () => {
      const res = await form(author, '/workspace/explainers?lang=ru', {
        kind: 'legal-term',
        language: 'en',
        title: 'Foreign agent',
        shortText: '',
        'source-2-publisher': 'Russian Federation',
        'source-2-date': '2012-07-20',
      }).expect(400);
      expect(res.text).toContain('Это поле обязательно.');
      expect(res.text).toMatch(/id="shortText"[^>]*aria-invalid="true"/);
      expect(res.text).toMatch(/id="source-2-title"[^>]*aria-invalid="true"/);
      expect(res.text).toContain('value="Russian Federation"');
      expect(await count('explainer')).toBe(0);
      expect(await count('explainer_version')).toBe(0);
    });

    it('a translator starts an explainer; empty source rows are ignored', async () => {
      const res = await form(author, '/workspace/explainers', {
        kind: 'legal-term',
        language: 'en',
        title: foreignAgent.title,
        shortText: foreignAgent.shortText,
        longText: foreignAgent.longText,
        asOf: '2024-11',
        'source-1-title': LAW.title,
        'source-1-publisher': LAW.publisher,
        'source-1-date': LAW.date,
        'source-1-primary': 'on',
        'source-3-title': 'Registry of foreign agents',
        'source-3-url': 'https://example.org/registry',
        'source-4-title': '',
      }).expect(303);
      const [row] = await db().query(`SELECT * FROM explainer`);
      id = row.id;
      expect(res.headers.location).toBe(`/workspace/explainers/${id}`);
      expect(row).toMatchObject({
        slug: 'foreign-agent',
        kind: 'legal-term',
        created_by_id: author.user.id,
      });
      expect(await versionRow(id)).toMatchObject({
        title: 'Foreign agent',
        as_of: '2024-11',
        status: 'draft',
        author_id: author.user.id,
        reviewer_id: null,
        version: 1,
        published_at: null,
      });
      const sources = await db().query(
        `SELECT position, title, publisher, url, date, date_precision, is_primary FROM explainer_source ORDER BY position`,
      );
      expect(sources).toEqual([
        {
          position: 0,
          title: LAW.title,
          publisher: LAW.publisher,
          url: null,
          date: '2012-07-20',
          date_precision: 'day',
          is_primary: 1,
        },
        {
          position: 1,
          title: 'Registry of foreign agents',
          publisher: '',
          url: 'https://example.org/registry',
          date: null,
          date_precision: null,
          is_primary: 0,
        },
      ]);
    });

    it('shows the draft only to its author, editors and reviewers', async () => {
      const own = await author.agent.get(`/workspace/explainers/${id}`).expect(200);
      expect(own.text).toContain('Written by chizh');
      expect(own.text).toContain('<strong>2012</strong>');
      expect(own.text).toContain(`/workspace/explainers/${id}/en/edit`);
      expect(own.text).toContain(`/workspace/explainers/${id}/en/submit`);
      await editor.agent.get(`/workspace/explainers/${id}`).expect(200);
      await reviewer.agent.get(`/workspace/explainers/${id}`).expect(200);

      await stranger.agent.get(`/workspace/explainers/${id}`).expect(404);
      await stranger.agent.get(`/workspace/explainers/${id}/en/edit`).expect(404);
      await stranger.agent.get(`/api/v1/explainers/${id}`).expect(404);
      const list = await stranger.agent.get('/workspace/explainers').expect(200);
      expect(list.text).not.toContain('Foreign agent');
      expect((await stranger.agent.get('/api/v1/explainers').expect(200)).body.explainers).toEqual(
        [],
      );
      await form(stranger, `/workspace/explainers/${id}/en/submit`, { version: '1' }).expect(404);

      const listed = await reviewer.agent.get('/workspace/explainers').expect(200);
      expect(listed.text).toContain('Foreign agent');
      expect(listed.text).toContain('Draft');
    });

    it('the author submits; the reviewer sees the verdict buttons, the author does not', async () => {
      await form(author, `/workspace/explainers/${id}/en/submit`, { version: '1' }).expect(303);
      expect(await versionRow(id)).toMatchObject({ status: 'in_review', version: 2 });
      const own = await author.agent.get(`/workspace/explainers/${id}`).expect(200);
      expect(own.text).not.toContain('value="approve"');
      await author.agent.get(`/workspace/explainers/${id}/en/edit`).expect(403);
      const forReviewer = await reviewer.agent.get(`/workspace/explainers/${id}`).expect(200);
      expect(forReviewer.text).toContain('name="verdict" value="approve"');
      expect(forReviewer.text).toContain('name="verdict" value="request_changes"');
    });

    it('asking for changes needs a comment; the page says so and nothing changes', async () => {
      const res = await form(reviewer, `/workspace/explainers/${id}/en/review?lang=ru`, {
        verdict: 'request_changes',
        comment: ' ',
        version: '2',
      }).expect(400);
      expect(res.text).toContain('Напишите, что нужно исправить.');
      expect(await versionRow(id)).toMatchObject({ status: 'in_review', version: 2 });
    });

    it('a stale verdict is refused with 409', async () => {
      const res = await form(reviewer, `/workspace/explainers/${id}/en/review`, {
        verdict: 'approve',
        version: '1',
      }).expect(409);
      expect(res.text).toContain('This was changed by someone else after you opened it.');
      expect(await versionRow(id)).toMatchObject({ status: 'in_review', version: 2 });
    });

    it('another person approves: the text is frozen into what readers see', async () => {
      await form(reviewer, `/workspace/explainers/${id}/en/review`, {
        verdict: 'approve',
        comment: '',
        version: '2',
      }).expect(303);
      const row = await versionRow(id);
      expect(row).toMatchObject({
        status: 'approved',
        reviewer_id: reviewer.user.id,
        self_approved: 0,
        published_title: 'Foreign agent',
        published_short: foreignAgent.shortText,
        published_as_of: '2024-11',
      });
      expect(JSON.parse(row.published_sources)).toHaveLength(2);
      const page = await author.agent.get(`/workspace/explainers/${id}`).expect(200);
      expect(page.text).toContain('Approved by grach');
      const events = await db().query(
        `SELECT action, actor_id FROM audit_event WHERE object_type = 'explainer' AND object_id = ? ORDER BY id`,
        [String(id)],
      );
      expect(events).toEqual([
        { action: 'explainer.created', actor_id: author.user.id },
        { action: 'explainer.submitted', actor_id: author.user.id },
        { action: 'explainer.approved', actor_id: reviewer.user.id },
      ]);
    });

    it('an edit of an approved explainer keeps what readers see until it is approved again', async () => {
      const before = await queries().readerPage('foreign-agent', 'en');
      expect(before).toMatchObject({ title: 'Foreign agent', language: 'en', kind: 'legal-term' });
      expect(before.longHtml).toContain('<strong>2012</strong>');

      const edit = await author.agent.get(`/workspace/explainers/${id}/en/edit`).expect(200);
      expect(edit.text).toContain('name="version" value="3"');
      expect(edit.text).toContain('value="2012-07-20"');
      await form(author, `/workspace/explainers/${id}/en`, {
        title: 'Foreign agent (inoagent)',
        shortText: 'A revised short text.',
        longText: 'Revised.',
        asOf: '2024-12',
        'source-0-title': LAW.title,
        'source-0-publisher': LAW.publisher,
        'source-0-date': LAW.date,
        version: '3',
      }).expect(303);
      expect(await versionRow(id)).toMatchObject({
        status: 'draft',
        title: 'Foreign agent (inoagent)',
        published_title: 'Foreign agent',
        published_short: foreignAgent.shortText,
      });
      const during = await queries().readerPage('foreign-agent', 'en');
      expect(during).toMatchObject({ title: 'Foreign agent', shortText: foreignAgent.shortText });
      expect(await queries().isApproved(id, 'en')).toBe(true);

      await form(author, `/workspace/explainers/${id}/en/submit`, { version: '4' }).expect(303);
      await form(editor, `/workspace/explainers/${id}/en/review`, {
        verdict: 'approve',
        version: '5',
      }).expect(303);
      const after = await queries().readerPage('foreign-agent', 'en');
      expect(after).toMatchObject({ title: 'Foreign agent (inoagent)', asOf: '2024-12' });
      expect(after.sources).toHaveLength(1);
    });
  });

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
      expect(await queries().approvedExplainer('memorial', 'ru')).toMatchObject({ language: 'en' });
      expect(await queries().approvedShort(memorial, 'en')).toMatchObject({
        slug: 'memorial',
        language: 'en',
        title: 'Memorial',
      });
      expect(await queries().isApproved(memorial)).toBe(true);
      expect(await queries().isApproved(memorial, 'ru')).toBe(false);
      expect(await queries().approvedExplainer('no-such', 'en')).toBeNull();
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

  describe('self-approval', () => {
    let solo: TestApp;

    beforeAll(async () => {
      solo = await startTestApp({ SELF_APPROVAL: 'editor' });
    });
    afterAll(() => solo.close());

    it('lets an editor approve their own text only where the site allows it, and records it', async () => {
      const only = await solo.signIn(await solo.createUser('odin', ['editor']));
      const selfApi = api(only);
      const created = await selfApi.post('/api/v1/explainers', foreignAgent).expect(201);
      const id = created.body.id;
      await selfApi.post(`/api/v1/explainers/${id}/versions/en/submit`, { version: 1 }).expect(200);
      const page = await only.agent.get(`/workspace/explainers/${id}`).expect(200);
      expect(page.text).toContain('Approve my own text (recorded as self-approval)');
      await selfApi
        .post(`/api/v1/explainers/${id}/versions/en/review`, { verdict: 'approve', version: 2 })
        .expect(200);
      const [row] = await solo
        .get(DataSource)
        .query(`SELECT status, self_approved, reviewer_id FROM explainer_version`);
      expect(row).toEqual({ status: 'approved', self_approved: 1, reviewer_id: only.user.id });
      const events = await solo
        .get(DataSource)
        .query(`SELECT action FROM audit_event WHERE object_type = 'explainer' ORDER BY id`);
      expect(events.map((e: { action: string }) => e.action)).toEqual([
        'explainer.created',
        'explainer.submitted',
        'explainer.self-approved',
      ]);
      const after = await only.agent.get(`/workspace/explainers/${id}`).expect(200);
      expect(after.text).toContain('Approved by its own author odin');
      expect(
        await solo.get(ExplainerQueriesService).readerPage('foreign-agent', 'en'),
      ).toMatchObject({ selfApproved: true });
    });
  });
});
