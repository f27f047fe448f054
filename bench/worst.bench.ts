/**
 * `npm run bench:worst`: the worst inputs of bench/worst-inputs.ts at each size limit against
 * an ordinary input of the same size, measured in the same run through the real code paths:
 * the segmenter, the HTML and Markdown importers, a JSON body through the whole HTTP stack
 * (`POST /api/v1/segment`), search over an archive, and QA with the demo glossary and names.
 * Prints each one's median time and its ratio to the ordinary input timed in the same turns
 * (target ≤ 5×).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/app.setup.js';
import { ApiTokensService } from '../src/auth/api-tokens.service.js';
import { loadConfig } from '../src/config/app-config.js';
import { DemoLoader } from '../src/demo/demo-loader.service.js';
import { PublicationQueriesService } from '../src/publications/publication-queries.service.js';
import { QaService } from '../src/qa/qa.service.js';
import { SearchService } from '../src/search/search.service.js';
import { segmentText } from '../src/segments/segmenter.rules.js';
import { importBody } from '../src/sources/import/import-file.rules.js';
import { UsersService } from '../src/users/users.service.js';
import { addPublications } from './reader-archive.js';
import {
  htmlInputs,
  jsonBodies,
  markdownInputs,
  qaInputs,
  searchQueries,
  segmenterInputs,
  UPLOAD_LIMIT,
  type InputSet,
} from './worst-inputs.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ARCHIVE = Number(process.env.BENCH_ARCHIVE ?? 2_000);
const TARGET = 5;
const DEMO_SLUG = 'the-supreme-court-liquidated-memorial';

async function time(run: () => unknown): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

const middle = (times: number[]): number => [...times].sort((a, b) => a - b)[times.length >> 1]!;

const failures: string[] = [];

/**
 * Each worst input is timed in turns with the ordinary one (ordinary, worst, ordinary, …), so
 * that other load on a shared machine weighs on both sides of the ratio alike.
 */
async function section<T>(
  title: string,
  inputs: InputSet<T>,
  run: (input: T) => unknown,
): Promise<void> {
  await run(inputs.normal); // warm-up
  const normalTimes: number[] = [];
  const rows: string[] = [];
  let worst = 0;
  for (const [name, input] of Object.entries(inputs.worst)) {
    await run(input);
    const pairs: { normal: number; worst: number }[] = [];
    for (let i = 0; i < RUNS; i++)
      pairs.push({
        normal: await time(() => run(inputs.normal)),
        worst: await time(() => run(input)),
      });
    normalTimes.push(...pairs.map((p) => p.normal));
    const measured = middle(pairs.map((p) => p.worst));
    const ratio = measured / middle(pairs.map((p) => p.normal));
    worst = Math.max(worst, ratio);
    if (ratio > TARGET) failures.push(`${title}: ${name} ${ratio.toFixed(1)}×`);
    rows.push(
      `  ${name.padEnd(40)} ${measured.toFixed(1).padStart(8)} ms ${ratio.toFixed(1).padStart(5)}×`,
    );
  }
  console.log(`\n${title}, median of ${RUNS} turns each`);
  console.log(
    `  ${'ordinary input'.padEnd(40)} ${middle(normalTimes).toFixed(1).padStart(8)} ms   1.0×`,
  );
  console.log(rows.join('\n'));
  console.log(
    `  worst ratio ${worst.toFixed(1)}× (target ≤ ${TARGET}×) ${worst <= TARGET ? 'PASS' : 'FAIL'}`,
  );
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bridges-worst-bench-'));
  const databasePath = join(dir, 'worst.sqlite');
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_PATH: databasePath,
    DEMO_DATA: 'on',
    LOG_LEVEL: 'error',
    API_RATE_LIMIT_PER_MINUTE: '1000000',
  });
  try {
    // Demo data (glossary, names, publications) plus an archive for search to rank.
    const seeding = await createApp(config, { logger: false });
    await seeding.get(DemoLoader).loadIfEmpty();
    const template = (await seeding.get(PublicationQueriesService).current(DEMO_SLUG)).content;
    await seeding.close();
    addPublications(databasePath, ARCHIVE, template);
    const app = await createApp(config, { logger: false });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    const user = await app.get(UsersService).create({
      handle: 'bench-worst',
      password: 'password-of-bench-worst',
      roles: ['translator'],
      languagePairs: ['ru>en'],
    });
    const { secret } = await app.get(ApiTokensService).create(user.id, 'bench');
    const fastify = app.getHttpAdapter().getInstance();

    await section('segmenter, 200,000 characters', segmenterInputs(), (text) =>
      segmentText('ru', text),
    );
    const encoder = new TextEncoder();
    const asFile = (set: InputSet<string>): InputSet<Uint8Array> => ({
      normal: encoder.encode(set.normal),
      worst: Object.fromEntries(
        Object.entries(set.worst).map(([name, text]) => [name, encoder.encode(text)]),
      ),
    });
    const importOr = (bytes: Uint8Array, filename: string) => {
      try {
        return importBody(bytes, filename, UPLOAD_LIMIT * 4);
      } catch (error) {
        return error;
      }
    };
    await section(
      `HTML import, ${(UPLOAD_LIMIT / 1e6).toFixed(0)} MB`,
      asFile(htmlInputs()),
      (bytes) => importOr(bytes, 'page.html'),
    );
    await section(
      `Markdown import, ${(UPLOAD_LIMIT / 1e6).toFixed(0)} MB`,
      asFile(markdownInputs()),
      (bytes) => importOr(bytes, 'text.md'),
    );
    const bodies = jsonBodies();
    await section(
      `JSON body of ${bodies.normal.length.toLocaleString('en')} characters on POST /api/v1/segment`,
      bodies,
      (payload) =>
        fastify.inject({
          method: 'POST',
          url: '/api/v1/segment',
          headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
          payload,
        }),
    );
    const search = app.get(SearchService);
    await section(
      `search over ${ARCHIVE.toLocaleString('en')} publications, 10,000-character query`,
      searchQueries(),
      (q) => search.search({ q }),
    );
    const qa = app.get(QaService);
    await section('QA of a 200,000-character unit (ru > en)', qaInputs(), (pair) =>
      qa.findings('ru', 'en', pair.source, pair.target),
    );
    await app.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    failures.length === 0
      ? `\nevery worst input within ${TARGET}× of the ordinary one`
      : `\nover ${TARGET}×: ${failures.join('; ')}`,
  );
  // Both apps are closed, yet some handle of theirs kept the process alive (not found yet).
  process.exit(failures.length > 0 ? 1 : 0);
}

void main();
