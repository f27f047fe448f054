import { describe } from 'vitest';
import { describeMatrix } from './support/lifecycle-matrix-suite.js';

/**
 * Issue 12: for every translation and unit state and every kind of person, the pages offer
 * exactly the steps the API accepts. Each state is built once through the API and rebuilt only
 * after a step was accepted (a refused one must change nothing). This file: the states up to
 * review; `translation-lifecycle-matrix-decided` the rest.
 */
describe('translation lifecycle before a decision: state × step × person', () => {
  describeMatrix(
    [
      'draft/empty',
      'draft/draft',
      'draft/draft (released)',
      'draft/outdated',
      'in_review/submitted',
      'in_review/submitted (last waiting)',
      'in_review/approved',
      'in_review/needs_changes',
    ],
    [
      'translation submit draft -> in_review',
      'translation approve in_review -> approved',
      'translation approve_all in_review -> approved',
      'translation request_changes in_review -> changes_requested',
      'translation withdraw draft -> withdrawn',
      'translation withdraw in_review -> withdrawn',
      'unit edit empty -> draft',
      'unit edit draft -> draft',
      'unit edit outdated -> draft',
      'unit edit approved -> draft',
      'unit submit draft -> submitted',
      'unit approve submitted -> approved',
      'unit request_changes submitted -> needs_changes',
    ],
  );
});
