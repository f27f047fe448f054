import { Foundation1732300000000 } from './1732300000000-foundation.js';
import { Sources1732400000000 } from './1732400000000-sources.js';

/**
 * The explicit, ordered list of migrations used by the app, the CLI and the tests (TypeORM's
 * glob loading uses native import(), which cannot load TypeScript under Vitest).
 */
export const migrations = [Foundation1732300000000, Sources1732400000000];
