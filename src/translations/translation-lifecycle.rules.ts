import { DomainError, ValidationFailed, forbidden } from '../common/errors/domain-error.js';
import type { Decision } from '../common/state-machine.rules.js';
import { reviewRelations, reviewsPair } from './review-access.rules.js';
import {
  translationRelations,
  worksInPair,
  type Participant,
  type Participation,
} from './translation-access.rules.js';
import { translationWorkflow, type TranslationState } from './translation-workflow.rules.js';
import { unitWorkflow, type UnitState } from './unit-workflow.rules.js';

/** What a person does to a translation as a whole; each carries the translation version read. */
export const TRANSLATION_STEPS = [
  'claim',
  'release',
  'reassign',
  'withdraw',
  'submit',
  'publish',
  'unpublish',
] as const;
export type TranslationStep = (typeof TRANSLATION_STEPS)[number];

/**
 * What a person does to one unit; each carries the unit version read (`edit_note` and
 * `remove_note` the note's). Notes are part of the unit: who may annotate is decided here too.
 */
export const UNIT_STEPS = [
  'edit',
  'annotate',
  'edit_note',
  'remove_note',
  'approve',
  'approve_own',
  'request_changes',
] as const;
export type UnitStep = (typeof UNIT_STEPS)[number];

export type LifecycleAction = TranslationStep | UnitStep;

/** What the rules need to know about a translation and the person asking. */
export interface TranslationFacts {
  user: Participant;
  status: TranslationState;
  participation: Participation;
  /** The site lets an editor approve their own text (SELF_APPROVAL=editor). */
  selfApproval: boolean;
}

export interface UnitFacts {
  status: UnitState;
  authorId: number | null;
  /** A title carries no notes. */
  kind: string;
  noteAuthorIds: readonly number[];
  /** Who approved exactly the current version. */
  approverIds: readonly number[];
}

/** Where a step goes, or why it may not be taken now: one answer for the page and the write. */
export type Verdict =
  | {
      ok: true;
      /** The translation's next state when the step moves it. */
      translation?: TranslationState;
      /** The unit's next state when the step moves it. */
      unit?: UnitState;
      selfApproval?: boolean;
    }
  | { ok: false; refusal: DomainError };

const refuse = (refusal: DomainError): Verdict => ({ ok: false, refusal });

function fromDecision<S>(
  decision: Decision<S>,
): { ok: true; to: S } | { ok: false; refusal: DomainError } {
  if (decision.allowed) return { ok: true, to: decision.to };
  const kind = decision.reasonKey === 'workflow:illegal-transition' ? 'invalid' : 'forbidden';
  return { ok: false, refusal: new DomainError(kind, decision.reasonKey, decision.params ?? {}) };
}

/**
 * States in which a released translation may be taken up (the dashboard lists them as open).
 * A published one is changed only once its source changes and it is outdated.
 */
export const CLAIMABLE: readonly TranslationState[] = [
  'draft',
  'changes_requested',
  'outdated',
  'approved',
  'in_review',
];

function relationsOf(f: TranslationFacts): string[] {
  return translationRelations(f.user.id, f.participation);
}

/** A step on the translation as a whole, before what it needs of its units (see `submitBlocker`). */
export function translationVerdict(f: TranslationFacts, step: TranslationStep): Verdict {
  const live = f.status !== 'withdrawn';
  const { claimantId, pair } = f.participation;
  const editor = f.user.roles.includes('editor');
  switch (step) {
    case 'claim':
      if (!worksInPair(f.user, pair))
        return refuse(forbidden('translations:not-your-pair', { pair }));
      if (claimantId !== null)
        return refuse(new DomainError('conflict', 'translations:already-claimed'));
      if (!CLAIMABLE.includes(f.status))
        return refuse(new DomainError('invalid', 'translations:not-claimable'));
      return { ok: true };
    case 'release':
      if (claimantId !== f.user.id && !editor)
        return refuse(forbidden('translations:not-claimant'));
      if (!live) return refuse(new DomainError('invalid', 'translations:withdrawn'));
      if (claimantId === null)
        return refuse(new DomainError('invalid', 'translations:not-claimed'));
      return { ok: true };
    case 'reassign':
      if (!editor) return refuse(forbidden('errors:role-required', { roles: 'editor' }));
      if (!live) return refuse(new DomainError('invalid', 'translations:withdrawn'));
      return { ok: true };
    default: {
      const relations = step === 'unpublish' ? [] : relationsOf(f);
      const decision = fromDecision(
        translationWorkflow.decide(f.status, step, { roles: f.user.roles, relations }),
      );
      return decision.ok ? { ok: true, translation: decision.to } : decision;
    }
  }
}

/** Where the translation goes when one of its units changes (an approved one goes back to draft). */
function reopenVerdict(f: TranslationFacts, relations: string[]): Verdict {
  if (f.status !== 'approved' && f.status !== 'published') return { ok: true };
  const decision = fromDecision(
    translationWorkflow.decide(f.status, 'unit_edited', { roles: f.user.roles, relations }),
  );
  return decision.ok ? { ok: true, translation: decision.to } : decision;
}

