import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';
import {
  api,
  createInitiative,
  createSource,
  reviewUnits,
  submit,
  translate,
} from './support/workflow.js';

const BODY = 'Суд ликвидировал «Мемориал».\n\nОрганизация обжаловала решение.';
const EN = [
  'Memorial closed',
  'The court liquidated Memorial.',
  'The organisation appealed the decision.',
];

describe('review and publishing', () => {
  let t: TestApp;
  let editor: SignedInClient;
  let reviewer: SignedInClient;
  let translator: SignedInClient;
  let otherReviewer: SignedInClient;
  let initiativeId: number;

  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.signIn(await t.createUser('lipa', ['editor']));
    reviewer = await t.signIn(await t.createUser('sova', ['reviewer'], ['ru>en']));
    otherReviewer = await t.signIn(await t.createUser('filin', ['reviewer'], ['en>ru']));
    translator = await t.signIn(
      await t.createUser('lastochka', ['translator', 'reviewer'], ['ru>en']),
    );
    initiativeId = await createInitiative(editor, {
      foreignAgent: true,
      foreignAgentLabel: 'ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО ИНОСТРАННЫМ АГЕНТОМ',
    });
  });
  afterAll(() => t.close());

  it('runs end to end: submit, changes requested, fix, approve, publish, read anonymously', async () => {
    const source = await createSource(editor, initiativeId, BODY, 'Ликвидация «Мемориала»');
    const id = await translate(translator, source.id, EN);
    await submit(translator, id);

    const queue = await api(reviewer).get('/api/v1/review/queue').expect(200);
    expect(queue.body.translations.map((x: { id: number }) => x.id)).toContain(id);
    expect(
      (await api(translator).get('/api/v1/review/queue').expect(200)).body.translations.map(
        (x: { id: number }) => x.id,
      ),
    ).not.toContain(id);
    expect(
      (await api(otherReviewer).get('/api/v1/review/queue').expect(200)).body.translations,
    ).toEqual([]);

    const units = await reviewUnits(t, reviewer, id);
    await api(reviewer)
      .post(`/api/v1/translations/${id}/units/${units[0]!.id}/review`, {
        verdict: 'approve',
        version: units[0]!.version,
      })
      .expect(200);
    await api(reviewer)
      .post(`/api/v1/translations/${id}/units/${units[1]!.id}/review`, {
        verdict: 'approve',
        version: units[1]!.version,
      })
      .expect(200);
    const noComment = await api(reviewer)
      .post(`/api/v1/translations/${id}/units/${units[2]!.id}/review`, {
        verdict: 'request_changes',
        version: units[2]!.version,
      })
      .expect(400);
    expect(noComment.body.error.fields[0].message).toBe('Say what needs to change.');
    const last = await api(reviewer)
      .post(`/api/v1/translations/${id}/units/${units[2]!.id}/review`, {
        verdict: 'request_changes',
        comment: 'Say “its appeal”.',
        version: units[2]!.version,
      })
      .expect(200);
    expect(last.body.translation.status).toBe('changes_requested');
    const [events] = await t
      .get(DataSource)
      .query(`SELECT comment FROM review_event WHERE verdict = 'request_changes'`);
    expect(events.comment).toBe('Say “its appeal”.');

    // The translator fixes the one unit; only it needs review again.
    const editorView = (await api(translator).get(`/api/v1/translations/${id}`).expect(200)).body;
    const fixUnit = editorView.units[2];
    expect(fixUnit.status).toBe('needs_changes');
    expect(editorView.units[1].status).toBe('approved');
    await api(translator)
      .put(`/api/v1/translations/${id}/units/${fixUnit.id}`, {
        text: 'The organisation filed its appeal.',
        version: fixUnit.version,
      })
      .expect(200);
    await submit(translator, id);
    const again = await reviewUnits(t, reviewer, id);
    expect(again.map((u) => u.status)).toEqual(['approved', 'approved', 'submitted']);
    const reviewPage = await reviewer.agent.get(`/workspace/translations/${id}/review`).expect(200);
    expect(reviewPage.text).toContain(
      '<p class="diff">The organisation <del>appealed the decision</del><ins>filed its appeal</ins>.</p>',
    );
    const approved = await api(reviewer)
      .post(`/api/v1/translations/${id}/units/${again[2]!.id}/review`, {
        verdict: 'approve',
        version: again[2]!.version,
      })
      .expect(200);
    expect(approved.body.translation.status).toBe('approved');

    // Approved units join the memory.
    const tm = await api(translator)
      .get(
        `/api/v1/tm/matches?sourceLanguage=ru&targetLanguage=en&text=${encodeURIComponent('Организация обжаловала решение.')}`,
      )
      .expect(200);
    expect(tm.body.matches[0]).toMatchObject({
      target: 'The organisation filed its appeal.',
      quality: 100,
    });

    await api(reviewer).post(`/api/v1/translations/${id}/publish`, {}).expect(403);
    const published = await api(editor)
      .post(`/api/v1/translations/${id}/publish`, { changeNote: '' })
      .expect(201);
    expect(published.body).toMatchObject({ version: 1, url: '/texts/memorial-closed' });
    const page = await t.client().get('/texts/memorial-closed').expect(200);
    expect(page.text).toContain('<h1 lang="en">Memorial closed</h1>');
    expect(page.text).toContain('The organisation filed its appeal.');
    expect(page.text).toContain('ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО ИНОСТРАННЫМ АГЕНТОМ');
    expect(page.text).toContain('lastochka');
    expect(page.text).toContain('sova');
    expect(page.text).toContain('https://example.org/original');
    expect(page.headers['set-cookie']).toBeUndefined();
    const side = await t.client().get('/texts/memorial-closed?view=original').expect(200);
    expect(side.text).toContain('Суд ликвидировал «Мемориал».');
  });

  it('never lets anyone approve text of a translation they translated, on any route', async () => {
    const source = await createSource(editor, initiativeId, 'Первый абзац.', 'Четыре глаза');
    const id = await translate(translator, source.id, ['Four eyes', 'First paragraph.']);
    await submit(translator, id);
    const units = await reviewUnits(t, reviewer, id);
    const own = await api(translator)
      .post(`/api/v1/translations/${id}/units/${units[0]!.id}/review`, {
        verdict: 'approve',
        version: units[0]!.version,
      })
      .expect(403);
    expect(own.body.error.code).toBe('workflow:relation-forbidden');
    await translator.agent
      .post(`/workspace/translations/${id}/units/${units[0]!.id}/review`)
      .type('form')
      .send({ _csrf: translator.csrf, verdict: 'approve', version: units[0]!.version })
      .expect(403);
    const seen = Object.fromEntries(units.map((u) => [u.id, u.version]));
    await api(translator)
      .post(`/api/v1/translations/${id}/approve-all`, { units: seen })
      .expect(403);
    await translator.agent
      .post(`/workspace/translations/${id}/review/approve-all`)
      .type('form')
      .send({
        _csrf: translator.csrf,
        ...Object.fromEntries(units.map((u) => [`unit_${u.id}`, String(u.version)])),
      })
      .expect(403);
    const page = await translator.agent.get(`/workspace/translations/${id}/review`).expect(200);
    expect(page.text).not.toContain('value="approve"');
    // A reviewer outside the pair cannot even see it.
    await api(otherReviewer)
      .post(`/api/v1/translations/${id}/units/${units[0]!.id}/review`, {
        verdict: 'approve',
        version: units[0]!.version,
      })
      .expect(404);
    const statuses = await t
      .get(DataSource)
      .query(`SELECT status FROM translation_unit WHERE translation_id = ?`, [id]);
    expect(statuses.every((s: { status: string }) => s.status === 'submitted')).toBe(true);
    expect(
      (
        await t
          .get(DataSource)
          .query(`SELECT count(*) AS n FROM review_event WHERE translation_id = ?`, [id])
      )[0].n,
    ).toBe(0);
  });

  it('refuses illegal moves, stale versions and extra fields, changing nothing', async () => {
    const source = await createSource(editor, initiativeId, 'Абзац.', 'Отказы');
    const id = await translate(translator, source.id, ['Refusals', 'A paragraph.']);
    // Not in review yet: reviewing and publishing are illegal.
    const units = (await api(translator).get(`/api/v1/translations/${id}`).expect(200)).body.units;
    const early = await api(reviewer).post(
      `/api/v1/translations/${id}/units/${units[0].id}/review`,
      { verdict: 'approve', version: units[0].version },
    );
    expect([400, 404]).toContain(early.status);
    const unapproved = await api(editor).post(`/api/v1/translations/${id}/publish`, {}).expect(400);
    expect(unapproved.body.error.code).toBe('workflow:illegal-transition');
    await submit(translator, id);
    const waiting = await reviewUnits(t, reviewer, id);
    await api(reviewer)
      .post(`/api/v1/translations/${id}/units/${waiting[0]!.id}/review`, {
        verdict: 'approve',
        version: waiting[0]!.version - 1,
      })
      .expect(409);
    await api(reviewer)
      .post(`/api/v1/translations/${id}/units/${waiting[0]!.id}/review`, {
        verdict: 'approve',
        version: waiting[0]!.version,
        status: 'approved',
      })
      .expect(400);
    await api(reviewer)
      .post(`/api/v1/translations/${id}/units/${waiting[0]!.id}/review`, {
        verdict: 'approve',
        version: waiting[0]!.version,
        authorId: 1,
      })
      .expect(400);
    await api(reviewer)
      .post(`/api/v1/translations/${id}/units/${waiting[0]!.id}/review`, {
        verdict: 'maybe',
        version: waiting[0]!.version,
      })
      .expect(400);
    await api(reviewer)
      .post(`/api/v1/translations/${id}/units/999999/review`, { verdict: 'approve', version: 1 })
      .expect(404);
    const changed = await api(reviewer)
      .post(`/api/v1/translations/${id}/approve-all`, {
        units: { [waiting[0]!.id]: waiting[0]!.version },
      })
      .expect(409);
    expect(changed.body.error.code).toBe('review:units-changed');
    expect(
      (
        await t
          .get(DataSource)
          .query(`SELECT count(*) AS n FROM review_event WHERE translation_id = ?`, [id])
      )[0].n,
    ).toBe(0);
    const all = await api(reviewer)
      .post(`/api/v1/translations/${id}/approve-all`, {
        units: Object.fromEntries(waiting.map((u) => [u.id, u.version])),
      })
      .expect(200);
    expect(all.body.status).toBe('approved');
  });

  it('holds the publish gate: attribution must be complete', async () => {
    const source = await createSource(editor, initiativeId, 'Текст без ссылки.', 'Без ссылки', {
      originalUrl: undefined,
      publishedDate: undefined,
      licence: 'unknown',
    });
    const id = await translate(translator, source.id, ['No link', 'A text without a link.']);
    await submit(translator, id);
    const waiting = await reviewUnits(t, reviewer, id);
    await api(reviewer)
      .post(`/api/v1/translations/${id}/approve-all`, {
        units: Object.fromEntries(waiting.map((u) => [u.id, u.version])),
      })
      .expect(200);
    const refused = await api(editor).post(`/api/v1/translations/${id}/publish`, {}).expect(400);
    expect(refused.body.error.fields.map((f: { message: string }) => f.message)).toEqual([
      'The source text needs a link to the original.',
      'The source text needs its original publication date.',
      'The licence of the source text is unknown.',
    ]);
    expect(
      (
        await t
          .get(DataSource)
          .query(`SELECT count(*) AS n FROM publication WHERE translation_id = ?`, [id])
      )[0].n,
    ).toBe(0);
  });

  it('publishes a correction after the source changes, keeping earlier versions listed, and unpublishes to a 404', async () => {
    const source = await createSource(editor, initiativeId, 'Первая редакция.', 'Исправления');
    const id = await translate(translator, source.id, ['Corrections', 'First edition.']);
    await submit(translator, id);
    let waiting = await reviewUnits(t, reviewer, id);
    await api(reviewer)
      .post(`/api/v1/translations/${id}/approve-all`, {
        units: Object.fromEntries(waiting.map((u) => [u.id, u.version])),
      })
      .expect(200);
    await api(editor).post(`/api/v1/translations/${id}/publish`, {}).expect(201);

    const current = (await api(editor).get(`/api/v1/sources/${source.id}`).expect(200)).body;
    await api(editor)
      .put(`/api/v1/sources/${source.id}`, {
        initiativeId,
        language: 'ru',
        kind: 'news',
        title: 'Исправления',
        body: 'Вторая редакция.',
        licence: 'CC-BY-4.0',
        originalUrl: 'https://example.org/original',
        publishedDate: '2021-12-28',
        version: current.version,
      })
      .expect(200);
    const state = (await api(translator).get(`/api/v1/translations/${id}`).expect(200)).body;
    expect(state.status).toBe('outdated');
    // Readers keep the last publication meanwhile.
    expect((await t.client().get('/texts/corrections').expect(200)).text).toContain(
      'First edition.',
    );
    const outdated = state.units.find((u: { status: string }) => u.status === 'outdated');
    await api(translator)
      .put(`/api/v1/translations/${id}/units/${outdated.id}`, {
        text: 'Second edition.',
        version: outdated.version,
      })
      .expect(200);
    await submit(translator, id);
    waiting = await reviewUnits(t, reviewer, id);
    expect(waiting.filter((u) => u.status === 'submitted')).toHaveLength(1);
    await api(reviewer)
      .post(`/api/v1/translations/${id}/approve-all`, {
        units: Object.fromEntries(
          waiting.filter((u) => u.status === 'submitted').map((u) => [u.id, u.version]),
        ),
      })
      .expect(200);
    const noNote = await api(editor).post(`/api/v1/translations/${id}/publish`, {}).expect(400);
    expect(noNote.body.error.fields[0].field).toBe('changeNote');
    await api(editor)
      .post(`/api/v1/translations/${id}/publish`, {
        changeNote: 'The initiative revised its text.',
      })
      .expect(201);
    const latest = await t.client().get('/texts/corrections').expect(200);
    expect(latest.text).toContain('Second edition.');
    expect(latest.text).toContain('The initiative revised its text.');
    expect(latest.text).toContain('href="/texts/corrections/v/1"');
    const old = await t.client().get('/texts/corrections/v/1').expect(200);
    expect(old.text).toContain('First edition.');
    expect(old.text).toContain('not the latest');

    await api(editor).post(`/api/v1/translations/${id}/unpublish`, {}).expect(400);
    await api(editor)
      .post(`/api/v1/translations/${id}/unpublish`, { reason: 'The initiative asked us to.' })
      .expect(204);
    const gone = await t.client().get('/texts/corrections').expect(404);
    const never = await t.client().get('/texts/never-existed').expect(404);
    expect(gone.text.replaceAll('corrections', 'X')).toBe(
      never.text.replaceAll('never-existed', 'X'),
    );
    await t.client().get('/texts/corrections/v/1').expect(404);
  });

  it('keeps every unit revision and reverts by adding a new one', async () => {
    const source = await createSource(editor, initiativeId, 'История.', 'История');
    const id = await translate(translator, source.id, ['History', 'First try.']);
    const unit = (await api(translator).get(`/api/v1/translations/${id}`).expect(200)).body
      .units[1];
    await api(translator)
      .put(`/api/v1/translations/${id}/units/${unit.id}`, {
        text: 'Second try.',
        version: unit.version,
      })
      .expect(200);
    const history = (
      await api(translator).get(`/api/v1/translations/${id}/units/${unit.id}/history`).expect(200)
    ).body.revisions;
    expect(history.map((r: { text: string }) => r.text)).toEqual(['Second try.', 'First try.']);
    const first = history[1];
    const reverted = await api(translator)
      .post(`/api/v1/translations/${id}/units/${unit.id}/revert`, {
        revisionId: first.id,
        version: unit.version + 1,
      })
      .expect(200);
    expect(reverted.body.text).toBe('First try.');
    const after = (
      await api(translator).get(`/api/v1/translations/${id}/units/${unit.id}/history`).expect(200)
    ).body.revisions;
    expect(after.map((r: { action: string }) => r.action)).toEqual(['revert', 'edit', 'edit']);
    const page = await translator.agent
      .get(`/workspace/translations/${id}/units/${unit.id}/history`)
      .expect(200);
    expect(page.text).toContain('Bring this text back');
    await api(reviewer).get(`/api/v1/translations/${id}/units/${unit.id}/history`).expect(404);
  });
});

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
        await api(editor).post(`/api/v1/translations/${id}/publish`, {}).expect(201);
        const page = await t.client().get('/texts/alone').expect(200);
        expect(page.text).toContain('odin (self-reviewed)');
      } finally {
        await t.close();
      }
    }
  });
});
