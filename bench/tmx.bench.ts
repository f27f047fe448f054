// TMX import benchmark: a generated TMX 1.4b file of 200,000 units imported through the real
// TmxService into a fresh SQLite database, against a 2,000-unit import measured in the same
// run. Each import runs in its own child process, so that peak RSS belongs to that import.
// Target (issue 13): the large import stays within memory limits: its peak RSS above what the
// process held before the import is bounded by about the size of the file itself (the upload
// is held as bytes; parsed units are held one 256 KiB slice at a time), not by the units.
//   npm run bench:tmx       (or: node dist/bench/tmx.bench.js after a build)
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.setup.js';
import { loadConfig } from '../src/config/app-config.js';
import { TmxService } from '../src/exchange/tmx.service.js';
import { UsersService } from '../src/users/users.service.js';

const LARGE = 200_000;
const BASELINE = 2_000;
const MAX_UPLOAD_BYTES = 50_000_000;
// Peak RSS growth of the large import may be at most the file's size times this, plus the
// baseline's growth: the units themselves must not stay in memory.
const TARGET_GROWTH_PER_FILE_BYTE = 2;
// The old generation of each child is capped (BENCH_TMX_HEAP_MB, default 128): an import that
// kept its units would fail with "heap out of memory" instead of only looking big, and V8 does
// not let garbage pile up to hundreds of MB first, which would hide what is really held.
const HEAP_LIMIT = [`--max-old-space-size=${Number(process.env.BENCH_TMX_HEAP_MB ?? 128)}`];

interface Run {
  units: number;
  fileBytes: number;
  seconds: number;
  rssBeforeMb: number;
  heapBeforeMb: number;
  peakRssMb: number;
  peakHeapMb: number;
  rows: number;
}

const CITIES = [
  ['Москве', 'Moscow'],
  ['Казани', 'Kazan'],
  ['Перми', 'Perm'],
  ['Томске', 'Tomsk'],
  ['Самаре', 'Samara'],
] as const;
const OFFENCES = [
  ['за пост', 'for a post'],
  ['за пикет', 'for a picket'],
  ['за репост', 'for a repost'],
  ['за плакат', 'for a placard'],
] as const;

/** One TMX file of `units` distinct short court reports, built as bytes like an upload. */
function tmxFile(units: number): Buffer {
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n',
    '<tmx version="1.4"><header creationtool="bench" creationtoolversion="1" segtype="block" o-tmf="bench" adminlang="en" srclang="ru" datatype="plaintext"/><body>\n',
  ];
  for (let i = 0; i < units; i++) {
    const [cityRu, cityEn] = CITIES[i % CITIES.length]!;
    const [whyRu, whyEn] = OFFENCES[i % OFFENCES.length]!;
    const fine = 1000 + i;
    parts.push(
      `<tu><tuv xml:lang="ru"><seg>Суд в ${cityRu} оштрафовал активиста на ${fine} рублей ${whyRu}</seg></tuv>` +
        `<tuv xml:lang="en"><seg>A court in ${cityEn} fined an activist ${fine} roubles ${whyEn}</seg></tuv></tu>\n`,
    );
  }
  parts.push('</body></tmx>\n');
  return Buffer.from(parts.join(''), 'utf8');
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function child(units: number, file: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bridges-tmx-bench-'));
  const app = await createApp(
    loadConfig({
      NODE_ENV: 'test',
      DATABASE_PATH: join(dir, 'tmx.sqlite'),
      DEMO_DATA: 'off',
      LOG_LEVEL: 'error',
      MAX_UPLOAD_BYTES: String(MAX_UPLOAD_BYTES),
    }),
    { logger: false },
  );
  try {
    const editor = await app.get(UsersService).create({
      handle: 'bench-editor',
      password: 'bench-password',
      roles: ['editor'],
      languagePairs: ['ru>en'],
    });
    // Read whole, as the multipart upload holds it; generating it here would inflate RSS first.
    const bytes = readFileSync(file);
    globalThis.gc?.();
    const before = process.memoryUsage();
    let peakRss = before.rss;
    let peakHeap = before.heapUsed;
    const sample = setInterval(() => {
      const now = process.memoryUsage();
      peakRss = Math.max(peakRss, now.rss);
      peakHeap = Math.max(peakHeap, now.heapUsed);
    }, 20);
    const started = performance.now();
    const report = await app
      .get(TmxService)
      .import(editor, 'ru', 'en', { bytes, filename: `bench-${units}.tmx` });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sample);
    const [{ n }] = (await app
      .get(DataSource)
      .query(`SELECT COUNT(*) AS n FROM tm_entry WHERE origin = 'import'`)) as [{ n: number }];
    if (report.imported !== units || Number(n) !== units)
      throw new Error(`imported ${report.imported}, stored ${n}, expected ${units}`);
    const run: Run = {
      units,
      fileBytes: bytes.length,
      seconds,
      rssBeforeMb: mb(before.rss),
      heapBeforeMb: mb(before.heapUsed),
      peakRssMb: mb(peakRss),
      peakHeapMb: mb(peakHeap),
      rows: Number(n),
    };
    process.send?.(run);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function measure(units: number, dir: string): Promise<Run> {
  const file = join(dir, `${units}.tmx`);
  writeFileSync(file, tmxFile(units));
  return new Promise((resolve, reject) => {
    const worker = fork(fileURLToPath(import.meta.url), ['--child', String(units), file], {
      execArgv: ['--expose-gc', ...HEAP_LIMIT],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: Run | undefined;
    worker.on('message', (message) => (result = message as Run));
    worker.on('exit', (code) =>
      code === 0 && result ? resolve(result) : reject(new Error(`child exited with ${code}`)),
    );
  });
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bridges-tmx-files-'));
  const baseline = await measure(BASELINE, dir);
  const large = await measure(LARGE, dir);
  rmSync(dir, { recursive: true, force: true });
  const growth = (r: Run) => r.peakRssMb - r.rssBeforeMb;
  const row = (name: string, r: Run) =>
    `${name.padEnd(10)} ${String(r.units).padStart(7)} units  file ${String(mb(r.fileBytes)).padStart(5)} MB  ` +
    `${r.seconds.toFixed(2).padStart(6)} s  ${Math.round(r.units / r.seconds)
      .toString()
      .padStart(
        6,
      )} units/s  RSS before ${r.rssBeforeMb} MB, peak ${r.peakRssMb} MB (+${growth(r).toFixed(1)})  heap before ${r.heapBeforeMb} MB, peak ${r.peakHeapMb} MB`;
  console.log(row('baseline', baseline));
  console.log(row('large', large));
  const allowed = growth(baseline) + TARGET_GROWTH_PER_FILE_BYTE * mb(large.fileBytes);
  console.log(
    `peak RSS ratio large/baseline ${(large.peakRssMb / baseline.peakRssMb).toFixed(2)}; ` +
      `growth ${growth(large).toFixed(1)} MB for a ${mb(large.fileBytes)} MB file ` +
      `(target ≤ ${allowed.toFixed(1)} MB); time per unit ratio ` +
      `${(large.seconds / large.units / (baseline.seconds / baseline.units)).toFixed(2)}`,
  );
  if (growth(large) > allowed) {
    console.log('FAIL: the large import held more than its file in memory');
    process.exitCode = 1;
  }
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) await child(Number(process.argv[childAt + 1]), process.argv[childAt + 2]!);
else await main();
