import i18next, { type i18n } from 'i18next';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localesDirectory } from '../../src/common/project-paths.js';
import { ROLES } from '../../src/common/roles.js';
import type { StateMachine } from '../../src/common/state-machine.rules.js';

/**
 * Every state × action × single role × (no relation or one relation) a workflow allows, one
 * `action role relation state -> to` line each, so a spec compares the whole table at once.
 */
export function allowedTable<S extends string, A extends string>(
  machine: StateMachine<S, A>,
  states: readonly S[],
  actions: readonly A[],
  relations: readonly string[],
): string[] {
  const allowed: string[] = [];
  for (const state of states) {
    for (const action of actions) {
      for (const role of ROLES) {
        for (const relation of ['-', ...relations]) {
          const actor = { roles: [role], relations: relation === '-' ? [] : [relation] };
          const decision = machine.decide(state, action, actor);
          if (decision.allowed)
            allowed.push(`${action} ${role} ${relation} ${state} -> ${decision.to}`);
        }
      }
    }
  }
  return allowed.sort();
}

/** Lines of `action role relation -> to: from-states`, expanded to one row per state. */
export function expandTable(table: string): string[] {
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

/** The real workflow locale files in both languages, for checking refusals read well. */
export function workflowMessages(): i18n {
  const resources = Object.fromEntries(
    ['en', 'ru'].map((lng) => [
      lng,
      { workflow: JSON.parse(readFileSync(join(localesDirectory, lng, 'workflow.json'), 'utf8')) },
    ]),
  );
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    initAsync: false,
    lng: 'en',
    interpolation: { escapeValue: false },
  });
  return instance;
}
