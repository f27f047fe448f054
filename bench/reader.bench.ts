/**
 * `npm run bench`: the reader site under load, against a bare node:http server sending the same
 * bytes in the same run. Prints throughput ratio and p99 at 50 connections, peak RSS, the cost of
 * rendering an article at 1,000 vs 100,000 publications, and search p95 over 10,000.
 */
import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../src/app.setup.js';
import { loadConfig } from '../src/config/app-config.js';
import { DemoLoader } from '../src/demo/demo-loader.service.js';
import { PublicationQueriesService } from '../src/publications/publication-queries.service.js';
import { addPublications } from './reader-archive.js';

const here = dirname(fileURLToPath(import.meta.url));
const MAIN = join(here, '..', 'src', 'main.js');
const PLAIN = join(here, 'plain-server.js');
const DEMO_SLUG = 'the-supreme-court-liquidated-memorial';
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

interface Load {
  requestsPerSecond: number;
  p99: number;
  mean: number;
  non2xx: number;
}

async function makeArchive(dir: string, count: number): Promise<string> {
  const databasePath = join(dir, `archive-${count}.sqlite`);
  const app = await createApp(
    loadConfig({
      NODE_ENV: 'test',
      DATABASE_PATH: databasePath,
      DEMO_DATA: 'on',
      LOG_LEVEL: 'error',
    }),
    { logger: false },
  );
  await app.get(DemoLoader).loadIfEmpty();
  const template = (await app.get(PublicationQueriesService).current(DEMO_SLUG)).content;
  await app.close();
  const started = Date.now();
  addPublications(databasePath, count, template);
  console.log(
    `  archive of ${count} publications written in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return databasePath;
}

async function startApp(databasePath: string, port: number): Promise<ChildProcess> {
  const child = fork(MAIN, [], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
      DATABASE_PATH: databasePath,
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

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bridges-bench-'));
  const results: boolean[] = [];
  try {
    console.log('Preparing archives…');
    const small = await makeArchive(dir, 1_000);
    const searchArchive = await makeArchive(dir, 10_000);
    const large = await makeArchive(dir, 100_000);

    console.log('\nArticle page under load (50 connections):');
    const app = await startApp(small, 3301);
    const articleUrl = `http://127.0.0.1:3301/texts/${DEMO_SLUG}`;
    const html = await (await fetch(articleUrl)).text();
    const htmlFile = join(dir, 'article.html');
    writeFileSync(htmlFile, html);
    const plain = fork(PLAIN, [htmlFile, '3302'], {
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    await new Promise((resolve) => plain.once('message', resolve));
    const baseline = await load('http://127.0.0.1:3302/');
    const measured = await load(articleUrl);
    await stop(plain);
    const ratio = measured.requestsPerSecond / baseline.requestsPerSecond;
    const rss = peakRss(app.pid!);
    console.log(
      `  node:http baseline  ${baseline.requestsPerSecond.toFixed(0)} req/s, p99 ${baseline.p99} ms (${html.length} bytes)`,
    );
    console.log(
      `  Bridges article     ${measured.requestsPerSecond.toFixed(0)} req/s, p99 ${measured.p99} ms, ${measured.non2xx} non-2xx`,
    );
    console.log(
      `  ratio ${ratio.toFixed(2)} (target ≥ 0.6) ${verdict(ratio >= 0.6)}; p99 ${measured.p99} ms (target ≤ 50) ${verdict(measured.p99 <= 50)}`,
    );
    console.log(`  peak RSS of the app ${rss.toFixed(0)} MB (target ≤ 250) ${verdict(rss <= 250)}`);
    results.push(ratio >= 0.6, measured.p99 <= 50, rss <= 250, measured.non2xx === 0);

    console.log('\nRendering an article not yet cached, 1,000 vs 100,000 publications:');
    // Both apps are warmed the same way first (code compiled, templates cached), then measured
    // on pages they have not rendered yet.
    const cold = async (port: number, count: number) => {
      await sequential(
        slugs(count, 200, 11).map((s) => `http://127.0.0.1:${port}/texts/${s}?warm`),
      );
      return sequential(slugs(count, 300).map((s) => `http://127.0.0.1:${port}/texts/${s}`));
    };
    const smallCold = await cold(3301, 1_000);
    await stop(app);
    const largeApp = await startApp(large, 3303);
    const largeCold = await cold(3303, 100_000);
    const largeRss = peakRss(largeApp.pid!);
    await stop(largeApp);
    const costRatio = largeCold.mean / smallCold.mean;
    console.log(
      `  1,000:   mean ${smallCold.mean.toFixed(2)} ms, p95 ${smallCold.p95.toFixed(2)} ms`,
    );
    console.log(
      `  100,000: mean ${largeCold.mean.toFixed(2)} ms, p95 ${largeCold.p95.toFixed(2)} ms (peak RSS ${largeRss.toFixed(0)} MB)`,
    );
    console.log(`  cost ratio ${costRatio.toFixed(2)} (target ≤ 1.3) ${verdict(costRatio <= 1.3)}`);
    results.push(costRatio <= 1.3);

    console.log('\nSearch over 10,000 publications:');
    const searchApp = await startApp(searchArchive, 3304);
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
        `http://127.0.0.1:3304/api/v1/search?q=${encodeURIComponent(words[i % words.length]!)}&page=${1 + (i % 3)}`,
    );
    await sequential(queries.slice(0, 20));
    const search = await sequential(queries);
    await stop(searchApp);
    console.log(
      `  p50 ${search.p50.toFixed(2)} ms, p95 ${search.p95.toFixed(2)} ms (target ≤ 20) ${verdict(search.p95 <= 20)}`,
    );
    results.push(search.p95 <= 20);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const ok = results.every(Boolean);
  console.log(`\n${ok ? 'All targets met.' : 'Some targets missed.'}`);
  process.exitCode = ok ? 0 : 1;
}

void main();
