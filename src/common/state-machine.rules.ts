import { ROLES, type Role } from './roles.js';

export type { Role };

/**
 * Who asks to take a transition: their site roles, and their relations to the object at hand
 * ('claimant', 'author', 'contributor', 'system', ...), which the service works out from the
 * stored data before asking.
 */
export interface Actor {
  roles: readonly Role[];
  relations: readonly string[];
}

export interface Transition<S extends string, A extends string> {
  from: readonly S[];
  action: A;
  to: S;
  /** The actor needs at least one of these roles. */
  roles: readonly Role[];
  /** The actor needs every one of these relations. */
  requires?: readonly string[];
  /** The actor must have none of these relations (four-eyes). */
  forbids?: readonly string[];
}

export type Decision<S> =
  { allowed: true; to: S } | { allowed: false; reasonKey: string; params?: Record<string, string> };

/**
 * Changes that nobody makes by hand (a source text was edited) are taken by this actor, so the
 * transitions for them are data like any other and no person can take them.
 */
export const SYSTEM_ACTOR: Actor = { roles: ROLES, relations: ['system'] };

/** How far a transition's checks got: a later failure tells the person more. */
const ROLE_FAILED = 1;
const REQUIRED_FAILED = 2;
const FORBIDDEN_FAILED = 3;

interface Failure {
  stage: number;
  params: Record<string, string>;
}

const REASON: Record<number, string> = {
  [ROLE_FAILED]: 'workflow:role-required',
  [REQUIRED_FAILED]: 'workflow:relation-required',
  [FORBIDDEN_FAILED]: 'workflow:relation-forbidden',
};

/**
 * A finite-state machine whose transitions are a table. Several rows may share a state and an
 * action with different roles or relations; the first row the actor satisfies decides. No
 * role has powers the table does not list — an admin included.
 */
export class StateMachine<S extends string, A extends string> {
  constructor(
    readonly name: string,
    readonly states: readonly S[],
    private readonly transitions: readonly Transition<S, A>[],
  ) {
    // The types cannot see a table built from a wrong list, so a broken table fails at load.
    for (const transition of transitions) {
      for (const state of [...transition.from, transition.to]) {
        if (!states.includes(state)) {
          throw new Error(`${name}: transition ${transition.action} names unknown state ${state}`);
        }
      }
      if (transition.roles.length === 0 || transition.from.length === 0) {
        throw new Error(`${name}: transition ${transition.action} can never be taken`);
      }
    }
  }

  /** Every action the table knows, in the order of first appearance. */
  get actions(): A[] {
    return [...new Set(this.transitions.map((t) => t.action))];
  }

  decide(from: S, action: A, actor: Actor): Decision<S> {
    const base = { action, state: from, machine: this.name };
    const candidates = this.transitions.filter((t) => t.action === action && t.from.includes(from));
    if (candidates.length === 0) {
      return { allowed: false, reasonKey: 'workflow:illegal-transition', params: base };
    }
    let closest: Failure | undefined;
    for (const transition of candidates) {
      const failure = check(transition, actor);
      if (!failure) return { allowed: true, to: transition.to };
      if (!closest || failure.stage > closest.stage) closest = failure;
    }
    const failure = closest!;
    return {
      allowed: false,
      reasonKey: REASON[failure.stage]!,
      params: { ...base, ...failure.params },
    };
  }

  /** The actions the actor may take from a state: what a page may offer as buttons. */
  actionsFrom(from: S, actor: Actor): A[] {
    return this.actions.filter((action) => this.decide(from, action, actor).allowed);
  }
}

function check<S extends string, A extends string>(
  transition: Transition<S, A>,
  actor: Actor,
): Failure | undefined {
  if (!transition.roles.some((role) => actor.roles.includes(role))) {
    return { stage: ROLE_FAILED, params: { roles: transition.roles.join(', ') } };
  }
  const missing = (transition.requires ?? []).find(
    (relation) => !actor.relations.includes(relation),
  );
  if (missing !== undefined) return { stage: REQUIRED_FAILED, params: { relation: missing } };
  const present = (transition.forbids ?? []).find((relation) => actor.relations.includes(relation));
  if (present !== undefined) return { stage: FORBIDDEN_FAILED, params: { relation: present } };
  return undefined;
}
