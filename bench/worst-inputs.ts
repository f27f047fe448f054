/*
 * The worst inputs we can construct at each size limit, beside an ordinary input of the same
 * size. `npm run bench:worst` times them; test/worst-inputs.e2e-spec.ts checks what the app
 * answers to them, so the bench never measures a shortcut (a refusal, an empty result).
 */
import { MAX_JSON_DEPTH, MAX_JSON_KEYS } from '../src/common/validation/json-shape.rules.js';
import { MAX_IMPORT_BLOCKS } from '../src/sources/import/block-count.rules.js';
import { MAX_HTML_DEPTH } from '../src/sources/import/html-depth.rules.js';

/** `POST /api/v1/segment` and `POST /api/v1/qa` accept at most this many characters. */
export const TEXT_LIMIT = 200_000;
/** The default MAX_UPLOAD_BYTES: the largest file an import accepts. */
export const UPLOAD_LIMIT = 1_000_000;
/** The search field's maxLength (search-filter.rules.ts). */
export const QUERY_LIMIT = 10_000;

export interface InputSet<T> {
  readonly normal: T;
  readonly worst: Readonly<Record<string, T>>;
}

/** `unit` repeated to exactly `size` characters. */
export function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Repeats `unit` as often as it fits whole into `size` characters. */
/** As many copies of a one-block unit as fit in `size` and the importer accepts. */
function asManyBlocksAsAccepted(unit: string, size: number, perUnit = 1): string {
  const fit = Math.floor(size / unit.length);
  return unit.repeat(Math.min(fit, Math.floor(MAX_IMPORT_BLOCKS / perUnit)));
}

function fitWhole(unit: string, size: number, frame = ''): string {
  return unit.repeat(Math.floor((size - frame.length) / unit.length));
}

const PROSE_RU =
  'Суд приговорил активиста к семи годам колонии по ст. 207.3 УК. ' +
  'В 2022 г. Госдума приняла закон о «фейках», и т. д. Защита обжаловала приговор. ';
const PROSE_EN =
  'The court sentenced the activist to seven years in a penal colony under Article 207.3 of the Criminal Code. ' +
  'In 2022 the Duma passed the law on “fakes”. The defence appealed against the verdict. ';

export function segmenterInputs(): InputSet<string> {
  return {
    normal: fill(PROSE_RU, TEXT_LIMIT),
    worst: {
      'initials "А. А. "': fill('А. А. ', TEXT_LIMIT),
      'questions "Да? "': fill('Да? ', TEXT_LIMIT),
      'abbreviations "ст. "': fill('ст. ', TEXT_LIMIT),
      'years "2022 г. "': fill('2022 г. ', TEXT_LIMIT),
      'ellipses "а… А "': fill('а… А ', TEXT_LIMIT),
      'quotes and initials "«„(А. "': fill('«„(А. ', TEXT_LIMIT),
      'one sentence, no stop': fill('слово ', TEXT_LIMIT),
      'blank lines only': fill('\n\n', TEXT_LIMIT),
    },
  };
}

const HTML_FRAME = '<!doctype html><html><head><title>t</title></head><body></body></html>';

function html(body: string): string {
  return HTML_FRAME.replace('<body></body>', `<body>${body}</body>`);
}

/** Just under the depth the importer refuses, many times over. */
function nested(open: string, close: string, depth: number, inner = 'а'): string {
  return open.repeat(depth) + inner + close.repeat(depth);
}

export function htmlInputs(size = UPLOAD_LIMIT): InputSet<string> {
  const room = size - HTML_FRAME.length;
  return {
    normal: html(fitWhole(`<p>${PROSE_RU}</p>\n`, room)),
    worst: {
      'nested <div> at the depth limit': html(
        fitWhole(nested('<div>', '</div>', MAX_HTML_DEPTH), room),
      ),
      'nested <ul><li> at the depth limit': html(
        fitWhole(nested('<ul><li>', '</li></ul>', MAX_HTML_DEPTH), room),
      ),
      'unclosed <li> (not counted)': html(fill('<li>а', room)),
      'unclosed <li>, as many as accepted': html(asManyBlocksAsAccepted('<li>а', room)),
      'unclosed <b><i> (inline)': html(fill('<b><i>а', room)),
      'one-letter elements': html(fill('<b>а</b>', room)),
      entities: html(fill('&amp;&#x410;&nbsp;', room)),
      attributes: html(fill('<a href="https://e.example/" title="x" class="y">а</a>', room)),
      'comments and CDATA': html(fill('<!--а--><![CDATA[б]]>', room)),
      'open doctype subset': `<!doctype html [${fill('<!ENTITY a "b">', room)}`,
      'unterminated tags': html(fill('<a ', room)),
    },
  };
}

export function markdownInputs(size = UPLOAD_LIMIT): InputSet<string> {
  return {
    normal: fitWhole(`${PROSE_RU}\n\n`, size),
    worst: {
      'quotes 30 deep, filling the file': fitWhole(`${'> '.repeat(30)}а\n\n`, size),
      'lists 15 deep, filling the file': fitWhole(
        Array.from({ length: 15 }, (_, i) => `${'  '.repeat(i)}- а`).join('\n') + '\n\n',
        size,
      ),
      'quotes 30 deep, as many as accepted': asManyBlocksAsAccepted(
        `${'> '.repeat(30)}а\n\n`,
        size,
      ),
      'lists 15 deep, as many as accepted': asManyBlocksAsAccepted(
        Array.from({ length: 15 }, (_, i) => `${'  '.repeat(i)}- а`).join('\n') + '\n\n',
        size,
        15,
      ),
      'table rows, as many as accepted': `| а | б |\n| - | - |\n${asManyBlocksAsAccepted('| а | б |\n', size - 20, 1).slice(0, 10 * (MAX_IMPORT_BLOCKS - 2))}`,
      'unmatched emphasis "*a **b"': fill('*а **б ', size),
      'unmatched links "[a]("': fill('[а](', size),
      'brackets "[[[["': fill('[', size),
      'backtick runs': fill('`` ` ``` ', size),
      'inline HTML tags': fill('<b>а</b> ', size),
      'html block with nested divs': fitWhole(
        `${nested('<div>', '</div>', MAX_HTML_DEPTH)}\n\n`,
        size,
      ),
      tables: `| а | б |\n| - | - |\n${fitWhole('| а | б |\n', size - 20)}`,
      'one paragraph, no break': fill('слово ', size),
    },
  };
}

