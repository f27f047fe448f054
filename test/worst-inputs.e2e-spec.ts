import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fill,
  htmlInputs,
  jsonBodies,
  markdownInputs,
  overLimitBodies,
  qaInputs,
  searchQueries,
  segmenterInputs,
  TEXT_LIMIT,
  UPLOAD_LIMIT,
} from '../bench/worst-inputs.js';
import { DemoLoader } from '../src/demo/demo-loader.service.js';
import { SearchService } from '../src/search/search.service.js';
import { MAX_HTML_DEPTH } from '../src/sources/import/html-depth.rules.js';
import { ImportError } from '../src/sources/import/import-error.rules.js';
import { MAX_FIELD_ERRORS } from '../src/common/validation/validate-input.js';
import { MAX_IMPORT_BLOCKS } from '../src/sources/import/block-count.rules.js';
import { importBody } from '../src/sources/import/import-file.rules.js';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';
import { api, createInitiative, importFile } from './support/workflow.js';

// What the app answers to the worst inputs `npm run bench:worst` times (one module builds
// both), so the benchmark's figures are for right answers, not for shortcuts.
let t: TestApp;
let editor: SignedInClient;

beforeAll(async () => {
  t = await startTestApp({ DEMO_DATA: 'on' });
  await t.get(DemoLoader).loadIfEmpty();
  editor = await t.signIn(await t.createUser('worst-editor', ['editor', 'translator']));
});
afterAll(async () => t.close());

const segment = (text: unknown, language = 'en') =>
  api(editor).post('/api/v1/segment', { language: 'ru', text }).set('accept-language', language);

describe('segmenter at its input limit', () => {
  const inputs = segmenterInputs();
  const sentences = async (text: string) => {
    const response = await segment(text).expect(200);
    const paragraphs = response.body.paragraphs as { text: string; sentences: string[] }[];
    // Nothing is lost: the sentences of each paragraph are its text.
    for (const p of paragraphs) expect(p.sentences.join(' ')).toBe(p.text);
    return paragraphs.flatMap((p) => p.sentences);
  };

  it('splits ordinary prose and every worst input as a reader would', async () => {
    expect(inputs.normal).toHaveLength(TEXT_LIMIT);
    expect((await sentences(inputs.normal)).length).toBe(4196);
    const counts: Record<string, number> = {};
    for (const [name, text] of Object.entries(inputs.worst)) {
      if (name === 'blank lines only') continue;
      counts[name] = (await sentences(text)).length;
    }
    expect(counts).toEqual({
      'initials "А. А. "': 1,
      'questions "Да? "': TEXT_LIMIT / 4,
      'abbreviations "ст. "': 1,
      'years "2022 г. "': 1,
      'ellipses "а… А "': TEXT_LIMIT / 5 + 1,
      'quotes and initials "«„(А. "': 2,
      'one sentence, no stop': 1,
    });
  });

  it('refuses a blank text and one character over the limit with a translated 400', async () => {
    const blank = await segment(inputs.worst['blank lines only']).expect(400);
    expect(blank.body.error.fields[0].field).toBe('text');
    const over = await segment(fill('А. ', TEXT_LIMIT + 1), 'ru').expect(400);
    expect(over.body.error.fields[0]).toMatchObject({ field: 'text' });
    expect(over.body.error.fields[0].message).toMatch(/200[\s ]?000/);
    expect(over.body.error.fields[0].message).toMatch(/[а-я]/);
  });
});

describe('JSON bodies at the depth and key limits', () => {
  const post = (payload: string, language = 'en') =>
    editor.agent
      .post('/api/v1/segment')
      .set('x-csrf-token', editor.csrf)
      .set('content-type', 'application/json')
      .set('accept-language', language)
      .send(payload);

  it('parses every worst body and refuses the ill-typed ones field by field', async () => {
    const bodies = jsonBodies();
    expect((await post(bodies.normal).expect(200)).body.paragraphs).toHaveLength(1);
    const answers: Record<string, unknown> = {};
    for (const [name, payload] of Object.entries(bodies.worst)) {
      expect(payload.length).toBeLessThanOrEqual(bodies.normal.length);
      const response = await post(payload);
      answers[name] = [
        response.status,
        response.status === 400
          ? response.body.error.fields.length
          : response.body.paragraphs.length,
      ];
    }
    expect(answers).toEqual({
      // Refused whole; the first MAX_FIELD_ERRORS unknown keys are named.
      '10000 unknown keys': [400, MAX_FIELD_ERRORS],
      '10000 keys in the text field': [400, 1],
      'arrays 32 deep': [400, 1],
      'one flat array of numbers': [400, 1],
      'escaped characters': [200, 1],
    });
  });

  it('refuses a body one level too deep or with one key too many before parsing it', async () => {
    const over = overLimitBodies();
    const deep = await post(over['too deep']!, 'ru').expect(400);
    expect(deep.body.error.message).toBe('В теле запроса слишком глубокая вложенность.');
    const keys = await post(over['too many keys']!).expect(400);
    expect(keys.body.error.message).toMatch(/keys|fields/i);
  });
});

