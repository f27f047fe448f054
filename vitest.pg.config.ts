import { mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The whole suite on PostgreSQL (`npm run test:pg`), except the files below that do not pass
 * there yet. Each is open work of issue #15, named with its reason, so this list only shrinks.
 */
const notYetOnPostgres = [
  // SQLite-only by nature: WAL, pragmas, the savepoint join measured on the one connection, and
  // the CLI sharing a SQLite file through DATABASE_PATH; both need a PostgreSQL variant.
  'test/database.e2e-spec.ts',
  'test/cli.e2e-spec.ts',
  // Notifications are built from reads that miss the rows of the write still open (empty
  // titles): on PostgreSQL those reads run on another pooled connection.
  'test/inbox.e2e-spec.ts',
  'test/notification-recipients.e2e-spec.ts',
  // Explainer review, footnote anchoring and the lifecycle probes answer differently on
  // PostgreSQL (a 400 and footnote states); not yet diagnosed.
  'test/explainers-api.e2e-spec.ts',
  'test/explainers-self-approval.e2e-spec.ts',
  'test/footnotes.e2e-spec.ts',
  'test/translation-lifecycle-probes.e2e-spec.ts',
  // A raw SQL check in the test uses an unquoted camelCase alias, folded by PostgreSQL.
  'test/xliff-exchange.e2e-spec.ts',
  // Sees that the import is writing through its uncommitted rows, visible only on SQLite's one
  // connection; a PostgreSQL variant needs another sign of the import being under way.
  'test/tmx-large-import.e2e-spec.ts',
  // ts_headline cuts the excerpt right after the match; the snippet test expects context.
  'test/search-reading.e2e-spec.ts',
];

export default mergeConfig(base, {
  test: { exclude: [...(base.test?.exclude ?? []), ...notYetOnPostgres] },
});