function editVerdict(f: TranslationFacts, u: UnitFacts): Verdict {
  if (f.status === 'withdrawn') return refuse(new DomainError('invalid', 'translations:withdrawn'));
  const relations = relationsOf(f);
  const unitRelations = u.authorId === f.user.id ? [...relations, 'author'] : relations;
  const unit = fromDecision(
    unitWorkflow.decide(u.status, 'edit', { roles: f.user.roles, relations: unitRelations }),
  );
  if (!unit.ok) return unit;
  const reopen = reopenVerdict(f, relations);
  return reopen.ok ? { ...reopen, unit: unit.to } : reopen;
}

/**
 * Whoever may edit the unit may annotate it, with the same consequences; a reviewer of the pair
 * may also annotate a unit under review, which leaves its state alone (and makes them a
 * contributor, so they may not approve).
 */
function annotateVerdict(f: TranslationFacts, u: UnitFacts): Verdict {
  if (f.status === 'withdrawn') return refuse(new DomainError('invalid', 'translations:withdrawn'));
  if (u.kind === 'title')
    return refuse(ValidationFailed.field('quote', 'translations:note-on-title'));
  const edit = editVerdict(f, u);
  if (edit.ok) return edit;
  const reviewing =
    u.status === 'submitted' &&
    f.status === 'in_review' &&
    reviewsPair(f.user, f.participation.pair);
  if (reviewing) return { ok: true };
  // Editable by its row but not in this translation's state: the same refusal as saving.
  const unitRow = unitWorkflow.decide(u.status, 'edit', {
    roles: f.user.roles,
    relations: [...relationsOf(f), ...(u.authorId === f.user.id ? ['author'] : [])],
  });
  return unitRow.allowed ? edit : refuse(forbidden('translations:cannot-annotate'));
}

/** Reviewing needs a reviewer of the pair (or an editor) and a translation under review. */
export function reviewAccess(f: TranslationFacts): DomainError | null {
  const { pair } = f.participation;
  if (!reviewsPair(f.user, pair)) return forbidden('review:not-your-pair', { pair });
  if (f.status !== 'in_review') return new DomainError('invalid', 'review:not-in-review');
  return null;
}

function reviewVerdict(
  f: TranslationFacts,
  u: UnitFacts,
  step: 'approve' | 'approve_own' | 'request_changes',
): Verdict {
  const access = reviewAccess(f);
  if (access) return refuse(access);
  const { contributorIds } = f.participation;
  const actor = {
    roles: f.user.roles,
    relations: reviewRelations(f.user.id, contributorIds, u.authorId, u.noteAuthorIds),
  };
  if (step === 'request_changes') {
    const decision = fromDecision(unitWorkflow.decide(u.status, step, actor));
    return decision.ok ? { ok: true, unit: decision.to } : decision;
  }
  const own = fromDecision(unitWorkflow.decide(u.status, 'approve_own', actor));
  const selfApproval = f.selfApproval && own.ok;
  const decision = selfApproval
    ? own
    : fromDecision(unitWorkflow.decide(u.status, 'approve', actor));
  if (!decision.ok) return decision;
  if (step === 'approve_own' && !selfApproval)
    return refuse(
      forbidden('workflow:relation-required', {
        action: step,
        machine: 'unit',
        state: u.status,
        relation: 'author',
      }),
    );
  if (u.approverIds.includes(f.user.id))
    return refuse(new DomainError('invalid', 'review:already-approved'));
  return { ok: true, unit: decision.to, selfApproval };
}

/** A step on one unit of the translation. `edit_note` and `remove_note` are annotations. */
export function unitVerdict(f: TranslationFacts, u: UnitFacts, step: UnitStep): Verdict {
  switch (step) {
    case 'edit':
      return editVerdict(f, u);
    case 'annotate':
    case 'edit_note':
    case 'remove_note':
      return annotateVerdict(f, u);
    default:
      return reviewVerdict(f, u, step);
  }
}

export interface SubmitUnitFacts {
  position: number;
  status: UnitState;
  text: string;
  lostNotes: number;
  blockingFinding: boolean;
}

/** Submitting needs every unit filled, none outdated, no lost note and no blocking QA finding. */
export function submitBlocker(units: readonly SubmitUnitFacts[]): DomainError | null {
  const positions = (pick: (u: SubmitUnitFacts) => boolean) =>
    units.filter(pick).map((u) => u.position);
  const checks: [string, number[], number?][] = [
    [
      'translations:submit-unfilled',
      positions((u) => u.status === 'empty' || u.text.trim() === ''),
    ],
    ['translations:submit-outdated', positions((u) => u.status === 'outdated')],
    [
      'translations:submit-lost-notes',
      positions((u) => u.lostNotes > 0),
      units.reduce((n, u) => n + u.lostNotes, 0),
    ],
    ['translations:submit-qa-errors', positions((u) => u.blockingFinding)],
  ];
  for (const [key, found, count] of checks) {
    if (found.length)
      return new DomainError('invalid', key, {
        count: count ?? found.length,
        units: found.join(', '),
      });
  }
  return null;
}

/** Publishing needs every unit approved. */
export function publishBlocker(unitStates: readonly UnitState[]): DomainError | null {
  return unitStates.some((s) => s !== 'approved')
    ? new DomainError('invalid', 'publications:units-not-approved')
    : null;
}
