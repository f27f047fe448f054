/**
 * `npm run bench:qa`: the QA checks on the corpus in bench/qa-corpus (correct translations and
 * translations with one injected mistake of a named check), through the real QaService over
 * the demo glossary and name list. Prints each check's recall and the false-alarm rate on the
 * correct pairs, beside Debian translate-toolkit's `pofilter` on the same pairs, counted
 * generously: a pair counts as caught by pofilter when any of its tests fails on it. Then the
 * speed: the whole corpus through QaService, against stemming both texts of every pair (the
 * least any check pays), medians of five passes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../src/app.setup.js';
import { loadConfig } from '../src/config/app-config.js';
import type { TextLanguage } from '../src/config/language-pairs.rules.js';
import { stems } from '../src/common/text/stemmer.rules.js';
import { DemoLoader } from '../src/demo/demo-loader.service.js';
import { QaService } from '../src/qa/qa.service.js';

interface CorpusFile {
  pair: `${TextLanguage}>${TextLanguage}`;
  pairs: Array<{
    id: string;
    source: string;
    target: string;
    mistakes: Array<{ check: string; target: string }>;
  }>;
}

/** One translation to check: `expected` is the injected mistake, undefined for a correct one. */
interface Sample {
  key: string;
  sourceLanguage: TextLanguage;
  targetLanguage: TextLanguage;
  source: string;
  target: string;
  expected?: string;
}

const here = dirname(fileURLToPath(import.meta.url));
// Compiled into dist/bench; the corpus stays in the source tree.
const CORPUS = join(here, '..', '..', 'bench', 'qa-corpus');

function loadSamples(): Sample[] {
  return ['ru-en.json', 'en-ru.json'].flatMap((file) => {
    const corpus = JSON.parse(readFileSync(join(CORPUS, file), 'utf8')) as CorpusFile;
    const [sourceLanguage, targetLanguage] = corpus.pair.split('>') as [TextLanguage, TextLanguage];
    return corpus.pairs.flatMap((pair) => [
      { key: pair.id, sourceLanguage, targetLanguage, source: pair.source, target: pair.target },
      ...pair.mistakes.map((mistake) => ({
        key: `${pair.id}/${mistake.check}`,
        sourceLanguage,
        targetLanguage,
        source: pair.source,
        target: mistake.target,
        expected: mistake.check,
      })),
    ]);
  });
}

const poString = (text: string): string =>
  `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

/** Keys of the samples pofilter fails, or undefined when pofilter is not installed. */
function pofilterFailures(samples: Sample[], dir: string): Set<string> | undefined {
  const failed = new Set<string>();
  for (const language of ['en', 'ru'] as const) {
    const input = join(dir, `${language}.po`);
    const output = join(dir, `${language}-failed.po`);
    const units = samples
      .filter((sample) => sample.targetLanguage === language)
      .map(
        (s) =>
          `msgctxt ${poString(s.key)}\nmsgid ${poString(s.source)}\nmsgstr ${poString(s.target)}\n`,
      );
    const header = `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ${language}\\n"\n`;
    writeFileSync(input, [header, ...units].join('\n'));
    const run = spawnSync(
      'pofilter',
      ['--progress=none', `--language=${language}`, input, output],
      {
        encoding: 'utf8',
      },
    );
    if (run.error) return undefined;
    const text = readFileSync(output, 'utf8');
    for (const match of text.matchAll(/^msgctxt "((?:[^"\\]|\\.)*)"/gm)) failed.add(match[1]!);
  }
  return failed;
}

const RUNS = 5;

async function medianMs(pass: () => Promise<void>): Promise<number> {
  await pass(); // warm-up
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    await pass();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

const percent = (part: number, whole: number): string =>
  whole === 0 ? '   –  ' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bridges-qa-bench-'));
  try {
    const app = await createApp(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_PATH: join(dir, 'qa.sqlite'),
        DEMO_DATA: 'on',
        LOG_LEVEL: 'error',
      }),
      { logger: false },
    );
    await app.get(DemoLoader).loadIfEmpty();
    const qa = app.get(QaService);
    const samples = loadSamples();
    const ours = new Map<string, string[]>();
    for (const s of samples) {
      const findings = await qa.findings(s.sourceLanguage, s.targetLanguage, s.source, s.target);
      ours.set(
        s.key,
        findings.map((found) => found.check),
      );
    }
    const checking = await medianMs(async () => {
      for (const s of samples)
        await qa.findings(s.sourceLanguage, s.targetLanguage, s.source, s.target);
    });
    const stemming = await medianMs(() => {
      for (const s of samples) stems(`${s.source} ${s.target}`);
      return Promise.resolve();
    });
    await app.close();
    const pofilter = pofilterFailures(samples, dir);

    const correct = samples.filter((s) => s.expected === undefined);
    const injected = samples.filter((s) => s.expected !== undefined);
    const byPair = (pair: string) =>
      samples.filter((s) => `${s.sourceLanguage}>${s.targetLanguage}` === pair).length;
    console.log(
      `QA corpus: ${samples.length} pairs (ru>en ${byPair('ru>en')}, en>ru ${byPair('en>ru')}); ` +
        `${correct.length} correct, ${injected.length} with one injected mistake`,
    );
    if (!pofilter) console.log('  pofilter is not installed: its column is left out');
    console.log(
      `  ${'check'.padEnd(20)} ${'pairs'.padStart(5)}  ${'Bridges'.padStart(7)}  ${pofilter ? 'pofilter' : ''}`,
    );
    const checks = [...new Set(injected.map((s) => s.expected!))].sort();
    let caught = 0;
    let caughtByPofilter = 0;
    for (const check of checks) {
      const cases = injected.filter((s) => s.expected === check);
      const hits = cases.filter((s) => ours.get(s.key)!.includes(check)).length;
      const pofilterHits = pofilter ? cases.filter((s) => pofilter.has(s.key)).length : 0;
      caught += hits;
      caughtByPofilter += pofilterHits;
      for (const missed of cases.filter((s) => !ours.get(s.key)!.includes(check)))
        console.log(
          `    missed ${missed.key}: found ${ours.get(missed.key)!.join(', ') || 'nothing'}`,
        );
      console.log(
        `  ${check.padEnd(20)} ${String(cases.length).padStart(5)}  ${(hits / cases.length).toFixed(2).padStart(7)}  ${
          pofilter ? (pofilterHits / cases.length).toFixed(2).padStart(8) : ''
        }`,
      );
    }
    console.log(
      `  ${'all checks'.padEnd(20)} ${String(injected.length).padStart(5)}  ${(caught / injected.length).toFixed(2).padStart(7)}  ${
        pofilter ? (caughtByPofilter / injected.length).toFixed(2).padStart(8) : ''
      }`,
    );
    const alarms = correct.filter((s) => ours.get(s.key)!.length > 0);
    for (const alarm of alarms)
      console.log(`    false alarm ${alarm.key}: ${ours.get(alarm.key)!.join(', ')}`);
    const pofilterAlarms = pofilter ? correct.filter((s) => pofilter.has(s.key)).length : 0;
    console.log(
      `  false alarms on ${correct.length} correct pairs: Bridges ${percent(alarms.length, correct.length)}` +
        (pofilter ? `, pofilter ${percent(pofilterAlarms, correct.length)}` : ''),
    );
    console.log(
      `  speed: ${((1000 * checking) / samples.length).toFixed(0)} µs a pair through QaService, ` +
        `${(checking / stemming).toFixed(1)}× stemming both texts (${checking.toFixed(1)} ms / ${stemming.toFixed(1)} ms for the corpus)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
