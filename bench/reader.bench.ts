/**
 * `npm run bench`: the reader site under load, against a bare node:http server sending the same
 * bytes in the same run. Prints throughput ratio and p99 at 50 connections, peak RSS, the cost of
 * rendering an article at 1,000 vs 100,000 publications, and search p95 over 10,000 — on SQLite
 * and, when `npm run bench` found `pg_virtualenv` (BENCH_POSTGRES_URL points at a throwaway
 * cluster), on PostgreSQL in the same run, side by side.
 */
import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const MAIN = join(here, '..', 'src', 'main.js');
const PLAIN = join(here, 'plain-server.js');
const MAKE_ARCHIVE = join(here, 'make-archive.js');
const DEMO_SLUG = 'the-supreme-court-liquidated-memorial';
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

interface Load {
  requestsPerSecond: number;
  p99: number;
  mean: number;
  non2xx: number;
}

/** Where one driver keeps its archives: a file per archive, or a database of the cluster. */
interface Driver {
  name: 'SQLite' | 'PostgreSQL';
  /** The environment that points an app at the archive of `count` publications. */
  archive(count: number): Promise<Record<string, string>>;
}

function sqlite(dir: string): Driver {
  return {
    name: 'SQLite',
    archive: async (count) => ({
      DATABASE_PATH: join(dir, `archive-${count}.sqlite`),
      DATABASE_URL: '',
    }),
  };
}

