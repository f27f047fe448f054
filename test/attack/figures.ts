import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Attack specs run in separate forks; each appends its figures to one file that the global
// teardown prints, so the summary stays one table however the files are scheduled.
const figuresFile = (): string =>
  process.env.ATTACK_FIGURES_FILE ?? join(tmpdir(), `bridges-attack-figures-${process.ppid}.jsonl`);

export interface AttackFigure {
  /** What was tried, e.g. "route × role matrix". */
  readonly check: string;
  /** How many attempts were made. */
  readonly tried: number;
  /** How many of them broke the promise (unexpected allow, leak, 5xx, trace, …). */
  readonly failed: number;
  /** Optional extra figure, e.g. "max 5 evaluations per handle". */
  readonly detail?: string;
}

export function recordFigure(figure: AttackFigure): void {
  appendFileSync(figuresFile(), `${JSON.stringify(figure)}\n`);
}

export function readFigures(file: string): AttackFigure[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as AttackFigure);
}

export function resetFigures(file: string): void {
  rmSync(file, { force: true });
}
