import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download } from './support/exchange-files.js';
import { countRows } from './support/row-count.js';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';
import { createInitiative, createSource, translate } from './support/workflow.js';

const dir = mkdtempSync(join(tmpdir(), 'bridges-tmx-'));

describe('TMX 1.4b export and import of the memory', () => {
  let t: TestApp;
  let editor: SignedInClient;
  let lastochka: SignedInClient;
  let outsider: SignedInClient;
  let initiativeId: number;

  const upload = (c: SignedInClient, bytes: Buffer, name = 'memory.tmx') =>
    c.agent
      .post('/api/v1/tm/tmx')
      .set('x-csrf-token', c.csrf)
      .field('sourceLanguage', 'ru')
      .field('targetLanguage', 'en')
      .attach('file', bytes, name);

  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.signIn(await t.createUser('lipa', ['editor', 'reviewer']));
    lastochka = await t.signIn(await t.createUser('lastochka', ['translator'], ['ru>en']));
    outsider = await t.signIn(await t.createUser('grach', ['translator'], []));
    initiativeId = await createInitiative(editor);
    // Two translations whose units reached the memory: one published, one still in the works.
    const db = t.get(DataSource);
    for (const [title, target, status] of [
      ['Опубликованный', 'Published text', 'published'],
      ['Черновой', 'Unpublished text', 'draft'],
    ] as const) {
      const source = await createSource(editor, initiativeId, 'Текст.', title);
      const id = await translate(lastochka, source.id, [target, target]);
      await db.query(`UPDATE translation SET status = ? WHERE id = ?`, [status, id]);
      const [unit] = await db.query(
        `SELECT id FROM translation_unit WHERE translation_id = ? ORDER BY id LIMIT 1`,
        [id],
      );
      await db.query(
        `INSERT INTO tm_entry (source_language, target_language, source_text, target_text, origin, unit_id, created_at)
         VALUES ('ru', 'en', ?, ?, 'unit', ?, CURRENT_TIMESTAMP)`,
        [title, target, unit.id],
      );
    }
  });
  afterAll(() => t.close());

  it('exports only published work, valid against the TMX 1.4 DTD, to people in the pair', async () => {
    const res = await download(
      lastochka.agent,
      '/api/v1/tm/tmx?sourceLanguage=ru&targetLanguage=en',
    );
    const xml = res.xml;
    expect(res.headers['content-disposition']).toContain('memory-ru-en.tmx');
    expect(xml).toContain('<seg>Published text</seg>');
    expect(xml).not.toContain('Unpublished text');
    const path = join(dir, 'export.tmx');
    writeFileSync(path, xml);
    execFileSync('xmllint', ['--nonet', '--noout', '--dtdvalid', 'schemas/tmx14.dtd', path], {
      stdio: 'pipe',
    });
    await outsider.agent.get('/api/v1/tm/tmx?sourceLanguage=ru&targetLanguage=en').expect(403);
    await lastochka.agent.get('/api/v1/tm/tmx?sourceLanguage=ru&targetLanguage=xx').expect(400);
  });

  it('imports a file written by po2tmx, records its origin and shows it on matches', async () => {
    const po = join(dir, 'in.po');
    writeFileSync(
      po,
      'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n' +
        'msgid "Суд оштрафовал активистку за пост"\nmsgstr "The court fined an activist for a post"\n\n' +
        'msgid "Апелляция отклонена"\nmsgstr "The appeal was rejected"\n',
    );
    execFileSync(
      'po2tmx',
      ['-l', 'en', '--source-language=ru', '-i', po, '-o', join(dir, 'in.tmx')],
      {
        stdio: 'pipe',
      },
    );
    const bytes = readFileSync(join(dir, 'in.tmx'));
    expect(bytes.toString()).toContain('<!DOCTYPE tmx SYSTEM "tmx14.dtd">');
    await upload(lastochka, bytes).expect(403);
    await lastochka.agent
      .post('/api/v1/tm/tmx')
      .field('sourceLanguage', 'ru')
      .field('targetLanguage', 'en')
      .attach('file', bytes, 'x.tmx')
      .expect(403);
    const res = await upload(editor, bytes, 'court.tmx').expect(200);
    expect(res.body).toEqual({
      imported: 2,
      skipped: 0,
      originFile: 'court.tmx (Translate Toolkit)',
    });
    const matches = await lastochka.agent
      .get('/api/v1/tm/matches')
      .query({
        sourceLanguage: 'ru',
        targetLanguage: 'en',
        text: 'Суд оштрафовал активистку за пост',
      })
      .expect(200);
    expect(matches.body.matches[0]).toMatchObject({
      target: 'The court fined an activist for a post',
      quality: 100,
      origin: 'import',
      originFile: 'court.tmx (Translate Toolkit)',
    });
    const source = await createSource(editor, initiativeId, 'Апелляция отклонена.', 'Апелляция');
    const id = await translate(lastochka, source.id, []);
    const page = await lastochka.agent.get(`/workspace/translations/${id}`).expect(200);
    expect(page.text).toContain('The appeal was rejected');
    expect(page.text).toContain('imported from court.tmx (Translate Toolkit)');
  });

  const hostile: [string, string, RegExp][] = [
    [
      'billion laughs',
      '<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "tmx14.dtd" [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><tmx version="1.4"><body><tu><tuv xml:lang="ru"><seg>&b;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>',
      /DOCTYPE/,
    ],
    [
      'XXE',
      '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tmx version="1.4"><body><tu><tuv xml:lang="ru"><seg>&x;</seg></tuv></tu></body></tmx>',
      /DOCTYPE/,
    ],
    [
      'a file cut short after good units',
      '<tmx version="1.4"><body><tu><tuv xml:lang="ru"><seg>Один</seg></tuv><tuv xml:lang="en"><seg>One</seg></tuv></tu><tu><tuv xml:lang="ru"><seg>Два',
      /well-formed/,
    ],
    ['deep nesting', '<tmx version="1.4">' + '<hi>'.repeat(100_000) + '</tmx>', /levels deep/],
    [
      'a file with no ru/en pairs',
      '<tmx version="1.4"><body><tu><tuv xml:lang="de"><seg>Eins</seg></tuv></tu></body></tmx>',
      /no units/,
    ],
  ];
  for (const [name, body, message] of hostile) {
    it(`refuses ${name} and imports nothing`, async () => {
      const before = await countRows(t, 'tm_entry');
      const res = await upload(editor, Buffer.from(body)).expect(400);
      expect(JSON.stringify(res.body)).toMatch(message);
      expect(await countRows(t, 'tm_entry')).toBe(before);
    });
  }
});
