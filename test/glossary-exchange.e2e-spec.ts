import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download } from './support/exchange-files.js';
import { DataSource } from 'typeorm';
import { SessionService } from '../src/auth/session.service.js';
import { GlossaryImportDraftRow } from '../src/exchange/glossary-import-draft.entity.js';
import { UsersService } from '../src/users/users.service.js';
import { countRows } from './support/row-count.js';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';

const dir = mkdtempSync(join(tmpdir(), 'bridges-glossary-'));

const TERMS = [
  {
    sourceLanguage: 'ru',
    term: 'иностранный агент',
    forms: ['иноагент'],
    note: 'A status under the 2012 law; "agent" here is not a spy.',
    renderings: { en: 'foreign agent' },
    forbidden: { en: ['foreign spy', 'alien agent'] },
  },
  {
    sourceLanguage: 'ru',
    term: 'Мемориал',
    forms: [],
    note: '=HYPERLINK("http://evil.example")',
    renderings: { en: '"Memorial", human rights centre' },
  },
  {
    sourceLanguage: 'ru',
    term: 'прокуратура',
    forms: [],
    note: '',
    renderings: { en: "prosecutor's office" },
  },
];

describe('glossary exchange as TBX and CSV', () => {
  let t: TestApp;
  let editor: SignedInClient;
  let translator: SignedInClient;
  const ids: number[] = [];

  const preview = (
    c: SignedInClient,
    bytes: Buffer,
    fields: Record<string, string>,
    name = 'glossary.csv',
  ) => {
    let req = c.agent.post('/api/v1/glossary/import/preview').set('x-csrf-token', c.csrf);
    for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
    return req.attach('file', bytes, name);
  };
  const commit = (c: SignedInClient, body: { token: string; version: string }) =>
    c.agent
      .post('/api/v1/glossary/import/commit')
      .set('x-csrf-token', c.csrf)
      .send({ token: body.token, version: body.version });
  const csvFields = { format: 'csv', sourceLanguage: 'ru', targetLanguage: 'en' };
  const glossaryState = async () =>
    (await editor.agent.get('/api/v1/glossary?sourceLanguage=ru').expect(200)).body.terms;

  beforeAll(async () => {
    t = await startTestApp({ LANGUAGE_PAIRS: 'ru>en,en>ru' });
    editor = await t.signIn(await t.createUser('lipa', ['editor']));
    translator = await t.signIn(await t.createUser('chizh', ['translator'], ['ru>en']));
    for (const term of TERMS) {
      const res = await editor.agent
        .post('/api/v1/glossary')
        .set('x-csrf-token', editor.csrf)
        .send(term)
        .expect(201);
      ids.push(res.body.id);
    }
  });
  afterAll(() => t.close());

  it('exports TBX-Basic that translate-toolkit reads, and imports it back changing nothing', async () => {
    const { xml, headers } = await download(
      translator.agent,
      '/api/v1/glossary/tbx?sourceLanguage=ru',
    );
    expect(headers['content-disposition']).toContain('glossary-ru.tbx');
    expect(xml).toContain('<martif type="TBX-Basic" xml:lang="en">');
    expect(xml).toContain('<term>foreign spy</term>');
    expect(xml).toContain('deprecatedTerm-admn-sts');
    expect(xml).toContain('admittedTerm-admn-sts');
    const path = join(dir, 'export.tbx');
    writeFileSync(path, xml);
    // No TBX schema is kept offline (the TBX 2 core DTD is not in the repository): well-formed
    // by xmllint, then read by translate-toolkit.
    execFileSync('xmllint', ['--nonet', '--noout', path], { stdio: 'pipe' });
    execFileSync('tbx2po', [path, join(dir, 'export.po')], { stdio: 'pipe' });
    const po = readFileSync(join(dir, 'export.po'), 'utf8');
    expect(po).toContain('msgid "иностранный агент"\nmsgstr "foreign agent"');
    expect(po).toContain('msgid "Мемориал"\nmsgstr "\\"Memorial\\", human rights centre"');
    expect(po.match(/^msgid "[^"]/gm)).toHaveLength(3);

    const before = await glossaryState();
    const res = await preview(
      editor,
      Buffer.from(xml),
      { format: 'tbx', sourceLanguage: 'ru' },
      'g.tbx',
    ).expect(200);
    expect(res.body.counts).toEqual({ added: 0, changed: 0, unchanged: 3, refused: 0 });
    await commit(editor, res.body).expect(200);
    expect(await glossaryState()).toEqual(before);
  });

  it('exports CSV that a CSV reader takes back, formulas defused, and imports it back changing nothing', async () => {
    const { xml: csv } = await download(
      translator.agent,
      '/api/v1/glossary/csv?sourceLanguage=ru&targetLanguage=en',
    );
    expect(csv.startsWith('\uFEFFsource,target,note\r\n')).toBe(true);
    const path = join(dir, 'export.csv');
    writeFileSync(path, csv);
    // Python's csv module, not ours, reads the file back.
    const rows = JSON.parse(
      execFileSync(
        'python3',
        [
          '-c',
          'import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))))',
          path,
        ],
        { encoding: 'utf8' },
      ),
    ) as string[][];
    expect(rows).toEqual([
      ['source', 'target', 'note'],
      [
        'иностранный агент',
        'foreign agent',
        'A status under the 2012 law; "agent" here is not a spy.',
      ],
      ['Мемориал', '"Memorial", human rights centre', `'=HYPERLINK("http://evil.example")`],
      ['прокуратура', "prosecutor's office", ''],
    ]);
    const before = await glossaryState();
    const res = await preview(editor, Buffer.from(csv), csvFields).expect(200);
    expect(res.body.counts).toEqual({ added: 0, changed: 0, unchanged: 3, refused: 0 });
    await commit(editor, res.body).expect(200);
    expect(await glossaryState()).toEqual(before);
  });

  it('previews added, changed, unchanged and refused rows without writing, then commits them', async () => {
    const csv = [
      'note,target,source,location',
      '"A status under the 2012 law; ""agent"" here is not a spy.",foreign agent,иностранный агент,x',
      ',public prosecutor,ПРОКУРАТУРА,',
      'New one,undesirable organisation,нежелательная организация,',
      ',,без перевода,',
      ',Memorial again,мемориал,',
      ',second,нежелательная организация,',
    ].join('\n');
    const before = await glossaryState();
    const auditBefore = await countRows(t, 'audit_event');
    const res = await preview(editor, Buffer.from(`\uFEFF${csv}`), csvFields).expect(200);
    expect(res.body.counts).toEqual({ added: 1, changed: 2, unchanged: 1, refused: 2 });
    expect(
      res.body.rows.map((r: { line: number; outcome: string }) => [r.line, r.outcome]),
    ).toEqual([
      [2, 'unchanged'],
      [3, 'changed'],
      [4, 'added'],
      [5, 'refused'],
      [6, 'changed'],
      [7, 'refused'],
    ]);
    expect(res.body.rows[1].changes).toEqual(['term', 'renderings.en']);
    expect(res.body.rows[3].problem.message).toMatch(/rendering/i);
    expect(res.body.rows[5].problem.message).toContain('line 4');
    // The preview wrote nothing.
    expect(await glossaryState()).toEqual(before);
    expect(await countRows(t, 'audit_event')).toBe(auditBefore);

    const done = await commit(editor, res.body).expect(200);
    expect(done.body.counts).toEqual(res.body.counts);
    const after = await glossaryState();
    expect(after).toHaveLength(4);
    const byTerm = new Map(after.map((x: { term: string }) => [x.term.toLowerCase(), x]));
    expect(byTerm.get('прокуратура')).toMatchObject({
      term: 'ПРОКУРАТУРА',
      note: '',
      renderings: { en: 'public prosecutor' },
      version: 2,
    });
    // CSV carries no forms and no renderings to avoid: those are kept.
    expect(byTerm.get('мемориал')).toMatchObject({ renderings: { en: 'Memorial again' } });
    expect(byTerm.get('иностранный агент')).toMatchObject({
      forms: ['иноагент'],
      forbidden: { en: ['foreign spy', 'alien agent'] },
      version: 1,
    });
    expect(byTerm.get('нежелательная организация')).toMatchObject({
      renderings: { en: 'undesirable organisation' },
      note: 'New one',
    });
    // A token serves once.
    await commit(editor, res.body).expect(404);
  });

  it('refuses a commit once the glossary changed since the preview, and writes nothing', async () => {
    const { xml } = await download(editor.agent, '/api/v1/glossary/tbx?sourceLanguage=ru');
    const edited = xml.replace(
      '<term>foreign agent</term>',
      '<term>foreign agent (designated)</term>',
    );
    const res = await preview(
      editor,
      Buffer.from(edited),
      { format: 'tbx', sourceLanguage: 'ru' },
      'g.tbx',
    ).expect(200);
    expect(res.body.counts.changed).toBe(1);
    const term = (await editor.agent.get(`/api/v1/glossary/${ids[2]}`).expect(200)).body;
    await editor.agent
      .put(`/api/v1/glossary/${ids[2]}`)
      .set('x-csrf-token', editor.csrf)
      .send({ ...term, id: undefined, note: 'changed meanwhile' })
      .expect(200);
    const before = await glossaryState();
    const refused = await commit(editor, res.body).expect(409);
    expect(refused.body.error.message).toMatch(/changed since the preview/);
    expect(await glossaryState()).toEqual(before);
    await commit(editor, { token: res.body.token, version: 'not-the-version' }).expect(409);
  });

  it('keeps one draft per person, its token only hashed, and drops it with the account', async () => {
    const csv = Buffer.from('source,target\nчерновик,draft\n');
    const leaving = await t.signIn(await t.createUser('klest', ['editor']));
    const before = await countRows(t, 'glossary_import_draft');
    await preview(leaving, csv, csvFields).expect(200);
    const res = await preview(leaving, csv, csvFields).expect(200);
    expect(await countRows(t, 'glossary_import_draft')).toBe(before + 1);
    const rows = (await t
      .get(DataSource)
      .query(`SELECT token_hash FROM glossary_import_draft WHERE user_id = ?`, [
        leaving.user.id,
      ])) as { token_hash: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).not.toContain(res.body.token);
    await t.get(UsersService).deleteAccount(editor.user.id, leaving.user.id);
    expect(await countRows(t, 'glossary_import_draft')).toBe(before);
  });

  it('refuses an expired draft, which the hourly purge then removes', async () => {
    const late = await t.signIn(await t.createUser('sinica', ['editor']));
    const res = await preview(late, Buffer.from('source,target\nпозже,later\n'), csvFields).expect(
      200,
    );
    const drafts = t.get(DataSource).getRepository(GlossaryImportDraftRow);
    await drafts.update({ userId: late.user.id }, { expiresAt: new Date(Date.now() - 1000) });
    const gone = await commit(late, res.body).expect(404);
    expect(gone.body.error.code).toBe('exchange:glossary-preview-gone');
    expect(await drafts.countBy({ userId: late.user.id })).toBe(1);
    await t.get(SessionService).purgeExpired();
    expect(await drafts.countBy({ userId: late.user.id })).toBe(0);
    expect((await glossaryState()).some((x: { term: string }) => x.term === 'позже')).toBe(false);
  });

  it('lets only editors import, with CSRF, and only their own previews', async () => {
    const csv = Buffer.from('source,target\nновый,new\n');
    const refused = await preview(translator, csv, csvFields).expect(403);
    expect(refused.body.error.message).toBeTruthy();
    await editor.agent
      .post('/api/v1/glossary/import/preview')
      .field('format', 'csv')
      .field('sourceLanguage', 'ru')
      .field('targetLanguage', 'en')
      .attach('file', csv, 'g.csv')
      .expect(403);
    const res = await preview(editor, csv, csvFields).expect(200);
    const otherEditor = await t.signIn(await t.createUser('grach', ['editor']));
    await commit(otherEditor, res.body).expect(404);
    await commit(translator, res.body).expect(403);
    await editor.agent
      .post('/api/v1/glossary/import/commit')
      .send({ token: res.body.token, version: res.body.version })
      .expect(403);
    expect((await glossaryState()).some((x: { term: string }) => x.term === 'новый')).toBe(false);
  });

  const bad: [string, string, Record<string, string>, RegExp][] = [
    [
      'a TBX with an internal DTD subset',
      '<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY x SYSTEM "file:///etc/passwd">]><martif><text><body><termEntry><langSet xml:lang="ru"><tig><term>&x;</term></tig></langSet></termEntry></body></text></martif>',
      { format: 'tbx', sourceLanguage: 'ru' },
      /DOCTYPE/,
    ],
    ['a CSV cut inside a quoted cell', 'source,target\n"незакрытая,x\n', csvFields, /never closed/],
    ['a CSV without a header', 'иноагент,foreign agent\n', csvFields, /first row/],
    ['a CSV in another encoding', '', csvFields, /UTF-8/],
    [
      'an XLIFF sent as TBX',
      '<xliff version="1.2"/>',
      { format: 'tbx', sourceLanguage: 'ru' },
      /not a TBX/,
    ],
    [
      'a CSV for a pair not translated here',
      'source,target\nа,b\n',
      { ...csvFields, targetLanguage: 'ru' },
      /not translated into/,
    ],
  ];
  for (const [name, body, fields, message] of bad) {
    it(`refuses ${name}`, async () => {
      const bytes =
        body === '' ? Buffer.from([0x73, 0x6f, 0x75, 0xff, 0xfe, 0x0a]) : Buffer.from(body);
      const res = await preview(editor, bytes, fields).expect(400);
      expect(JSON.stringify(res.body)).toMatch(message);
    });
  }

  it('makes QA warn about a rendering to avoid that a TBX import brought', async () => {
    const tbx = `<martif type="TBX-Basic"><text><body><termEntry>
<langSet xml:lang="ru"><tig><term>политзэк</term></tig></langSet>
<langSet xml:lang="en"><tig><term>political prisoner</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
<tig><term>prisoner of conscience</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
</termEntry></body></text></martif>`;
    const res = await preview(
      editor,
      Buffer.from(tbx),
      { format: 'tbx', sourceLanguage: 'ru' },
      'g.tbx',
    ).expect(200);
    await commit(editor, res.body).expect(200);
    const qa = await translator.agent
      .post('/api/v1/qa')
      .set('x-csrf-token', translator.csrf)
      .send({
        sourceLanguage: 'ru',
        targetLanguage: 'en',
        source: 'Политзэк объявил голодовку.',
        target: 'A prisoner of conscience went on hunger strike.',
      })
      .expect(200);
    expect(qa.body.findings).toContainEqual(
      expect.objectContaining({
        check: 'forbidden-rendering',
        message: expect.stringContaining('prisoner of conscience'),
      }),
    );
  });

  it('imports a TBX file written by translate-toolkit (csv2tbx)', async () => {
    const csv = join(dir, 'tt.csv');
    writeFileSync(csv, 'source,target\n"политзаключённый","political prisoner"\n');
    execFileSync('csv2tbx', [csv, join(dir, 'tt.tbx')], { stdio: 'pipe' });
    // csv2tbx cannot be told the languages: it writes "en" and "xx".
    const tbx = readFileSync(join(dir, 'tt.tbx'), 'utf8')
      .replace('<langSet xml:lang="en">', '<langSet xml:lang="ru">')
      .replace('<langSet xml:lang="xx">', '<langSet xml:lang="en">');
    expect(tbx).toContain('<!DOCTYPE martif PUBLIC');
    const res = await preview(
      editor,
      Buffer.from(tbx),
      { format: 'tbx', sourceLanguage: 'ru' },
      'tt.tbx',
    ).expect(200);
    expect(res.body.counts).toEqual({ added: 1, changed: 0, unchanged: 0, refused: 0 });
    await commit(editor, res.body).expect(200);
    const added = (await glossaryState()).find(
      (x: { term: string }) => x.term === 'политзаключённый',
    );
    expect(added).toMatchObject({
      renderings: { en: 'political prisoner' },
      forms: [],
      forbidden: {},
    });
  });
});
