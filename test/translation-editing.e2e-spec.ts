import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';
import { BODY, importAppealMemory } from './support/translation-fixtures.js';
import { api, createInitiative, createSource } from './support/workflow.js';

describe('translation workspace', () => {
  let t: TestApp;
  let editor: SignedInClient;
  let lastochka: SignedInClient;
  let skvorets: SignedInClient;
  let sourceId: number;
  let initiativeId: number;

  const newSource = (body = BODY, title = 'Штраф за пост') =>
    createSource(editor, initiativeId, body, title);

  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.signIn(await t.createUser('lipa', ['editor', 'reviewer']));
    lastochka = await t.signIn(await t.createUser('lastochka', ['translator'], ['ru>en']));
    skvorets = await t.signIn(await t.createUser('skvorets', ['translator'], ['ru>en']));
    initiativeId = await createInitiative(editor);
    sourceId = (await newSource()).id;
    await api(editor)
      .post('/api/v1/glossary', {
        sourceLanguage: 'ru',
        term: 'иностранный агент',
        forms: ['иноагент'],
        renderings: { en: 'foreign agent' },
      })
      .expect(201);
    await api(editor)
      .post('/api/v1/names', {
        cyrillic: 'Алексей Навальный',
        spelling: 'Alexei Navalny',
        variants: ['Aleksei Navalny'],
      })
      .expect(201);
    await importAppealMemory(t);
    // lastochka translates the news text; the source-state filter also needs a text nobody
    // translates and one that is being translated.
    await api(lastochka)
      .post(`/api/v1/sources/${sourceId}/translations`, { targetLanguage: 'en' })
      .expect(201);
    await newSource('Другой текст.', 'Другой');
    const inProgress = await newSource('Освобождаемый текст.', 'Освобождаемый');
    await api(lastochka)
      .post(`/api/v1/sources/${inProgress.id}/translations`, { targetLanguage: 'en' })
      .expect(201);
  });
  afterAll(() => t.close());

  it('shows the editor with term, name and memory hints beside the source', async () => {
    const [{ id }] = await t
      .get(DataSource)
      .query(`SELECT id FROM translation WHERE source_id = ?`, [sourceId]);
    const page = await lastochka.agent.get(`/workspace/translations/${id}`).expect(200);
    expect(page.text).toMatch(
      /<mark class="term" title="foreign agent">иностранным агентом<\/mark>/,
    );
    expect(page.text).toContain('Alexei Navalny');
    expect(page.text).toContain('name list');
    expect(page.text).toContain('The decision can be appealed in the court of appeal.');
    expect(page.text).toContain('<script src="/static/js/translate.js" defer></script>');
    const json = await api(lastochka).get(`/api/v1/translations/${id}`).expect(200);
    expect(json.body.units[2].terms[0]).toMatchObject({
      text: 'иностранным агентом',
      rendering: 'foreign agent',
    });
    expect(json.body.units[3].memory[0].quality).toBeGreaterThan(50);
    expect(json.body.units[1].sentences).toEqual([
      'Суд оштрафовал активистку на 30 тыс. руб. по ст. 20.3.3 КоАП.',
    ]);
  });

  it('saves a unit as a plain form, keeps every revision, and shows QA findings', async () => {
    const [{ id }] = await t
      .get(DataSource)
      .query(`SELECT id FROM translation WHERE source_id = ?`, [sourceId]);
    const units = (await api(lastochka).get(`/api/v1/translations/${id}`).expect(200)).body.units;
    const first = units[1];
    const res = await lastochka.agent
      .post(`/workspace/translations/${id}/units/${first.id}`)
      .type('form')
      .send({
        _csrf: lastochka.csrf,
        version: first.version,
        text: 'The court fined the activist 30,000 roubles под Article 20.3.3.',
        intent: 'save-next',
        next: units[2].id,
      })
      .expect(303);
    expect(res.headers.location).toBe(`/workspace/translations/${id}#unit-${units[2].id}`);
    const [stored] = await t
      .get(DataSource)
      .query(`SELECT status, version, author_id FROM translation_unit WHERE id = ?`, [first.id]);
    expect(stored).toEqual({ status: 'draft', version: 2, author_id: lastochka.user.id });
    const page = await lastochka.agent.get(`/workspace/translations/${id}`).expect(200);
    expect(page.text).toContain('finding--error');
    const fixed = await api(lastochka)
      .put(`/api/v1/translations/${id}/units/${first.id}`, {
        text: 'The court fined the activist 30,000 roubles under Article 20.3.3 of the Code of Administrative Offences.',
        version: 2,
      })
      .expect(200);
    expect(fixed.body).toMatchObject({ status: 'draft', version: 3, findings: [] });
    const revisions = await t
      .get(DataSource)
      .query(`SELECT version, action FROM unit_revision WHERE unit_id = ? ORDER BY version`, [
        first.id,
      ]);
    expect(revisions).toEqual([
      { version: 2, action: 'edit' },
      { version: 3, action: 'edit' },
    ]);
  });

  it('refuses a stale save with a conflict that shows both texts, and never overwrites', async () => {
    const [{ id }] = await t
      .get(DataSource)
      .query(`SELECT id FROM translation WHERE source_id = ?`, [sourceId]);
    const unit = (await api(lastochka).get(`/api/v1/translations/${id}`).expect(200)).body.units[3];
    await api(lastochka)
      .put(`/api/v1/translations/${id}/units/${unit.id}`, {
        text: 'The decision can be appealed.',
        version: unit.version,
      })
      .expect(200);
    const stale = await api(lastochka)
      .put(`/api/v1/translations/${id}/units/${unit.id}`, {
        text: 'Second tab text.',
        version: unit.version,
      })
      .expect(409);
    expect(stale.body.error).toMatchObject({
      current: { text: 'The decision can be appealed.' },
      submitted: { text: 'Second tab text.' },
    });
    const page = await lastochka.agent
      .post(`/workspace/translations/${id}/units/${unit.id}`)
      .type('form')
      .send({ _csrf: lastochka.csrf, version: unit.version, text: 'Form tab text.' })
      .expect(409);
    expect(page.text).toContain('The decision can be appealed.');
    expect(page.text).toContain('Form tab text.');
    const [row] = await t
      .get(DataSource)
      .query(`SELECT text FROM translation_unit WHERE id = ?`, [unit.id]);
    expect(row.text).toBe('The decision can be appealed.');
  });

  it('refuses a unit of another translation, oversized text and unknown fields, changing nothing', async () => {
    const [{ id }] = await t
      .get(DataSource)
      .query(`SELECT id FROM translation WHERE source_id = ?`, [sourceId]);
    const other = await newSource('Третий текст.', 'Третий');
    const otherTranslation = (
      await api(skvorets)
        .post(`/api/v1/sources/${other.id}/translations`, { targetLanguage: 'en' })
        .expect(201)
    ).body;
    const [foreignUnit] = await t
      .get(DataSource)
      .query(`SELECT id FROM translation_unit WHERE translation_id = ?`, [otherTranslation.id]);
    await api(lastochka)
      .put(`/api/v1/translations/${id}/units/${foreignUnit.id}`, { text: 'x', version: 1 })
      .expect(404);
    await api(lastochka)
      .put(`/api/v1/translations/${otherTranslation.id}/units/${foreignUnit.id}`, {
        text: 'x',
        version: 1,
      })
      .expect(404);
    const big = await api(skvorets)
      .put(`/api/v1/translations/${otherTranslation.id}/units/${foreignUnit.id}`, {
        text: 'x'.repeat(250_000),
        version: 1,
      })
      .expect(400);
    expect(big.body.error.fields).toEqual([
      { field: 'text', message: 'The translation of a unit may be at most 200000 bytes.' },
    ]);
    await api(skvorets)
      .put(`/api/v1/translations/${otherTranslation.id}/units/${foreignUnit.id}`, {
        text: 'x',
        version: 1,
        status: 'approved',
      })
      .expect(400);
    const [row] = await t
      .get(DataSource)
      .query(`SELECT text, status FROM translation_unit WHERE id = ?`, [foreignUnit.id]);
    expect(row).toEqual({ text: '', status: 'empty' });
  });

  it('refuses to submit while a unit is empty or has a QA error, then submits and locks submitted units', async () => {
    const [{ id, version }] = await t
      .get(DataSource)
      .query(`SELECT id, version FROM translation WHERE source_id = ?`, [sourceId]);
    const empty = await lastochka.agent
      .post(`/workspace/translations/${id}/submit`)
      .type('form')
      .send({ _csrf: lastochka.csrf, version })
      .expect(400);
    expect(empty.text).toContain('2 units are still empty (units 1, 3).');
    const units = (await api(lastochka).get(`/api/v1/translations/${id}`).expect(200)).body.units;
    await api(lastochka)
      .put(`/api/v1/translations/${id}/units/${units[0].id}`, {
        text: 'A fine for a post',
        version: 1,
      })
      .expect(200);
    await api(lastochka)
      .put(`/api/v1/translations/${id}/units/${units[2].id}`, {
        text: '«Memorial» was declared a foreign agent. Алексей Navalny spoke of pressure.',
        version: units[2].version,
      })
      .expect(200);
    const qa = await api(lastochka)
      .post(`/api/v1/translations/${id}/submit`, { version })
      .expect(400);
    expect(qa.body.error.message).toBe('1 unit has a QA error (unit 3). Fix it before submitting.');
    const fixed = await api(lastochka)
      .put(`/api/v1/translations/${id}/units/${units[2].id}`, {
        text: 'Memorial was declared a foreign agent. Alexei Navalny spoke of pressure.',
        version: units[2].version + 1,
      })
      .expect(200);
    expect(fixed.body.findings).toEqual([]);
    await api(skvorets).post(`/api/v1/translations/${id}/submit`, { version }).expect(404);
    const submitted = await api(lastochka)
      .post(`/api/v1/translations/${id}/submit`, { version })
      .expect(200);
    expect(submitted.body.status).toBe('in_review');
    const statuses = await t
      .get(DataSource)
      .query(`SELECT status FROM translation_unit WHERE translation_id = ? ORDER BY id`, [id]);
    expect(statuses.map((s: { status: string }) => s.status)).toEqual([
      'submitted',
      'submitted',
      'submitted',
      'submitted',
    ]);
    const locked = await api(lastochka)
      .put(`/api/v1/translations/${id}/units/${units[1].id}`, {
        text: 'Changed after submitting.',
        version: 4,
      })
      .expect(400);
    expect(locked.body.error.code).toBe('workflow:illegal-transition');
  });

  it('filters source texts by translation state', async () => {
    const inReview = await editor.agent.get('/workspace/sources?state=in_review').expect(200);
    expect(inReview.text).toContain('Штраф за пост');
    expect(inReview.text).not.toContain('Освобождаемый');
    const untranslated = await editor.agent
      .get('/workspace/sources?state=untranslated')
      .expect(200);
    expect(untranslated.text).toContain('Другой');
    expect(untranslated.text).not.toContain('Штраф за пост');
    const inProgress = await editor.agent.get('/workspace/sources?state=in_progress').expect(200);
    expect(inProgress.text).toContain('Освобождаемый');
  });
});
