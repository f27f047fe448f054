import { ROLES } from '../common/roles.js';
import { StateMachine } from '../common/state-machine.rules.js';

export const TRANSLATION_STATES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'published',
  'outdated',
  'withdrawn',
] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];

export const TRANSLATION_ACTIONS = [
  'submit',
  'request_changes',
  'approve',
  'approve_own',
  'publish',
  'unit_edited',
  'source_changed',
  'unpublish',
  'withdraw',
] as const;
export type TranslationAction = (typeof TRANSLATION_ACTIONS)[number];

/**
 * 'claimant' — the actor claimed the translation; 'contributor' — the actor wrote any unit or
 * footnote of it (four-eyes covers the whole translation, not one unit); 'system' — the
 * source text changed.
 */
export const TRANSLATION_RELATIONS = ['claimant', 'contributor', 'system'] as const;

/**
 * The state of the translation as a whole. What a step needs beyond who takes it (every unit
 * filled, no blocking QA error, every unit approved, attribution and licence for publishing)
 * is checked by the service. A changed source while the translation is unpublished leaves
 * its state alone and makes the units outdated; only a published one becomes outdated, and
 * readers keep its last Publication. `approve_own` is service-gated like the unit's.
 */
export const translationWorkflow = new StateMachine<TranslationState, TranslationAction>(
  'translation',
  TRANSLATION_STATES,
  [
    {
      from: ['draft', 'changes_requested', 'outdated'],
      action: 'submit',
      to: 'in_review',
      roles: ['translator'],
      requires: ['claimant'],
    },
    {
      from: ['in_review'],
      action: 'request_changes',
      to: 'changes_requested',
      roles: ['reviewer', 'editor'],
      forbids: ['contributor'],
    },
    {
      from: ['in_review'],
      action: 'approve',
      to: 'approved',
      roles: ['reviewer', 'editor'],
      forbids: ['contributor'],
    },
    {
      from: ['in_review'],
      action: 'approve_own',
      to: 'approved',
      roles: ['editor'],
      requires: ['contributor'],
    },
    { from: ['approved'], action: 'publish', to: 'published', roles: ['editor'] },
    // An approved translation whose unit is edited goes back to its translator's hands: the
    // edited unit is a draft again and the translation must be submitted for review anew.
    {
      from: ['approved'],
      action: 'unit_edited',
      to: 'draft',
      roles: ['translator'],
      requires: ['claimant'],
    },
    { from: ['approved'], action: 'unit_edited', to: 'draft', roles: ['editor'] },
    {
      from: ['published'],
      action: 'source_changed',
      to: 'outdated',
      roles: ROLES,
      requires: ['system'],
    },
    { from: ['published', 'outdated'], action: 'unpublish', to: 'withdrawn', roles: ['editor'] },
    {
      from: ['draft', 'in_review', 'changes_requested', 'approved'],
      action: 'withdraw',
      to: 'withdrawn',
      roles: ['translator'],
      requires: ['claimant'],
    },
    {
      from: ['draft', 'in_review', 'changes_requested', 'approved'],
      action: 'withdraw',
      to: 'withdrawn',
      roles: ['editor'],
    },
  ],
);
