import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startFootnoteTeam } from './support/review-team.js';
import type { SignedInClient, TestApp } from './support/test-app.js';
import {
  api,
  createSource,
  reviewUnits,
  submit,
  translate,
  translationVersion,
} from './support/workflow.js';

describe('footnotes: notes for readers anchored to the translation', () => {
  let t: TestApp;
  let editor: SignedInClient;
  let translator: SignedInClient;
  let reviewer: SignedInClient;
  let secondReviewer: SignedInClient;
  let initiativeId: number;

  beforeAll(async () => {
    ({ t, editor, translator, reviewer, secondReviewer, initiativeId } = await startFootnoteTeam());
  });
  afterAll(() => t.close());

  const unitsOf = async (id: number) =>
    (await api(translator).get(`/api/v1/translations/${id}`).expect(200)).body.units;

  it('anchors a note by quoting (no JavaScript) or by offsets, and refuses bad anchors with clear errors', async () => {
    const source = await createSource(
      editor,
      initiativeId,
      '«Мемориал» признали иностранным агентом, а потом ликвидировали.',
      'Сноски',
    );
    const id = await translate(translator, source.id, [
      'Notes',
      'Memorial was declared a foreign agent, and then Memorial was liquidated.',
    ]);
    const [title, unit] = await unitsOf(id);
    await translator.agent
      .post(`/workspace/translations/${id}/units/${unit.id}/footnotes`)
      .type('form')
      .send({
        _csrf: translator.csrf,
        unitVersion: unit.version,
        quote: 'foreign agent',
        note: 'A status under Russian law since 2012; see the [explainer](https://example.org/fa).',
      })
      .expect(303);
    const ambiguous = await api(translator)
      .post(`/api/v1/translations/${id}/units/${unit.id}/footnotes`, {
        unitVersion: unit.version + 1,
        quote: 'Memorial',
        note: 'x',
      })
      .expect(400);
    expect(ambiguous.body.error.message).toContain('Memorial');
    const second = await api(translator)
      .post(`/api/v1/translations/${id}/units/${unit.id}/footnotes`, {
        unitVersion: unit.version + 1,
        quote: 'Memorial',
        occurrence: 2,
        note: '<script>alert(1)</script> *liquidated* on 28 December 2021',
      })
      .expect(201);
    expect(second.body).toMatchObject({ quote: 'Memorial', start: 48, end: 56, status: 'pending' });
    const byOffsets = await api(translator)
      .post(`/api/v1/translations/${id}/units/${unit.id}/footnotes`, {
        unitVersion: unit.version + 2,
        start: 0,
        end: 8,
        note: 'The human rights society.',
      })
      .expect(201);
    expect(byOffsets.body.quote).toBe('Memorial');
    await api(translator)
      .post(`/api/v1/translations/${id}/units/${unit.id}/footnotes`, {
        unitVersion: unit.version + 3,
        quote: 'not in the text',
        note: 'x',
      })
      .expect(400);
    await api(translator)
      .post(`/api/v1/translations/${id}/units/${unit.id}/footnotes`, {
        unitVersion: unit.version + 3,
        start: 5,
        end: 500,
        note: 'x',
      })
      .expect(400);
    await api(translator)
      .post(`/api/v1/translations/${id}/units/${unit.id}/footnotes`, {
        unitVersion: unit.version + 3,
        quote: 'Memorial',
        occurrence: 1,
        note: '   ',
      })
      .expect(400);
    await api(translator)
      .post(`/api/v1/translations/${id}/units/${unit.id}/footnotes`, {
        unitVersion: unit.version,
        quote: 'foreign agent',
        note: 'stale',
      })
      .expect(409);
    await api(translator)
      .post(`/api/v1/translations/${id}/units/${title.id}/footnotes`, {
        unitVersion: title.version,
        quote: 'Notes',
        note: 'x',
      })
      .expect(400);
    await api(reviewer)
      .post(`/api/v1/translations/${id}/units/${unit.id}/footnotes`, {
        unitVersion: unit.version + 3,
        quote: 'foreign agent',
        note: 'x',
      })
      .expect(404);
    expect(
      (
        await t
          .get(DataSource)
          .query(`SELECT count(*) AS n FROM footnote WHERE translation_id = ?`, [id])
      )[0].n,
    ).toBe(3);
    const page = await translator.agent.get(`/workspace/translations/${id}`).expect(200);
    expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page.text).not.toContain('<script>alert(1)');
  });

  it('keeps notes anchored through edits, flags a note whose passage is gone, and blocks submitting until it is re-anchored', async () => {
    const source = await createSource(editor, initiativeId, 'Суд вынес решение.', 'Правки');
    const id = await translate(translator, source.id, ['Edits', 'The court ruled.']);
    const [, unit] = await unitsOf(id);
    const note = (
      await api(translator)
        .post(`/api/v1/translations/${id}/units/${unit.id}/footnotes`, {
          unitVersion: unit.version,
          quote: 'ruled',
          note: 'On 28 December 2021.',
        })
        .expect(201)
    ).body;
    let current = (await unitsOf(id))[1];
    await api(translator)
      .put(`/api/v1/translations/${id}/units/${unit.id}`, {
        text: 'In Moscow the court ruled.',
        version: current.version,
      })
      .expect(200);
    current = (await unitsOf(id))[1];
    expect(current.footnotes[0]).toMatchObject({
      id: note.id,
      quote: 'ruled',
      start: 20,
      end: 25,
      lost: false,
    });
    await api(translator)
      .put(`/api/v1/translations/${id}/units/${unit.id}`, {
        text: 'In Moscow the court decided.',
        version: current.version,
      })
      .expect(200);
    current = (await unitsOf(id))[1];
    expect(current.footnotes[0]).toMatchObject({ id: note.id, lost: true });
    const page = await translator.agent.get(`/workspace/translations/${id}`).expect(200);
    expect(page.text).toContain('is no longer in the text');
    const { version } = (await api(translator).get(`/api/v1/translations/${id}`).expect(200)).body;
    const refused = await api(translator)
      .post(`/api/v1/translations/${id}/submit`, { version })
      .expect(400);
    expect(refused.body.error.message).toBe(
      '1 note lost its passage (unit 2). Anchor it again before submitting.',
    );
    await api(translator)
      .put(`/api/v1/footnotes/${note.id}`, {
        version: current.footnotes[0].version,
        quote: 'decided',
      })
      .expect(200);
    await submit(translator, id);
  });

  it('reviews notes with their unit: a reviewer who wrote one may not approve the unit; publishing numbers them', async () => {
    const source = await createSource(
      editor,
      initiativeId,
      '«Мемориал» ликвидировали.',
      'Рецензия сносок',
    );
    const id = await translate(translator, source.id, [
      'Reviewed notes',
      'Memorial was liquidated.',
    ]);
    const [, unit] = await unitsOf(id);
    await api(translator)
      .post(`/api/v1/translations/${id}/units/${unit.id}/footnotes`, {
        unitVersion: unit.version,
        quote: 'liquidated',
        note: 'By the Supreme Court.',
      })
      .expect(201);
    await submit(translator, id);
    let units = await reviewUnits(t, reviewer, id);
    await api(reviewer)
      .post(`/api/v1/translations/${id}/units/${units[1]!.id}/footnotes`, {
        unitVersion: units[1]!.version,
        quote: 'Memorial',
        note: 'A human rights society founded in the Soviet Union.',
      })
      .expect(201);
    units = await reviewUnits(t, reviewer, id);
    const own = await api(reviewer)
      .post(`/api/v1/translations/${id}/units/${units[1]!.id}/review`, {
        verdict: 'approve',
        version: units[1]!.version,
      })
      .expect(403);
    expect(own.body.error.code).toBe('workflow:relation-forbidden');
    await api(secondReviewer)
      .post(`/api/v1/translations/${id}/approve-all`, {
        units: Object.fromEntries(units.map((u) => [u.id, u.version])),
      })
      .expect(200);
    const notes = await t
      .get(DataSource)
      .query(`SELECT status, approved_by_id FROM footnote WHERE translation_id = ?`, [id]);
    expect(notes).toEqual([
      { status: 'approved', approved_by_id: secondReviewer.user.id },
      { status: 'approved', approved_by_id: secondReviewer.user.id },
    ]);
    const published = await api(editor)
      .post(`/api/v1/translations/${id}/publish`, { version: await translationVersion(editor, id) })
      .expect(201);
    const page = await t.client().get(published.body.url).expect(200);
    expect(page.text).toContain(
      'Memorial<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" aria-describedby="footnotes-heading">1</a></sup>',
    );
    expect(page.text).toContain('liquidated<sup class="footnote-ref"><a href="#fn-2" id="fnref-2"');
    expect(page.text).toMatch(
      /<li id="fn-2" lang="en">By the Supreme Court\. <a href="#fnref-2" class="footnote-back"/,
    );
  });

  it('holds the publish gate while a note is not approved', async () => {
    const source = await createSource(editor, initiativeId, 'Текст.', 'Ворота');
    const id = await translate(translator, source.id, ['Gate', 'Text.']);
    const [, unit] = await unitsOf(id);
    await api(translator)
      .post(`/api/v1/translations/${id}/units/${unit.id}/footnotes`, {
        unitVersion: unit.version,
        quote: 'Text',
        note: 'A note.',
      })
      .expect(201);
    await submit(translator, id);
    const units = await reviewUnits(t, reviewer, id);
    await api(reviewer)
      .post(`/api/v1/translations/${id}/approve-all`, {
        units: Object.fromEntries(units.map((u) => [u.id, u.version])),
      })
      .expect(200);
    // A note that somehow lost its approval (e.g. restored from an old backup) must stop publishing.
    await t
      .get(DataSource)
      .query(`UPDATE footnote SET status = 'pending' WHERE translation_id = ?`, [id]);
    const refused = await api(editor)
      .post(`/api/v1/translations/${id}/publish`, { version: await translationVersion(editor, id) })
      .expect(400);
    expect(refused.body.error.fields[0].message).toBe('1 note for readers is not approved yet.');
    expect(
      (
        await t
          .get(DataSource)
          .query(`SELECT count(*) AS n FROM publication WHERE translation_id = ?`, [id])
      )[0].n,
    ).toBe(0);
  });
});
