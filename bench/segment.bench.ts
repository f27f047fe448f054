/**
 * `npm run bench:segment`: the worst inputs for the sentence segmenter at the API's size limit
 * (200,000 characters) against ordinary prose of the same size, measured in the same run.
 * Prints each one's median time and its ratio to the prose.
 */
import { segmentText } from '../src/segments/segmenter.rules.js';

const SIZE = 200_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function fill(unit: string): string {
  return unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
}

const PROSE = fill(
  'Суд приговорил активиста к семи годам колонии по ст. 207.3 УК. ' +
    'В 2022 г. Госдума приняла закон о «фейках», и т. д. Защита обжаловала приговор. ',
);

const WORST: Record<string, string> = {
  'initials "А. А. "': fill('А. А. '),
  'questions "Да? "': fill('Да? '),
  'abbreviations "ст. "': fill('ст. '),
  'years "2022 г. "': fill('2022 г. '),
  'ellipses "а… А "': fill('а… А '),
  'one sentence, no stop': fill('слово '),
};

function median(language: 'ru', text: string): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    segmentText(language, text);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

median('ru', PROSE); // warm-up
const prose = median('ru', PROSE);
console.log(`segmenter, ${SIZE.toLocaleString('en')} characters, median of ${RUNS}`);
console.log(`  ordinary prose               ${prose.toFixed(1).padStart(7)} ms   1.0×`);
let worstRatio = 0;
for (const [name, text] of Object.entries(WORST)) {
  const time = median('ru', text);
  worstRatio = Math.max(worstRatio, time / prose);
  console.log(
    `  ${name.padEnd(28)} ${time.toFixed(1).padStart(7)} ms ${(time / prose).toFixed(1).padStart(5)}×`,
  );
}
console.log(`  worst ratio to prose: ${worstRatio.toFixed(1)}×`);
