import { defineConfig } from 'vitest/config';

// The adversarial suite (`npm run test:attack`): each file records its figures through
// test/attack/figures.ts and the global setup prints them at the end.
export default defineConfig({
  test: {
    include: ['test/attack/**/*.attack-spec.ts'],
    pool: 'forks',
    // One file at a time: the SIGKILL spec forks a built server and the matrix is CPU-bound, so
    // running them side by side on a 2-core machine only makes both slower.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    globalSetup: ['test/attack/summary.global-setup.ts'],
  },
});
