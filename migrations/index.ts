import { Foundation1732300000000 } from './1732300000000-foundation.js';

/**
 * The explicit, ordered list of migrations used by the app, the CLI and the tests (TypeORM's
 * glob loading uses native import(), which cannot load TypeScript under Vitest).
 */
export const migrations = [Foundation1732300000000];