function postgres(dir: string, cluster: string): Driver {
  return {
    name: 'PostgreSQL',
    async archive(count) {
      const client = new pg.Client({ connectionString: cluster });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS bench_${count}`);
      await client.query(`CREATE DATABASE bench_${count}`);
      await client.end();
      const url = new URL(cluster);
      url.pathname = `/bench_${count}`;
      return { DATABASE_PATH: join(dir, 'unused.sqlite'), DATABASE_URL: url.toString() };
    },
  };
}

async function makeArchive(driver: Driver, count: number): Promise<Record<string, string>> {
  const env = await driver.archive(count);
  const started = Date.now();
  const child = fork(MAKE_ARCHIVE, [String(count)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`the ${driver.name} archive of ${count} was not written`);
  console.log(
    `  ${driver.name}: archive of ${count} publications written in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return env;
}

async function startApp(database: Record<string, string>, port: number): Promise<ChildProcess> {
  const child = fork(MAIN, [], {
    env: {
      ...process.env,
      ...database,
      NODE_ENV: 'production',
      SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      LOG_LEVEL: 'error',
      DEMO_DATA: 'off',
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const started = Date.now();
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error('the app exited during start-up');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  console.log(`  app started in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return child;
}

async function load(url: string): Promise<Load> {
  await autocannon({ url, connections: 50, duration: 2 }); // warm-up
  const result = await autocannon({ url, connections: 50, duration: DURATION });
  return {
    requestsPerSecond: result.requests.average,
    p99: result.latency.p99,
    mean: result.latency.average,
    non2xx: result.non2xx,
  };
}

async function sequential(urls: string[]): Promise<{ p50: number; p95: number; mean: number }> {
  const times: number[] = [];
  for (const url of urls) {
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    p50: times[Math.floor(times.length * 0.5)]!,
    p95: times[Math.floor(times.length * 0.95)]!,
    mean: times.reduce((a, b) => a + b, 0) / times.length,
  };
}

function peakRss(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Distinct pseudo-random slugs; different seeds give the warm-up and the measured sets. */
function slugs(count: number, sample: number, seed = 7): string[] {
  let state = seed;
  return Array.from({ length: sample }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return `bench-text-${state % count}`;
  });
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

interface Figures {
  baseline: Load;
  measured: Load;
  ratio: number;
  rss: number;
  smallCold: { mean: number; p95: number };
  largeCold: { mean: number; p95: number };
  costRatio: number;
  search: { p50: number; p95: number };
}

async function measure(driver: Driver, dir: string, port: number): Promise<Figures> {
  console.log(`\n${driver.name}: preparing archives…`);
  const small = await makeArchive(driver, 1_000);
  const searchArchive = await makeArchive(driver, 10_000);
  const large = await makeArchive(driver, 100_000);

  console.log(`${driver.name}: article page under load (50 connections)…`);
  const app = await startApp(small, port);
  const articleUrl = `http://127.0.0.1:${port}/texts/${DEMO_SLUG}`;
  const html = await (await fetch(articleUrl)).text();
  const htmlFile = join(dir, 'article.html');
  writeFileSync(htmlFile, html);
  const plain = fork(PLAIN, [htmlFile, String(port + 1)], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  await new Promise((resolve) => plain.once('message', resolve));
  const baseline = await load(`http://127.0.0.1:${port + 1}/`);
  const measured = await load(articleUrl);
  await stop(plain);
  const rss = peakRss(app.pid!);

  console.log(`${driver.name}: rendering articles not yet cached, 1,000 vs 100,000…`);
  // Both apps are warmed the same way first (code compiled, templates cached), then measured
  // on pages they have not rendered yet.
  const cold = async (at: number, count: number) => {
    await sequential(slugs(count, 200, 11).map((s) => `http://127.0.0.1:${at}/texts/${s}?warm`));
    return sequential(slugs(count, 300).map((s) => `http://127.0.0.1:${at}/texts/${s}`));
  };
  const smallCold = await cold(port, 1_000);
  await stop(app);
  const largeApp = await startApp(large, port + 2);
  const largeCold = await cold(port + 2, 100_000);
  await stop(largeApp);

  console.log(`${driver.name}: search over 10,000 publications…`);
  const searchApp = await startApp(searchArchive, port + 3);
  const words = [
    'court',
    'activist',
    'journalist',
    'picket',
    'foreign agent',
    'fined Moscow',
    'army',
    'Kazan teacher',
    'sentenced',
    'undesirable organisation',
  ];
  const queries = Array.from(
    { length: 300 },
    (_, i) =>
      `http://127.0.0.1:${port + 3}/api/v1/search?q=${encodeURIComponent(words[i % words.length]!)}&page=${1 + (i % 3)}`,
  );
  await sequential(queries.slice(0, 20));
  const search = await sequential(queries);
  await stop(searchApp);
  return {
    baseline,
    measured,
    ratio: measured.requestsPerSecond / baseline.requestsPerSecond,
    rss,
    smallCold,
    largeCold,
    costRatio: largeCold.mean / smallCold.mean,
    search,
  };
}

/** One line of the table: a figure per driver, and whether each meets the target. */
function row(
  label: string,
  figures: Figures[],
  value: (f: Figures) => string,
  ok?: (f: Figures) => boolean,
): boolean[] {
  const cells = figures.map((f) => `${value(f)}${ok ? ` ${verdict(ok(f))}` : ''}`.padEnd(24));
  console.log(`  ${label.padEnd(38)}${cells.join('')}`);
  return ok ? figures.map(ok) : [];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bridges-bench-'));
  const cluster = process.env.BENCH_POSTGRES_URL;
  const drivers = [sqlite(dir), ...(cluster ? [postgres(dir, cluster)] : [])];
  const figures: Figures[] = [];
  try {
    for (const [i, driver] of drivers.entries())
      figures.push(await measure(driver, dir, 3301 + i * 10));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\n  ${''.padEnd(38)}${drivers.map((d) => d.name.padEnd(24)).join('')}`);
  const ms = (n: number) => `${n.toFixed(2)} ms`;
  const results = [
    ...row('node:http baseline req/s', figures, (f) => f.baseline.requestsPerSecond.toFixed(0)),
    ...row('article req/s', figures, (f) => f.measured.requestsPerSecond.toFixed(0)),
    ...row(
      'ratio to baseline (≥ 0.6)',
      figures,
      (f) => f.ratio.toFixed(2),
      (f) => f.ratio >= 0.6,
    ),
    ...row(
      'article p99 at 50 conn. (≤ 50 ms)',
      figures,
      (f) => `${f.measured.p99} ms`,
      (f) => f.measured.p99 <= 50,
    ),
    ...row(
      'non-2xx answers (0)',
      figures,
      (f) => String(f.measured.non2xx),
      (f) => f.measured.non2xx === 0,
    ),
    ...row(
      'peak RSS of the app (≤ 250 MB)',
      figures,
      (f) => `${f.rss.toFixed(0)} MB`,
      (f) => f.rss <= 250,
    ),
    ...row('uncached article, 1,000: mean', figures, (f) => ms(f.smallCold.mean)),
    ...row('uncached article, 100,000: mean', figures, (f) => ms(f.largeCold.mean)),
    ...row(
      'cost ratio 100,000/1,000 (≤ 1.3)',
      figures,
      (f) => f.costRatio.toFixed(2),
      (f) => f.costRatio <= 1.3,
    ),
    ...row('search p50 over 10,000', figures, (f) => ms(f.search.p50)),
    ...row(
      'search p95 over 10,000 (≤ 20 ms)',
      figures,
      (f) => ms(f.search.p95),
      (f) => f.search.p95 <= 20,
    ),
  ];
  if (!cluster)
    console.log('\n  PostgreSQL skipped: pg_virtualenv (Debian postgresql-common) not found.');
  else console.log('\n  PostgreSQL ran on a throwaway local cluster (fsync off), same machine.');
  const ok = results.every(Boolean);
  console.log(`\n${ok ? 'All targets met.' : 'Some targets missed.'}`);
  process.exitCode = ok ? 0 : 1;
}

void main();
