// Translation-memory lookup benchmark: 100,000 units of generated news paragraphs, queries of
// about 600 characters. Targets from docs/DESIGN: p95 ≤ 50 ms per lookup, and the index must
// find the same best match as comparing the query with every unit (≥ 99 % of queries).
//   npm run bench:tm       (or: node dist/bench/tm.bench.js after a build)
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { bruteForceSearch, TmIndex, type TmEntry } from '../src/memory/tm-index.rules.js';
import { paragraph, seededRandom } from './tm-corpus.js';
import type { Random } from './tm-vocabulary.js';

const UNITS = 100_000;
const QUERIES = 400;
const WARM_UP = 40;
// Comparing with every unit takes seconds per query, so only these are checked that way.
const CHECKED = 120;
const EDITED_SHARE = 0.7;
const TARGET_P95_MS = 50;
const TARGET_AGREEMENT = 0.99;

interface Query {
  text: string;
  /** The unit an edited query was made from; undefined for a novel paragraph. */
  from?: number;
}

function units(): TmEntry[] {
  const random = seededRandom(20_220_224);
  return Array.from({ length: UNITS }, (_, i) => ({ id: i + 1, ...paragraph(random) }));
}

/** Replaces, deletes or inserts words at `rate`, taking new words from other units. */
function edited(text: string, rate: number, random: Random, all: TmEntry[]): string {
  const out: string[] = [];
  const donorWord = () => {
    const donor = all[Math.floor(random() * all.length)]!.source.split(' ');
    return donor[Math.floor(random() * donor.length)]!;
  };
  for (const word of text.split(' ')) {
    if (random() >= rate) {
      out.push(word);
      continue;
    }
    const operation = random();
    if (operation < 0.5) out.push(donorWord());
    else if (operation >= 0.75) out.push(word, donorWord());
  }
  return out.join(' ');
}

function queries(all: TmEntry[], count: number, seed: number): Query[] {
  const random = seededRandom(seed);
  const paragraphSized = all.filter((unit) => unit.source.length >= 500 && unit.source.length <= 700);
  return Array.from({ length: count }, () => {
    if (random() >= EDITED_SHARE) return { text: paragraph(random, 600).source };
    const unit = paragraphSized[Math.floor(random() * paragraphSized.length)]!;
    return { text: edited(unit.source, 0.05 + random() * 0.25, random, all), from: unit.id };
  });
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** Best match per query by comparing with every unit, spread over worker threads. */
async function bruteForceBest(texts: string[]): Promise<(number | null)[]> {
  const workers = Math.max(1, Math.min(availableParallelism(), texts.length));
  const shares = Array.from({ length: workers }, (_, w) => texts.filter((_, i) => i % workers === w));
  const answers = await Promise.all(
    shares.map(
      (share) =>
        new Promise<(number | null)[]>((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: share });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  return texts.map((_, i) => answers[i % workers]![Math.floor(i / workers)]!);
}

async function main(): Promise<void> {
  let started = performance.now();
  const all = units();
  const averageLength = all.reduce((sum, unit) => sum + unit.source.length, 0) / all.length;
  console.log(`generated ${UNITS} units in ${(performance.now() - started).toFixed(0)} ms, average source ${averageLength.toFixed(0)} characters`);

  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  started = performance.now();
  const index = new TmIndex();
  for (const unit of all) index.add(unit);
  const buildMs = performance.now() - started;
  collectGarbage();
  const indexBytes = process.memoryUsage().heapUsed - heapBefore;
  console.log(`index built in ${buildMs.toFixed(0)} ms; heap +${(indexBytes / 2 ** 20).toFixed(1)} MB for the index (units themselves excluded)`);

  for (const query of queries(all, WARM_UP, 99)) index.search(query.text);
  const measured = queries(all, QUERIES, 7);
  const times: number[] = [];
  const best: (number | null)[] = [];
  for (const query of measured) {
    const begin = performance.now();
    const matches = index.search(query.text);
    times.push(performance.now() - begin);
    best.push(matches[0]?.id ?? null);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const p95 = percentile(sorted, 0.95);
  const averageQuery = measured.reduce((sum, query) => sum + query.text.length, 0) / measured.length;
  console.log(`${measured.length} queries, average ${averageQuery.toFixed(0)} characters, ${measured.filter((q) => q.from).length} edited units and ${measured.filter((q) => !q.from).length} novel paragraphs`);
  console.log(`query ms: p50 ${percentile(sorted, 0.5).toFixed(2)}  p95 ${p95.toFixed(2)}  max ${sorted.at(-1)!.toFixed(2)}`);
  const foundSource = measured.filter((q, i) => q.from && best[i] === q.from).length;
  console.log(`edited queries whose best match is the unit they came from: ${foundSource}/${measured.filter((q) => q.from).length}`);

  started = performance.now();
  const checked = measured.slice(0, CHECKED);
  const reference = await bruteForceBest(checked.map((query) => query.text));
  let agreed = 0;
  let bothNone = 0;
  checked.forEach((query, i) => {
    if (reference[i] === best[i]) {
      agreed++;
      if (best[i] === null) bothNone++;
    } else {
      console.log(`  disagreement (${query.from ? 'edited' : 'novel'}): index ${best[i]}, every unit ${reference[i]}`);
    }
  });
  const agreement = agreed / checked.length;
  console.log(`top-1 agreement with a full scan: ${agreed}/${checked.length} (${bothNone} with no match ≥ 50 on both sides), full scan took ${((performance.now() - started) / 1000).toFixed(0)} s`);

  const speed = p95 <= TARGET_P95_MS;
  const agreeing = agreement >= TARGET_AGREEMENT;
  console.log(`p95 ≤ ${TARGET_P95_MS} ms: ${speed ? 'PASS' : 'FAIL'} (${p95.toFixed(2)} ms)`);
  console.log(`agreement ≥ ${TARGET_AGREEMENT * 100} %: ${agreeing ? 'PASS' : 'FAIL'} (${(agreement * 100).toFixed(1)} %)`);
  if (!speed || !agreeing) process.exitCode = 1;
}

if (isMainThread) {
  await main();
} else {
  const all = units();
  parentPort!.postMessage(
    (workerData as string[]).map((text) => bruteForceSearch(all, text, { limit: 1 })[0]?.id ?? null),
  );
}
