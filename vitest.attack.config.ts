import { defineConfig } from 'vitest/config';

// The adversarial suite (`npm run test:attack`): each file records its figures through
// test/attack/figures.ts and the global setup prints them at the end.
export default defineConfig({
  test: {
    include: ['test/attack/**/*.attack-spec.ts'],
    pool: 'forks',
    // One file at a time. The SIGKILL spec (`npm run test:crash`) passed alone in ~20 s but hung
    // until its timeout in most runs after the merges; it is kept out of CI's test:attack until
    // the cause is found (issue #11 note).
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    globalSetup: ['test/attack/summary.global-setup.ts'],
  },
});
