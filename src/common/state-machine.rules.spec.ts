import { describe, expect, it } from 'vitest';
import { ROLES } from './roles.js';
import { type Actor, StateMachine, SYSTEM_ACTOR } from './state-machine.rules.js';

type State = 'draft' | 'in_review' | 'approved' | 'archived';
type Action = 'submit' | 'approve' | 'archive' | 'expire';

const machine = new StateMachine<State, Action>(
  'sample',
  ['draft', 'in_review', 'approved', 'archived'],
  [
    {
      from: ['draft'],
      action: 'submit',
      to: 'in_review',
      roles: ['translator'],
      requires: ['claimant'],
    },
    {
      from: ['in_review'],
      action: 'approve',
      to: 'approved',
      roles: ['reviewer'],
      forbids: ['author'],
    },
    // A second row for the same step: an editor who wrote the text takes another way.
    {
      from: ['in_review'],
      action: 'approve',
      to: 'archived',
      roles: ['editor'],
      requires: ['author'],
    },
    { from: ['draft', 'approved'], action: 'archive', to: 'archived', roles: ['editor'] },
    { from: ['approved'], action: 'expire', to: 'draft', roles: ROLES, requires: ['system'] },
  ],
);

const actor = (roles: Actor['roles'], relations: string[] = []): Actor => ({ roles, relations });

describe('StateMachine.decide', () => {
  it('allows a listed transition and names the target state', () => {
    expect(machine.decide('draft', 'submit', actor(['translator'], ['claimant']))).toEqual({
      allowed: true,
      to: 'in_review',
    });
  });

  it('refuses an action the state does not have, naming action, state and machine', () => {
    expect(machine.decide('approved', 'submit', actor(['translator'], ['claimant']))).toEqual({
      allowed: false,
      reasonKey: 'workflow:illegal-transition',
      params: { action: 'submit', state: 'approved', machine: 'sample' },
    });
  });

  it('refuses an actor without any of the roles, listing them', () => {
    expect(machine.decide('draft', 'archive', actor(['reviewer']))).toEqual({
      allowed: false,
      reasonKey: 'workflow:role-required',
      params: { action: 'archive', state: 'draft', machine: 'sample', roles: 'editor' },
    });
  });

  it('refuses an actor who lacks a required relation', () => {
    const decision = machine.decide('draft', 'submit', actor(['translator']));
    expect(decision).toMatchObject({
      allowed: false,
      reasonKey: 'workflow:relation-required',
      params: { relation: 'claimant' },
    });
  });

  it('refuses an actor who has a forbidden relation', () => {
    const decision = machine.decide('in_review', 'approve', actor(['reviewer'], ['author']));
    expect(decision).toMatchObject({
      allowed: false,
      reasonKey: 'workflow:relation-forbidden',
      params: { relation: 'author' },
    });
  });

  it('takes the first row the actor satisfies', () => {
    const both = actor(['reviewer', 'editor'], ['author']);
    expect(machine.decide('in_review', 'approve', both)).toEqual({ allowed: true, to: 'archived' });
    const reviewerEditor = actor(['reviewer', 'editor']);
    expect(machine.decide('in_review', 'approve', reviewerEditor)).toEqual({
      allowed: true,
      to: 'approved',
    });
  });

  it('reports the most specific failure among rows sharing state and action', () => {
    // Row 1 fails on the forbidden relation, row 2 on the role: the relation says more.
    const reviewerAuthor = actor(['reviewer'], ['author']);
    expect(machine.decide('in_review', 'approve', reviewerAuthor)).toMatchObject({
      reasonKey: 'workflow:relation-forbidden',
    });
    // Row 1 fails on the role, row 2 on the missing relation.
    expect(machine.decide('in_review', 'approve', actor(['editor']))).toMatchObject({
      reasonKey: 'workflow:relation-required',
      params: { relation: 'author' },
    });
    expect(machine.decide('in_review', 'approve', actor(['translator']))).toMatchObject({
      reasonKey: 'workflow:role-required',
      params: { roles: 'reviewer' },
    });
  });

  it('gives an admin nothing the table does not list', () => {
    const admin = actor(['admin'], ['claimant', 'author']);
    expect(machine.decide('draft', 'archive', admin)).toMatchObject({
      reasonKey: 'workflow:role-required',
    });
    expect(machine.decide('in_review', 'approve', admin).allowed).toBe(false);
  });

  it('lets only the system actor take system rows', () => {
    expect(machine.decide('approved', 'expire', SYSTEM_ACTOR)).toEqual({
      allowed: true,
      to: 'draft',
    });
    expect(machine.decide('approved', 'expire', actor(['editor', 'admin']))).toMatchObject({
      reasonKey: 'workflow:relation-required',
      params: { relation: 'system' },
    });
  });
});

describe('StateMachine.actionsFrom', () => {
  it('offers exactly the actions the actor may take, once each', () => {
    expect(machine.actionsFrom('in_review', actor(['reviewer', 'editor'], ['author']))).toEqual([
      'approve',
    ]);
    expect(machine.actionsFrom('approved', actor(['editor']))).toEqual(['archive']);
    expect(machine.actionsFrom('approved', SYSTEM_ACTOR)).toEqual(['archive', 'expire']);
    expect(machine.actionsFrom('archived', actor(['editor', 'admin'], ['author']))).toEqual([]);
  });

  it('lists every action of the table in order of first appearance', () => {
    expect(machine.actions).toEqual(['submit', 'approve', 'archive', 'expire']);
  });
});

describe('StateMachine construction', () => {
  it('refuses a table that names a state outside the list', () => {
    expect(
      () =>
        new StateMachine<string, string>(
          'broken',
          ['a'],
          [{ from: ['a'], action: 'go', to: 'b', roles: ['editor'] }],
        ),
    ).toThrow(/unknown state b/);
  });

  it('refuses a row that nobody could ever take', () => {
    expect(
      () =>
        new StateMachine<string, string>(
          'broken',
          ['a'],
          [{ from: ['a'], action: 'go', to: 'a', roles: [] }],
        ),
    ).toThrow(/never be taken/);
  });
});