/** Bodies for `POST /api/v1/segment`, each with as many bytes as the normal one. */
export function jsonBodies(): InputSet<string> {
  const normal = JSON.stringify({ language: 'ru', text: fill(PROSE_RU, TEXT_LIMIT) });
  const size = normal.length;
  const keys = (count: number, value: string) =>
    Array.from({ length: count }, (_, i) => `"k${i}":${value}`).join(',');
  const padTo = (head: string, tail: string, unit: string) =>
    head + fitWhole(unit, size, head + tail).replace(/,$/, '') + tail;
  return {
    normal,
    worst: {
      // A key with its quotes, colon, comma and quoted value takes at most 11 characters more.
      [`${MAX_JSON_KEYS} unknown keys`]: `{"language":"ru","text":"а",${keys(MAX_JSON_KEYS - 2, JSON.stringify(fill('а', Math.floor((size - 40) / (MAX_JSON_KEYS - 2)) - 11)))}}`,
      [`${MAX_JSON_KEYS} keys in the text field`]: `{"language":"ru","text":{${keys(MAX_JSON_KEYS - 2, '[1,1,1,1]')}}}`,
      [`arrays ${MAX_JSON_DEPTH} deep`]: padTo(
        '{"language":"ru","text":[',
        ']}',
        `${nested('[', ']', MAX_JSON_DEPTH - 2, '1')},`,
      ),
      'one flat array of numbers': padTo('{"language":"ru","text":[', ']}', '1,'),
      'escaped characters': `{"language":"ru","text":"${fitWhole('\\u0410', size - 30)}"}`,
    },
  };
}

/** What the just-too-big bodies look like: each must be refused before it is parsed. */
export function overLimitBodies(): Readonly<Record<string, string>> {
  return {
    'too deep': `{"language":"ru","text":${nested('[', ']', MAX_JSON_DEPTH, '1')}}`,
    'too many keys': `{"language":"ru","text":"а",${Array.from({ length: MAX_JSON_KEYS }, (_, i) => `"k${i}":1`).join(',')}}`,
  };
}

/**
 * Search queries of `QUERY_LIMIT` characters. The normal one is words a reader might type that
 * match most of the archive: a query matching nothing would make any other look costly.
 */
export function searchQueries(): InputSet<string> {
  return {
    normal: fill('the supreme court ', QUERY_LIMIT),
    worst: {
      'FTS syntax': fill('"a" OR NEAR(b* ^c col:d) AND (e NOT f ', QUERY_LIMIT),
      'many distinct terms': Array.from({ length: QUERY_LIMIT }, (_, i) => `w${i}`)
        .join(' ')
        .slice(0, QUERY_LIMIT),
      'the commonest words': fill('the in of a to and ', QUERY_LIMIT),
      'names with variants': fill('Навальный Navalny Путин Putin Ходорковский ', QUERY_LIMIT),
      'one long word': fill('а', QUERY_LIMIT),
      'quotes and backslashes': fill(`"'\\`, QUERY_LIMIT),
    },
  };
}

export interface QaPair {
  readonly source: string;
  readonly target: string;
}

/** A unit at the text limit in both languages (ru > en). */
export function qaInputs(size = TEXT_LIMIT): InputSet<QaPair> {
  const numbers = (i: number) =>
    `В ${1990 + (i % 30)} г. ${i} человек, ${i}.5 % и 1 ${String(i).padStart(3, '0')} 000 руб. по ст. ${200 + (i % 80)}.${i % 9} УК РФ. `;
  const numbersEn = (i: number) =>
    `In ${1990 + (i % 30)}, ${i + 1} people, ${i}.5% and 1,${String(i).padStart(3, '0')},000 roubles under Article ${200 + (i % 80)}.${i % 9} of the Criminal Code. `;
  const sized = (make: (i: number) => string) => {
    let text = '';
    for (let i = 0; text.length < size; i++) text += make(i);
    return text.slice(0, size);
  };
  return {
    normal: { source: fill(PROSE_RU, size), target: fill(PROSE_EN, size) },
    worst: {
      'numbers and legal references': { source: sized(numbers), target: sized(numbersEn) },
      'names, glossary terms, quotes': {
        source: fill(
          'Алексей Навальный, «Мемориал» и иностранный агент Михаил Ходорковский; Верховный суд. ',
          size,
        ),
        target: fill(
          'Alexey Navalni, "Memorial" and inoagent Khodorkovskiy; Supreme court. ',
          size,
        ),
      },
      'markup tags and URLs': {
        source: fill('<b>суд</b> https://example.org/a?б=1 [1] ', size),
        target: fill('<i>court</i> https://example.org/b?x=2 [2] ', size),
      },
      'digits only': { source: fill('1 2 3 ', size), target: fill('1 2 4 ', size) },
      'Cyrillic left in the target': { source: fill(PROSE_RU, size), target: fill(PROSE_RU, size) },
    },
  };
}
