import { Foundation1732300000000 } from './1732300000000-foundation.js';
import { Sources1732400000000 } from './1732400000000-sources.js';
import { Glossary1732500000000 } from './1732500000000-glossary.js';
import { Translations1732600000000 } from './1732600000000-translations.js';
import { ReviewAndPublications1732700000000 } from './1732700000000-review-and-publications.js';
import { Explainers1732800000000 } from './1732800000000-explainers.js';
import { Search1732900000000 } from './1732900000000-search.js';
import { Footnotes1733000000000 } from './1733000000000-footnotes.js';
import { ReaderIndexes1733100000000 } from './1733100000000-reader-indexes.js';
import { TmOriginFile1733200000000 } from './1733200000000-tm-origin-file.js';
import { PublishedMemory1733400000000 } from './1733400000000-published-memory.js';
import { HandleSkeletons1733500000000 } from './1733500000000-handle-skeletons.js';
import { ForbiddenRenderings1733600000000 } from './1733600000000-forbidden-renderings.js';
import { InstanceCoordination1733700000000 } from './1733700000000-instance-coordination.js';
import { GlossaryImportDrafts1733800000000 } from './1733800000000-glossary-import-drafts.js';
import { portable } from './portable-migration.js';

/**
 * The explicit, ordered list of migrations used by the app, the CLI and the tests (TypeORM's
 * glob loading uses native import(), which cannot load TypeScript under Vitest). TypeORM runs
 * them by the timestamp in their names, so the list keeps that order (test/database checks it).
 */
export const migrations = [
  Foundation1732300000000,
  Sources1732400000000,
  Glossary1732500000000,
  Translations1732600000000,
  ReviewAndPublications1732700000000,
  Explainers1732800000000,
  Search1732900000000,
  Footnotes1733000000000,
  ReaderIndexes1733100000000,
  TmOriginFile1733200000000,
  PublishedMemory1733400000000,
  HandleSkeletons1733500000000,
  ForbiddenRenderings1733600000000,
  InstanceCoordination1733700000000,
  GlossaryImportDrafts1733800000000,
].map(portable);
