import { defineConfig } from 'vitest/config';

// Browser journeys share one Chromium per file and boot the real app; run files one at a time
// so two Chromium processes never compete for the two cores.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser-spec.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
