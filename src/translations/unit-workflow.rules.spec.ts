import { describe, expect, it } from 'vitest';
import { allowedTable, expandTable, workflowMessages } from '../../test/support/workflow-table.js';
import { ROLES } from '../common/roles.js';
import { SYSTEM_ACTOR } from '../common/state-machine.rules.js';
import { UNIT_ACTIONS, UNIT_RELATIONS, UNIT_STATES, unitWorkflow } from './unit-workflow.rules.js';

const EDITABLE = 'empty draft needs_changes outdated approved';
const SOURCE_CHANGE = 'draft submitted approved needs_changes outdated';

const EXPECTED = `
  edit            translator claimant -> draft:         ${EDITABLE}
  edit            editor     -        -> draft:         ${EDITABLE}
  edit            editor     claimant -> draft:         ${EDITABLE}
  edit            editor     author   -> draft:         ${EDITABLE}
  edit            editor     system   -> draft:         ${EDITABLE}
  submit          translator claimant -> submitted:     draft needs_changes
  approve         reviewer   -        -> approved:      submitted
  approve         reviewer   claimant -> approved:      submitted
  approve         reviewer   system   -> approved:      submitted
  approve         editor     -        -> approved:      submitted
  approve         editor     claimant -> approved:      submitted
  approve         editor     system   -> approved:      submitted
  approve_own     editor     author   -> approved:      submitted
  request_changes reviewer   -        -> needs_changes: submitted
  request_changes reviewer   claimant -> needs_changes: submitted
  request_changes reviewer   system   -> needs_changes: submitted
  request_changes editor     -        -> needs_changes: submitted
  request_changes editor     claimant -> needs_changes: submitted
  request_changes editor     system   -> needs_changes: submitted
  source_changed  translator system   -> outdated:      ${SOURCE_CHANGE}
  source_changed  reviewer   system   -> outdated:      ${SOURCE_CHANGE}
  source_changed  editor     system   -> outdated:      ${SOURCE_CHANGE}
  source_changed  admin      system   -> outdated:      ${SOURCE_CHANGE}
`;

describe('unitWorkflow', () => {
  it('allows exactly the listed state × action × role × relation combinations', () => {
    expect(allowedTable(unitWorkflow, UNIT_STATES, UNIT_ACTIONS, UNIT_RELATIONS)).toEqual(
      expandTable(EXPECTED),
    );
  });

  it('never lets the author of the current text approve it or ask for changes (four-eyes)', () => {
    const everything = { roles: ROLES, relations: ['claimant', 'author'] };
    for (const state of UNIT_STATES) {
      for (const action of ['approve', 'request_changes'] as const) {
        expect(unitWorkflow.decide(state, action, everything).allowed).toBe(false);
      }
    }
    expect(unitWorkflow.decide('submitted', 'approve', everything)).toMatchObject({
      reasonKey: 'workflow:relation-forbidden',
      params: { relation: 'author' },
    });
  });

  it('keeps self-approval a separate action for an editor who wrote the text', () => {
    const editorAuthor = { roles: ['editor'] as const, relations: ['author'] };
    expect(unitWorkflow.actionsFrom('submitted', editorAuthor)).toEqual(['approve_own']);
    const reviewerAuthor = { roles: ['reviewer'] as const, relations: ['author'] };
    expect(unitWorkflow.decide('submitted', 'approve_own', reviewerAuthor)).toMatchObject({
      reasonKey: 'workflow:role-required',
    });
  });

  it('lets nobody edit a unit while it waits for review', () => {
    const editor = { roles: ROLES, relations: ['claimant', 'author'] };
    expect(unitWorkflow.decide('submitted', 'edit', editor)).toMatchObject({
      reasonKey: 'workflow:illegal-transition',
      params: { action: 'edit', state: 'submitted', machine: 'unit' },
    });
  });

  it('tells a translator who did not claim the text that the claim is missing', () => {
    const translator = { roles: ['translator'] as const, relations: [] };
    expect(unitWorkflow.decide('draft', 'edit', translator)).toMatchObject({
      reasonKey: 'workflow:relation-required',
      params: { relation: 'claimant' },
    });
  });

  it('makes any filled unit outdated when the source changes, but only by the system', () => {
    expect(unitWorkflow.decide('approved', 'source_changed', SYSTEM_ACTOR)).toEqual({
      allowed: true,
      to: 'outdated',
    });
    expect(unitWorkflow.decide('empty', 'source_changed', SYSTEM_ACTOR).allowed).toBe(false);
    const editor = { roles: ROLES, relations: ['claimant', 'author'] };
    expect(unitWorkflow.actionsFrom('approved', editor)).not.toContain('source_changed');
  });
});

describe('unit workflow messages', () => {
  const i18n = workflowMessages();

  it('names every state, action and relation in both languages', () => {
    for (const lng of ['en', 'ru']) {
      for (const state of UNIT_STATES) {
        expect(i18n.exists(`workflow:state.unit.${state}`, { lng }), `${lng} ${state}`).toBe(true);
      }
      for (const action of UNIT_ACTIONS) {
        expect(i18n.exists(`workflow:action.${action}`, { lng }), `${lng} ${action}`).toBe(true);
      }
      for (const relation of UNIT_RELATIONS) {
        expect(i18n.exists(`workflow:relation.${relation}`, { lng }), `${lng} ${relation}`).toBe(
          true,
        );
      }
    }
  });

  it('renders every refusal with the human names of action, state and relation', () => {
    const refusals = UNIT_STATES.flatMap((state) =>
      UNIT_ACTIONS.flatMap((action) =>
        ROLES.map((role) =>
          unitWorkflow.decide(state, action, { roles: [role], relations: ['author'] }),
        ),
      ),
    );
    const keys = new Set<string>();
    for (const decision of refusals) {
      if (decision.allowed) continue;
      keys.add(decision.reasonKey);
      for (const lng of ['en', 'ru']) {
        const text = i18n.t(decision.reasonKey, { ...decision.params, lng });
        expect(text).not.toMatch(/\$t\(|workflow:|\{\{/);
      }
    }
    expect(keys.size).toBe(4);
    expect(
      i18n.t('workflow:illegal-transition', {
        action: 'approve',
        state: 'draft',
        machine: 'unit',
        lng: 'ru',
      }),
    ).toContain('«Черновик»');
  });
});
