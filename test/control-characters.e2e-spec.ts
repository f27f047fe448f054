import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startReviewTeam } from './support/review-team.js';
import type { SignedInClient, TestApp } from './support/test-app.js';
import { api, createSource, translate } from './support/workflow.js';

describe('control characters in text fields', () => {
  let t: TestApp;
  let editor: SignedInClient;
  let translator: SignedInClient;
  let initiativeId: number;

  beforeAll(async () => {
    ({ t, editor, translator, initiativeId } = await startReviewTeam());
  });
  afterAll(() => t.close());

  const count = async (table: string) =>
    (await t.get(DataSource).query(`SELECT count(*) AS n FROM "${table}"`))[0].n as number;

  it.each(['\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085'])(
    'refuses %j in a source body with a translated 400 and creates nothing',
    async (bad) => {
      const before = await count('source_text');
      for (const lang of ['en', 'ru']) {
        const refused = await api(editor)
          .post(`/api/v1/sources?lang=${lang}`, {
            initiativeId,
            language: 'ru',
            kind: 'news',
            title: 'Заголовок',
            body: `Текст${bad}с управляющим символом.`,
            licence: 'CC-BY-4.0',
          })
          .expect(400);
        expect(refused.body.error.fields).toContainEqual(
          expect.objectContaining({
            field: 'body',
            message:
              lang === 'en'
                ? 'Control characters (such as NUL) are not allowed here.'
                : 'Управляющие символы (например, NUL) здесь недопустимы.',
          }),
        );
      }
      expect(await count('source_text')).toBe(before);
    },
  );

  it('refuses NUL in a unit text and keeps the saved one; tabs and line breaks stay allowed', async () => {
    const source = await createSource(editor, initiativeId, 'Одно предложение.', 'Символы');
    const id = await translate(translator, source.id, ['Characters', 'One\tsentence.']);
    const units = (await api(translator).get(`/api/v1/translations/${id}`).expect(200)).body
      .units as { id: number; version: number; text: string }[];
    const unit = units[1]!;
    expect(unit.text).toBe('One\tsentence.');
    await api(translator)
      .put(`/api/v1/translations/${id}/units/${unit.id}`, {
        text: 'One\u0000sentence.',
        version: unit.version,
      })
      .expect(400);
    const after = (await api(translator).get(`/api/v1/translations/${id}`).expect(200)).body
      .units as { text: string }[];
    expect(after[1]!.text).toBe('One\tsentence.');
  });

  const newSource = (extra: object) =>
    api(editor).post('/api/v1/sources', {
      initiativeId,
      language: 'ru',
      kind: 'news',
      title: 'Заголовок',
      body: 'Текст.',
      licence: 'CC-BY-4.0',
      ...extra,
    });

  // Fields that are not a TextField: lists of strings, tags, and pattern-checked names.
  const refusals = (bad: string) => [
    {
      table: 'glossary_term',
      field: 'forms',
      send: () =>
        api(editor).post('/api/v1/glossary', {
          sourceLanguage: 'ru',
          term: 'иноагент',
          forms: ['иноагенты', `ино${bad}агент`],
          renderings: { en: 'foreign agent' },
        }),
    },
    {
      table: 'person',
      field: 'variants',
      send: () =>
        api(editor).post('/api/v1/names', {
          cyrillic: 'Алексей Навальный',
          spelling: 'Alexei Navalny',
          variants: [`Aleksei${bad} Navalny`],
        }),
    },
    {
      table: 'person',
      field: 'spelling',
      send: () =>
        api(editor).post('/api/v1/names', {
          cyrillic: 'Юлия Навальная',
          spelling: `Yulia${bad} Navalnaya`,
        }),
    },
    {
      table: 'source_text',
      field: 'authors',
      send: () => newSource({ authors: [`Автор${bad}`] }),
    },
    {
      table: 'source_text',
      field: 'tags',
      send: () => newSource({ tags: [`суд${bad}`] }),
    },
  ];

  it.each(['\u0000', '\u0007', '\u001b', '\u007f', '\u0085'])(
    'refuses %j in list, tag and name fields with a translated 400 and writes nothing',
    async (bad) => {
      for (const attempt of refusals(bad)) {
        const before = await count(attempt.table);
        const refused = await attempt.send().set('accept-language', 'ru').expect(400);
        const error = (refused.body.error.fields as { field: string; message: string }[]).find(
          (f) => f.field.startsWith(attempt.field),
        );
        expect(error, attempt.field).toBeDefined();
        expect(error!.message).toMatch(/[а-я]/);
        expect(await count(attempt.table), attempt.field).toBe(before);
      }
    },
  );

  it('names control characters in a list item as such', async () => {
    const refused = await refusals('\u0000')[0]!.send().expect(400);
    expect(refused.body.error.fields).toContainEqual(
      expect.objectContaining({
        field: 'forms',
        message: 'Control characters (such as NUL) are not allowed here.',
      }),
    );
  });
});
