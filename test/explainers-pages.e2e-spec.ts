import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { ExplainerQueriesService } from '../src/notes/explainer-queries.service.js';
import {
  explainerVersionRow,
  foreignAgent,
  LAW,
  postForm,
  signInExplainerTeam,
} from './support/explainer-fixtures.js';
import { countRows } from './support/row-count.js';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';

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
  const form = postForm;

  beforeAll(async () => {
    t = await startTestApp({ LANGUAGE_PAIRS: 'ru>en,en>ru' });
    ({ editor, author, stranger, reviewer } = await signInExplainerTeam(t));
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
});
