import { describe, expect, it } from 'vitest';
import { allowedTable, expandTable, workflowMessages } from '../../test/support/workflow-table.js';
import { ROLES } from '../common/roles.js';
import {
  EXPLAINER_ACTIONS,
  EXPLAINER_RELATIONS,
  EXPLAINER_STATES,
  explainerWorkflow,
} from './explainer-workflow.rules.js';

const EXPECTED = `
  submit          translator author -> in_review:         draft changes_requested
  submit          reviewer   author -> in_review:         draft changes_requested
  submit          editor     author -> in_review:         draft changes_requested
  approve         reviewer   -      -> approved:          in_review
  approve         editor     -      -> approved:          in_review
  approve_own     editor     author -> approved:          in_review
  request_changes reviewer   -      -> changes_requested: in_review
  request_changes editor     -      -> changes_requested: in_review
  edit            translator author -> draft:             draft changes_requested approved
  edit            reviewer   author -> draft:             draft changes_requested approved
  edit            editor     author -> draft:             draft changes_requested approved
  edit            editor     -      -> draft:             draft changes_requested approved
`;

describe('explainerWorkflow', () => {
  it('allows exactly the listed state × action × role × relation combinations', () => {
    expect(
      allowedTable(explainerWorkflow, EXPLAINER_STATES, EXPLAINER_ACTIONS, EXPLAINER_RELATIONS),
    ).toEqual(expandTable(EXPECTED));
  });

  it('never lets an author approve their explainer or ask for changes to it (four-eyes)', () => {
    const everything = { roles: ROLES, relations: ['author'] };
    for (const state of EXPLAINER_STATES) {
      expect(explainerWorkflow.decide(state, 'approve', everything).allowed).toBe(false);
      expect(explainerWorkflow.decide(state, 'request_changes', everything).allowed).toBe(false);
    }
    expect(explainerWorkflow.actionsFrom('in_review', everything)).toEqual(['approve_own']);
  });

  it('returns an approved explainer to draft when it is edited', () => {
    const author = { roles: ['translator'] as const, relations: ['author'] };
    expect(explainerWorkflow.decide('approved', 'edit', author)).toEqual({
      allowed: true,
      to: 'draft',
    });
    expect(explainerWorkflow.decide('in_review', 'edit', author)).toMatchObject({
      reasonKey: 'workflow:illegal-transition',
      params: { machine: 'explainer', state: 'in_review' },
    });
  });

  it('tells a translator who did not write the explainer that authorship is needed', () => {
    const stranger = { roles: ['translator'] as const, relations: [] };
    expect(explainerWorkflow.decide('draft', 'edit', stranger)).toMatchObject({
      reasonKey: 'workflow:relation-required',
      params: { relation: 'author' },
    });
  });
});

describe('explainer workflow messages', () => {
  const i18n = workflowMessages();

  it('names every state and action in both languages', () => {
    for (const lng of ['en', 'ru']) {
      for (const state of EXPLAINER_STATES) {
        expect(i18n.exists(`workflow:state.explainer.${state}`, { lng }), `${lng} ${state}`).toBe(
          true,
        );
      }
      for (const action of EXPLAINER_ACTIONS) {
        expect(i18n.exists(`workflow:action.${action}`, { lng }), `${lng} ${action}`).toBe(true);
      }
    }
  });

  it('renders an illegal step with the explainer state name', () => {
    const decision = explainerWorkflow.decide('approved', 'submit', {
      roles: ['editor'],
      relations: ['author'],
    });
    expect(decision.allowed).toBe(false);
    if (decision.allowed) return;
    expect(i18n.t(decision.reasonKey, { ...decision.params, lng: 'en' })).toBe(
      '“Submit for review” is not possible while the state is “Approved”.',
    );
  });
});
