import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFigures, resetFigures } from './figures.js';

// Vitest runs this once around the whole attack run: it chooses the figures file every fork
// writes to, then prints what was tried and what failed.
export default function setup(): () => void {
  const file = join(tmpdir(), `bridges-attack-figures-${process.pid}.jsonl`);
  process.env.ATTACK_FIGURES_FILE = file;
  resetFigures(file);
  return () => {
    const figures = readFigures(file);
    const width = Math.max(10, ...figures.map((f) => f.check.length));
    const lines = figures.map(
      (f) =>
        `${f.check.padEnd(width)}  tried ${String(f.tried).padStart(6)}  failed ${String(f.failed).padStart(3)}${f.detail ? `  ${f.detail}` : ''}`,
    );
    const failed = figures.reduce((sum, f) => sum + f.failed, 0);
    console.log(['', 'Attack suite figures', ...lines, `total failed: ${failed}`, ''].join('\n'));
    resetFigures(file);
  };
}
