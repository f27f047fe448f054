import { mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The whole suite on PostgreSQL (`npm run test:pg`): the same files as on SQLite, each app a
 * test starts on its own database of a throwaway cluster (test/postgres/with-cluster.sh), plus
 * the specs that only PostgreSQL can run (several app instances on one database).
 */
export default mergeConfig(base, {
  test: {
    include: [...(base.test?.include ?? []), 'test/postgres/**/*.pg-spec.ts'],
  },
});