describe('importers at the upload limit', () => {
  // The builders make the same pattern at any size; a tenth of the limit keeps this quick,
  // the limit itself is tried through the API below.
  const size = UPLOAD_LIMIT / 10;
  const encoder = new TextEncoder();
  const outcome = (text: string, filename: string) => {
    try {
      const { body } = importBody(encoder.encode(text), filename, UPLOAD_LIMIT);
      return { blocks: body.split('\n\n').length, letters: body.split('а').length - 1 };
    } catch (error) {
      return (error as ImportError).key;
    }
  };
  const lettersIn = (text: string) => text.split('а').length - 1;

  it('keeps every letter of the worst HTML, refuses deep inline nesting', () => {
    const inputs = htmlInputs(size);
    const results = Object.fromEntries(
      Object.entries(inputs.worst).map(([name, text]) => [name, outcome(text, 'page.html')]),
    );
    const letters = (name: string) => lettersIn(inputs.worst[name]!);
    expect(outcome(inputs.normal, 'page.html')).toMatchObject({
      letters: lettersIn(inputs.normal),
    });
    expect(results).toEqual({
      'nested <div> at the depth limit': {
        blocks: letters('nested <div> at the depth limit'),
        letters: letters('nested <div> at the depth limit'),
      },
      'nested <ul><li> at the depth limit': {
        blocks: letters('nested <ul><li> at the depth limit'),
        letters: letters('nested <ul><li> at the depth limit'),
      },
      // 16,600 list items at a tenth of the limit: more blocks than a text may have.
      'unclosed <li> (not counted)': 'sources:import-too-many-blocks',
      'unclosed <li>, as many as accepted': {
        blocks: letters('unclosed <li>, as many as accepted'),
        letters: letters('unclosed <li>, as many as accepted'),
      },
      'unclosed <b><i> (inline)': 'sources:import-too-deep',
      'one-letter elements': { blocks: 1, letters: letters('one-letter elements') },
      entities: { blocks: 1, letters: 0 },
      attributes: { blocks: 1, letters: letters('attributes') },
      'comments and CDATA': 'sources:import-empty',
      'open doctype subset': 'sources:import-empty',
      'unterminated tags': 'sources:import-empty',
    });
  });

  it('keeps every letter of the worst Markdown up to the deepest nesting it accepts', () => {
    const inputs = markdownInputs(size);
    for (const [name, text] of Object.entries(inputs.worst)) {
      const result = outcome(text, 'text.md');
      expect(result, name).toMatchObject({ letters: lettersIn(text) });
    }
  });

  it('refuses a file one byte over the limit or one level too deep with a translated 400', async () => {
    const initiativeId = await createInitiative(editor, { slug: 'worst-imports' });
    const upload = (bytes: Buffer, name: string) => importFile(editor, initiativeId, bytes, name);
    const tooDeep = `<div>${'<div>'.repeat(MAX_HTML_DEPTH)}а${'</div>'.repeat(MAX_HTML_DEPTH + 1)}`;
    const deep = await upload(Buffer.from(tooDeep), 'deep.html');
    expect(deep.status).toBe(400);
    expect(deep.body.error.message).toContain(String(MAX_HTML_DEPTH));
    const rows = `| а | б |\n| - | - |\n${'| а | б |\n'.repeat(MAX_IMPORT_BLOCKS)}`;
    const many = await upload(Buffer.from(rows), 'rows.md');
    expect(many.status).toBe(400);
    expect(many.body.error.message).toContain(String(MAX_IMPORT_BLOCKS));
    const large = await upload(Buffer.alloc(UPLOAD_LIMIT + 1, 'а'), 'large.txt');
    // Too large is a 413, translated and with the security headers like any refusal.
    expect(large.status).toBe(413);
    expect(large.body.error.message).toBe('Это больше допустимого размера.');
    expect(large.headers['content-security-policy']).toBeDefined();
  });
});

describe('search with the worst queries', () => {
  it('finds the demo texts for ordinary words and answers every worst query', async () => {
    const queries = searchQueries();
    // The service, as the bench calls it: 10,000 Cyrillic characters make a URL longer than
    // the server reads (431), so over HTTP a query never gets this long.
    const search = (q: string) => t.get(SearchService).search({ q });
    expect((await search(queries.normal)).total).toBeGreaterThan(0);
    const answers = Object.fromEntries(
      await Promise.all(
        Object.entries(queries.worst).map(async ([name, q]) => {
          const found = await search(q);
          return [name, found.messageKey ?? (found.total > 0 ? 'hits' : 'none')];
        }),
      ),
    );
    expect(answers).toEqual({
      'FTS syntax': 'none',
      'many distinct terms': 'none',
      'the commonest words': 'hits',
      'names with variants': 'none',
      'one long word': 'none',
      'quotes and backslashes': 'search:no-words',
    });
  });
});

describe('QA of the worst units', () => {
  // The patterns repeat, so a tenth of the text limit finds the same; the bench times the limit.
  it('reports what is wrong in each worst unit and nothing wrong in the ordinary one', async () => {
    const inputs = qaInputs(TEXT_LIMIT / 10);
    const checks = async (source: string, target: string) => {
      const response = await api(editor)
        .post('/api/v1/qa', { sourceLanguage: 'ru', targetLanguage: 'en', source, target })
        .expect(200);
      return [...new Set((response.body.findings as { check: string }[]).map((f) => f.check))];
    };
    expect(await checks(inputs.normal.source, inputs.normal.target)).toEqual([]);
    const found: Record<string, string[]> = {};
    for (const [name, pair] of Object.entries(inputs.worst))
      found[name] = await checks(pair.source, pair.target);
    expect(found['numbers and legal references']).toContain('number-mismatch');
    expect(found['names, glossary terms, quotes']).toEqual(
      expect.arrayContaining(['name-spelling', 'glossary-term']),
    );
    expect(found['markup tags and URLs']).toContain('url-mismatch');
    expect(found['digits only']).toContain('number-mismatch');
    expect(found['Cyrillic left in the target']).toContain('cyrillic-in-target');
  });
});
