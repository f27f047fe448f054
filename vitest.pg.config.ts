import base from './vitest.config.js';

/**
 * The whole suite on PostgreSQL (`npm run test:pg`): the same files as on SQLite, each app a
 * test starts on its own database of a throwaway cluster (test/postgres/with-cluster.sh).
 */
export default base;
