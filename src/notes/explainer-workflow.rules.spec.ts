import i18next from 'i18next';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localesDirectory } from '../common/project-paths.js';
import { ROLES } from '../common/roles.js';
import {
  EXPLAINER_ACTIONS,
  EXPLAINER_RELATIONS,
  EXPLAINER_STATES,
  explainerWorkflow,
} from './explainer-workflow.rules.js';

/** Every state × action × single role × (no relation or one relation) the table allows. */
function allowedTable(): string[] {
  const allowed: string[] = [];
  for (const state of EXPLAINER_STATES) {
    for (const action of EXPLAINER_ACTIONS) {
      for (const role of ROLES) {
        for (const relation of ['-', ...EXPLAINER_RELATIONS]) {
          const relations = relation === '-' ? [] : [relation];
          const decision = explainerWorkflow.decide(state, action, { roles: [role], relations });
          if (decision.allowed)
            allowed.push(`${action} ${role} ${relation} ${state} -> ${decision.to}`);
        }
      }
    }
  }
  return allowed.sort();
}

/** Lines of `action role relation -> to: from-states`, expanded to one row per state. */
function expand(table: string): string[] {
  return table
    .trim()
    .split('\n')
    .flatMap((line) => {
      const [head, states] = line.split(':') as [string, string];
      const [action, role, relation, , to] = head.trim().split(/\s+/);
      return states
        .trim()
        .split(/\s+/)
        .map((state) => `${action} ${role} ${relation} ${state} -> ${to}`);
    })
    .sort();
}

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
    expect(allowedTable()).toEqual(expand(EXPECTED));
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
  const resources = Object.fromEntries(
    ['en', 'ru'].map((lng) => [
      lng,
      { workflow: JSON.parse(readFileSync(join(localesDirectory, lng, 'workflow.json'), 'utf8')) },
    ]),
  );
  const i18n = i18next.createInstance();
  void i18n.init({ resources, initAsync: false, lng: 'en', interpolation: { escapeValue: false } });

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
