import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startFootnoteTeam } from './support/review-team.js';
import type { SignedInClient, TestApp } from './support/test-app.js';
import {
  api,
  approveAll,
  createSource,
  reviewUnits,
  submit,
  translate,
  translationVersion,
} from './support/workflow.js';

/** The probes of issue 12: footnotes take the same lifecycle path as edits. */
describe('footnotes in the translation lifecycle', () => {
  let t: TestApp;
  let db: DataSource;
  let editor: SignedInClient;
  let editorId: number;
  let translator: SignedInClient;
  let reviewer: SignedInClient;
  let secondReviewer: SignedInClient;
  let initiativeId: number;

  beforeAll(async () => {
    ({ t, editor, editorId, translator, reviewer, secondReviewer, initiativeId } =
      await startFootnoteTeam());
    db = t.get(DataSource);
  });
  afterAll(() => t.close());

  const translation = async (id: number) =>
    (await api(editor).get(`/api/v1/translations/${id}`).expect(200)).body as {
      status: string;
      version: number;
      units: { id: number; version: number; status: string }[];
    };
  const lastRevision = async (unitId: number) =>
    (
      await db.query(
        `SELECT version, action, author_id AS "authorId" FROM unit_revision
         WHERE unit_id = ? ORDER BY version DESC, id DESC LIMIT 1`,
        [unitId],
      )
    )[0] as { version: number; action: string; authorId: number };

  async function approved(body: string, title: string, english: string): Promise<number> {
    const source = await createSource(editor, initiativeId, body, title);
    const id = await translate(translator, source.id, ['Title', english]);
    await submit(translator, id);
    await approveAll(t, reviewer, id);
    return id;
  }

  it('refuses a footnote on a published translation like an edit, leaving unit and translation as they were', async () => {
    const id = await approved('Суд вынес решение.', 'Опубликовано', 'The court ruled in English.');
    await api(editor)
      .post(`/api/v1/translations/${id}/publish`, { version: await translationVersion(editor, id) })
      .expect(201);
    const before = await translation(id);
    const unit = before.units[1]!;
    const refused = await api(editor)
      .post(`/api/v1/translations/${id}/units/${unit.id}/footnotes`, {
        unitVersion: unit.version,
        quote: 'English',
        note: 'A note after publishing.',
      })
      .expect(400);
    expect(refused.body.error.code).toBe('workflow:illegal-transition');
    // The same answer as saving the unit gives.
    const save = await api(editor)
      .put(`/api/v1/translations/${id}/units/${unit.id}`, {
        text: 'Changed.',
        version: unit.version,
      })
      .expect(400);
    expect(save.body.error.code).toBe(refused.body.error.code);
    const after = await translation(id);
    expect(after.status).toBe('published');
    expect(after.version).toBe(before.version);
    expect(after.units[1]).toMatchObject({ status: 'approved', version: unit.version });
    const [{ n }] = await db.query(`SELECT count(*) AS n FROM footnote WHERE translation_id = ?`, [
      id,
    ]);
    expect(n).toBe(0);
  });

  it('sends an approved translation back to draft when its unit is annotated, with a revision for the new version', async () => {
    const id = await approved(
      'Суд оштрафовал активистку.',
      'Одобрено',
      'The court fined an activist in English.',
    );
    const before = await translation(id);
    expect(before.status).toBe('approved');
    const unit = before.units[1]!;
    await api(editor)
      .post(`/api/v1/translations/${id}/units/${unit.id}/footnotes`, {
        unitVersion: unit.version,
        quote: 'English',
        note: 'English.',
      })
      .expect(201);
    const after = await translation(id);
    expect(after.status).toBe('draft');
    expect(after.units[1]).toMatchObject({ status: 'draft', version: unit.version + 1 });
    expect(await lastRevision(unit.id)).toEqual({
      version: unit.version + 1,
      action: 'annotate',
      authorId: editorId,
    });
    // Not stuck: the translator can submit it again.
    await submit(translator, id);
    expect((await translation(id)).status).toBe('in_review');
  });

  it('counts a footnote author as a contributor: a reviewer who annotated one unit may not approve another', async () => {
    const source = await createSource(
      editor,
      initiativeId,
      'Первый абзац.\n\nВторой абзац.',
      'Четыре глаза',
    );
    const id = await translate(translator, source.id, [
      'Four eyes',
      'First paragraph.',
      'Second paragraph.',
    ]);
    await submit(translator, id);
    const [title, first, second] = await reviewUnits(t, reviewer, id);
    await api(reviewer)
      .post(`/api/v1/translations/${id}/units/${first!.id}/footnotes`, {
        unitVersion: first!.version,
        quote: 'First',
        note: 'The reviewer adds a note.',
      })
      .expect(201);
    expect(await lastRevision(first!.id)).toMatchObject({
      version: first!.version + 1,
      action: 'annotate',
    });
    for (const unit of [title!, second!]) {
      await api(reviewer)
        .post(`/api/v1/translations/${id}/units/${unit.id}/review`, {
          verdict: 'approve',
          version: unit.version,
        })
        .expect(403);
    }
    await approveAll(t, reviewer, id, 403);
    expect((await translation(id)).status).toBe('in_review');
    await approveAll(t, secondReviewer, id);
    expect((await translation(id)).status).toBe('approved');
  });

  it('refuses publishing and unpublishing without the version read, or with a stale one, with both versions', async () => {
    const id = await approved('Решение отменили.', 'Версии', 'The ruling was overturned.');
    const { version } = await translation(id);
    await api(editor).post(`/api/v1/translations/${id}/publish`, {}).expect(400);
    const stale = await api(editor)
      .post(`/api/v1/translations/${id}/publish`, { version: version - 1 })
      .expect(409);
    expect(stale.body.error).toMatchObject({
      current: { version, status: 'approved' },
      submitted: { version: version - 1 },
    });
    expect((await translation(id)).status).toBe('approved');
    await api(editor).post(`/api/v1/translations/${id}/publish`, { version }).expect(201);
    const published = await translation(id);
    expect(published).toMatchObject({ status: 'published', version: version + 1 });
    await api(editor)
      .post(`/api/v1/translations/${id}/unpublish`, { reason: 'Asked to.' })
      .expect(400);
    const staleUnpublish = await api(editor)
      .post(`/api/v1/translations/${id}/unpublish`, { reason: 'Asked to.', version })
      .expect(409);
    expect(staleUnpublish.body.error).toMatchObject({
      current: { version: version + 1, status: 'published' },
      submitted: { version },
    });
    expect((await translation(id)).status).toBe('published');
    // The page's form carries the version it showed.
    const page = await editor.agent.get(`/workspace/translations/${id}`).expect(200);
    const form = page.text.slice(page.text.indexOf('/unpublish"'));
    const shown = Number(/name="version" value="(\d+)"/.exec(form)![1]);
    expect(shown).toBe(published.version);
    await editor.agent
      .post(`/workspace/translations/${id}/unpublish`)
      .type('form')
      .send({ _csrf: editor.csrf, reason: 'Asked to.', version: shown })
      .expect(303);
    expect((await translation(id)).status).toBe('withdrawn');
  });
});
