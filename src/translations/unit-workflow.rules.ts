import { ROLES } from '../common/roles.js';
import { StateMachine } from '../common/state-machine.rules.js';

export const UNIT_STATES = [
  'empty',
  'draft',
  'submitted',
  'approved',
  'needs_changes',
  'outdated',
] as const;
export type UnitState = (typeof UNIT_STATES)[number];

export const UNIT_ACTIONS = [
  'edit',
  'submit',
  'approve',
  'approve_own',
  'request_changes',
  'source_changed',
] as const;
export type UnitAction = (typeof UNIT_ACTIONS)[number];

/**
 * Relations the service works out before asking: 'claimant' — the actor claimed the
 * translation; 'author' — the actor wrote the unit's current text; 'system' — the change
 * comes from the source text, not from a person (see SYSTEM_ACTOR).
 */
export const UNIT_RELATIONS = ['claimant', 'author', 'system'] as const;

/**
 * `approve_own` is the self-approval of a site with a single reviewer. The table says who
 * could take it; the service offers it only when the site's SELF_APPROVAL=editor setting is
 * on, and records it as such.
 */
export const unitWorkflow = new StateMachine<UnitState, UnitAction>('unit', UNIT_STATES, [
  {
    // An edit of an approved unit sends it back through review.
    from: ['empty', 'draft', 'needs_changes', 'outdated', 'approved'],
    action: 'edit',
    to: 'draft',
    roles: ['translator'],
    requires: ['claimant'],
  },
  {
    from: ['empty', 'draft', 'needs_changes', 'outdated', 'approved'],
    action: 'edit',
    to: 'draft',
    roles: ['editor'],
  },
  {
    // A change request may be answered in the discussion without changing the text.
    from: ['draft', 'needs_changes'],
    action: 'submit',
    to: 'submitted',
    roles: ['translator'],
    requires: ['claimant'],
  },
  {
    from: ['submitted'],
    action: 'approve',
    to: 'approved',
    roles: ['reviewer', 'editor'],
    forbids: ['author'],
  },
  {
    from: ['submitted'],
    action: 'approve_own',
    to: 'approved',
    roles: ['editor'],
    requires: ['author'],
  },
  {
    from: ['submitted'],
    action: 'request_changes',
    to: 'needs_changes',
    roles: ['reviewer', 'editor'],
    forbids: ['author'],
  },
  {
    // The old text stays on the unit and is shown beside the new source.
    from: ['draft', 'submitted', 'approved', 'needs_changes', 'outdated'],
    action: 'source_changed',
    to: 'outdated',
    roles: ROLES,
    requires: ['system'],
  },
]);
