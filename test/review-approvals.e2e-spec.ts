import { describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startTestApp } from './support/test-app.js';
import {
  api,
  createInitiative,
  createSource,
  reviewUnits,
  submit,
  translate,
  translationVersion,
} from './support/workflow.js';

describe('approval rules by configuration', () => {
  it('needs REQUIRED_APPROVALS distinct reviewers', async () => {
    const t = await startTestApp({ REQUIRED_APPROVALS: '2' });
    try {
      const editor = await t.signIn(await t.createUser('lipa', ['editor']));
      const r1 = await t.signIn(await t.createUser('sova', ['reviewer'], ['ru>en']));
      const r2 = await t.signIn(await t.createUser('filin', ['reviewer'], ['ru>en']));
      const translator = await t.signIn(await t.createUser('chizh', ['translator'], ['ru>en']));
      const source = await createSource(
        editor,
        await createInitiative(editor),
        'Абзац.',
        'Два голоса',
      );
      const id = await translate(translator, source.id, ['Two votes', 'A paragraph.']);
      await submit(translator, id);
      const units = await reviewUnits(t, r1, id);
      const first = await api(r1)
        .post(`/api/v1/translations/${id}/units/${units[1]!.id}/review`, {
          verdict: 'approve',
          version: units[1]!.version,
        })
        .expect(200);
      expect(first.body).toMatchObject({ unit: { status: 'submitted' }, approvals: 1 });
      const twice = await api(r1)
        .post(`/api/v1/translations/${id}/units/${units[1]!.id}/review`, {
          verdict: 'approve',
          version: units[1]!.version,
        })
        .expect(400);
      expect(twice.body.error.code).toBe('review:already-approved');
      const second = await api(r2)
        .post(`/api/v1/translations/${id}/units/${units[1]!.id}/review`, {
          verdict: 'approve',
          version: units[1]!.version,
        })
        .expect(200);
      expect(second.body).toMatchObject({ unit: { status: 'approved' }, approvals: 2 });
    } finally {
      await t.close();
    }
  });

  it('lets an editor approve their own work only with SELF_APPROVAL=editor, and shows it as self-reviewed', async () => {
    for (const selfApproval of ['off', 'editor']) {
      const t = await startTestApp({ SELF_APPROVAL: selfApproval });
      try {
        const editor = await t.signIn(
          await t.createUser('odin', ['editor', 'translator'], ['ru>en']),
        );
        const source = await createSource(editor, await createInitiative(editor), 'Один.', 'Один');
        const id = await translate(editor, source.id, ['Alone', 'One.']);
        await submit(editor, id);
        const units = await reviewUnits(t, editor, id);
        const res = await api(editor).post(`/api/v1/translations/${id}/approve-all`, {
          units: Object.fromEntries(units.map((u) => [u.id, u.version])),
        });
        if (selfApproval === 'off') {
          expect(res.status).toBe(403);
          continue;
        }
        expect(res.status).toBe(200);
        expect(res.body.status).toBe('approved');
        const audit = await t
          .get(DataSource)
          .query(`SELECT count(*) AS n FROM audit_event WHERE action = 'unit.self-approved'`);
        expect(audit[0].n).toBe(2);
        await api(editor)
          .post(`/api/v1/translations/${id}/publish`, {
            version: await translationVersion(editor, id),
          })
          .expect(201);
        const page = await t.client().get('/texts/alone').expect(200);
        expect(page.text).toContain('odin (self-reviewed)');
      } finally {
        await t.close();
      }
    }
  });
});
