import { describe, expect, it } from 'vitest';
import { allowedTable, expandTable, workflowMessages } from '../../test/support/workflow-table.js';
import { ROLES } from '../common/roles.js';
import { SYSTEM_ACTOR } from '../common/state-machine.rules.js';
import {
  TRANSLATION_ACTIONS,
  TRANSLATION_RELATIONS,
  TRANSLATION_STATES,
  translationWorkflow,
} from './translation-workflow.rules.js';

const UNPUBLISHED = 'draft in_review changes_requested approved';

const EXPECTED = `
  submit          translator claimant    -> in_review:         draft changes_requested outdated
  request_changes reviewer   -           -> changes_requested: in_review
  request_changes reviewer   claimant    -> changes_requested: in_review
  request_changes reviewer   system      -> changes_requested: in_review
  request_changes editor     -           -> changes_requested: in_review
  request_changes editor     claimant    -> changes_requested: in_review
  request_changes editor     system      -> changes_requested: in_review
  approve         reviewer   -           -> approved:          in_review
  approve         reviewer   claimant    -> approved:          in_review
  approve         reviewer   system      -> approved:          in_review
  approve         editor     -           -> approved:          in_review
  approve         editor     claimant    -> approved:          in_review
  approve         editor     system      -> approved:          in_review
  approve_own     editor     contributor -> approved:          in_review
  publish         editor     -           -> published:         approved
  publish         editor     claimant    -> published:         approved
  publish         editor     contributor -> published:         approved
  publish         editor     system      -> published:         approved
  unit_edited     translator claimant    -> draft:             approved
  unit_edited     editor     -           -> draft:             approved
  unit_edited     editor     claimant    -> draft:             approved
  unit_edited     editor     contributor -> draft:             approved
  unit_edited     editor     system      -> draft:             approved
  source_changed  translator system      -> outdated:          published
  source_changed  reviewer   system      -> outdated:          published
  source_changed  editor     system      -> outdated:          published
  source_changed  admin      system      -> outdated:          published
  unpublish       editor     -           -> withdrawn:         published outdated
  unpublish       editor     claimant    -> withdrawn:         published outdated
  unpublish       editor     contributor -> withdrawn:         published outdated
  unpublish       editor     system      -> withdrawn:         published outdated
  withdraw        translator claimant    -> withdrawn:         ${UNPUBLISHED}
  withdraw        editor     -           -> withdrawn:         ${UNPUBLISHED}
  withdraw        editor     claimant    -> withdrawn:         ${UNPUBLISHED}
  withdraw        editor     contributor -> withdrawn:         ${UNPUBLISHED}
  withdraw        editor     system      -> withdrawn:         ${UNPUBLISHED}
`;

describe('translationWorkflow', () => {
  it('allows exactly the listed state × action × role × relation combinations', () => {
    expect(
      allowedTable(
        translationWorkflow,
        TRANSLATION_STATES,
        TRANSLATION_ACTIONS,
        TRANSLATION_RELATIONS,
      ),
    ).toEqual(expandTable(EXPECTED));
  });

  it('never lets anyone who wrote a unit approve the translation or ask for changes', () => {
    const everything = { roles: ROLES, relations: ['claimant', 'contributor'] };
    for (const state of TRANSLATION_STATES) {
      expect(translationWorkflow.decide(state, 'approve', everything).allowed).toBe(false);
      expect(translationWorkflow.decide(state, 'request_changes', everything).allowed).toBe(false);
    }
    expect(translationWorkflow.decide('in_review', 'approve', everything)).toMatchObject({
      reasonKey: 'workflow:relation-forbidden',
      params: { relation: 'contributor', machine: 'translation' },
    });
    expect(translationWorkflow.actionsFrom('in_review', everything)).toEqual([
      'approve_own',
      'withdraw',
    ]);
  });

  it('keeps withdrawn final', () => {
    const everything = { roles: ROLES, relations: [...TRANSLATION_RELATIONS] };
    expect(translationWorkflow.actionsFrom('withdrawn', everything)).toEqual([]);
  });

  it('withdraws only unpublished work; published work is unpublished by an editor', () => {
    const claimant = { roles: ['translator'] as const, relations: ['claimant'] };
    expect(translationWorkflow.decide('published', 'withdraw', claimant)).toMatchObject({
      reasonKey: 'workflow:illegal-transition',
    });
    expect(translationWorkflow.decide('published', 'unpublish', claimant)).toMatchObject({
      reasonKey: 'workflow:role-required',
      params: { roles: 'editor' },
    });
  });

  it('outdates only a published translation when the source changes', () => {
    expect(translationWorkflow.decide('published', 'source_changed', SYSTEM_ACTOR)).toEqual({
      allowed: true,
      to: 'outdated',
    });
    for (const state of ['draft', 'in_review', 'changes_requested', 'approved'] as const) {
      expect(translationWorkflow.decide(state, 'source_changed', SYSTEM_ACTOR).allowed).toBe(false);
    }
  });

  it('sends an approved translation back to draft, for a new submission, when a unit is edited', () => {
    const claimant = { roles: ['translator'] as const, relations: ['claimant', 'contributor'] };
    expect(translationWorkflow.decide('approved', 'unit_edited', claimant)).toEqual({
      allowed: true,
      to: 'draft',
    });
    const stranger = { roles: ['translator'] as const, relations: [] };
    expect(translationWorkflow.decide('approved', 'unit_edited', stranger)).toMatchObject({
      reasonKey: 'workflow:relation-required',
      params: { relation: 'claimant' },
    });
  });
});

describe('translation workflow messages', () => {
  const i18n = workflowMessages();

  it('names every state, action and relation in both languages', () => {
    for (const lng of ['en', 'ru']) {
      for (const state of TRANSLATION_STATES) {
        expect(i18n.exists(`workflow:state.translation.${state}`, { lng }), `${lng} ${state}`).toBe(
          true,
        );
      }
      for (const action of TRANSLATION_ACTIONS) {
        expect(i18n.exists(`workflow:action.${action}`, { lng }), `${lng} ${action}`).toBe(true);
      }
      for (const relation of TRANSLATION_RELATIONS) {
        expect(i18n.exists(`workflow:relation.${relation}`, { lng }), `${lng} ${relation}`).toBe(
          true,
        );
      }
    }
  });

  it('renders a four-eyes refusal in Russian with the human names', () => {
    const decision = translationWorkflow.decide('in_review', 'approve', {
      roles: ['reviewer'],
      relations: ['contributor'],
    });
    expect(decision.allowed).toBe(false);
    if (decision.allowed) return;
    expect(i18n.t(decision.reasonKey, { ...decision.params, lng: 'ru' })).toBe(
      'Действие «Одобрить» вам недоступно, потому что вы — участник этого перевода: работу должен проверить другой человек.',
    );
  });
});
