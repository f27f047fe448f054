import { StateMachine } from '../common/state-machine.rules.js';

export const EXPLAINER_STATES = ['draft', 'in_review', 'changes_requested', 'approved'] as const;
export type ExplainerState = (typeof EXPLAINER_STATES)[number];

export const EXPLAINER_ACTIONS = [
  'submit',
  'approve',
  'approve_own',
  'request_changes',
  'edit',
] as const;
export type ExplainerAction = (typeof EXPLAINER_ACTIONS)[number];

/** 'author' — the actor wrote any part of the explainer's current version. */
export const EXPLAINER_RELATIONS = ['author'] as const;

/** Anyone who may write an explainer; an admin's role is about accounts, not content. */
const WRITERS = ['translator', 'reviewer', 'editor'] as const;

/**
 * A reusable context note is reviewed like a translation. Readers see only approved
 * explainers, so an edit of an approved one takes it back to draft and through review again.
 * `approve_own` is service-gated by the site's SELF_APPROVAL setting.
 */
export const explainerWorkflow = new StateMachine<ExplainerState, ExplainerAction>(
  'explainer',
  EXPLAINER_STATES,
  [
    {
      from: ['draft', 'changes_requested'],
      action: 'submit',
      to: 'in_review',
      roles: WRITERS,
      requires: ['author'],
    },
    {
      from: ['in_review'],
      action: 'approve',
      to: 'approved',
      roles: ['reviewer', 'editor'],
      forbids: ['author'],
    },
    {
      from: ['in_review'],
      action: 'approve_own',
      to: 'approved',
      roles: ['editor'],
      requires: ['author'],
    },
    {
      from: ['in_review'],
      action: 'request_changes',
      to: 'changes_requested',
      roles: ['reviewer', 'editor'],
      forbids: ['author'],
    },
    {
      from: ['draft', 'changes_requested', 'approved'],
      action: 'edit',
      to: 'draft',
      roles: WRITERS,
      requires: ['author'],
    },
    {
      from: ['draft', 'changes_requested', 'approved'],
      action: 'edit',
      to: 'draft',
      roles: ['editor'],
    },
  ],
);
