import { ConflictError, type DomainError } from '../common/errors/domain-error.js';
import type { Footnote } from './footnote.entity.js';
import type { LoadedUnit } from './lifecycle-facts.js';
import type { ReviewOutcome, ReviewPayload } from './lifecycle-review-writes.js';
import type { TranslationPayloads } from './lifecycle-translation-writes.js';
import type { SavedUnit, UnitPayloads } from './lifecycle-unit-writes.js';
import type { TranslationStep, UnitStep } from './translation-lifecycle.rules.js';
import type { TranslationRecord } from './translation-records.js';
import type { Translation } from './translation.entity.js';

/** The shapes of the lifecycle's steps: what they act on, take and give back. */
export interface LifecycleTarget {
  translationId: number;
  /** For a unit step (edit, notes, review). */
  unitId?: number | undefined;
}

export type LifecyclePayloads = TranslationPayloads &
  UnitPayloads & {
    approve: ReviewPayload;
    approve_own: ReviewPayload;
    request_changes: ReviewPayload;
  };

export type LifecycleResults = { [K in TranslationStep]: Translation } & {
  edit: SavedUnit;
  annotate: Footnote;
  edit_note: Footnote;
  remove_note: { translationId: number; unitId: number };
  approve: ReviewOutcome;
  approve_own: ReviewOutcome;
  request_changes: ReviewOutcome;
};

export interface OfferedUnit extends LoadedUnit {
  steps: UnitStep[];
}

/** What one person may do now to a translation and to each of its units, with what it was decided on. */
export interface LifecycleOffer {
  record: TranslationRecord;
  translation: TranslationStep[];
  /** Live units in text order. */
  units: OfferedUnit[];
  /** Why `submit` is not offered although its row would let this person take it. */
  submitBlocker: DomainError | null;
}

/** A person's write carries the version they read; a stale one shows both. */
export function refuseStale(
  step: UnitStep,
  unit: LoadedUnit['unit'],
  note: Footnote | null,
  version: number,
  payload: unknown,
): void {
  if (note) {
    if (note.version !== version)
      throw new ConflictError(
        'errors:stale-write',
        { version: note.version, text: note.note },
        { version, text: (payload as UnitPayloads['edit_note']).changes?.note ?? '' },
      );
    return;
  }
  if (unit.version === version) return;
  if (step === 'edit' || step === 'annotate')
    throw new ConflictError(
      'translations:unit-conflict',
      { version: unit.version, text: unit.text },
      step === 'edit' ? { version, text: (payload as UnitPayloads['edit']).text } : { version },
    );
  throw new ConflictError(
    'review:unit-changed',
    { version: unit.version, text: unit.text, status: unit.status },
    { version },
  );
}
