import { describe, expect, it } from 'vitest';
import { planGlossaryImport, type ExistingTerm, type TermCheck } from './glossary-import.rules.js';

const existing: ExistingTerm[] = [
  {
    id: 1,
    version: 3,
    sourceLanguage: 'ru',
    term: 'иностранный агент',
    forms: ['иноагент'],
    note: 'note',
    renderings: { en: 'foreign agent' },
    forbidden: { en: ['foreign spy'] },
    explainerId: 9,
  },
];
const accept: TermCheck = (input) => input;

describe('planning a glossary import', () => {
  it('matches rows to terms ignoring case and ё, keeps what the format lacks, lists changes', () => {
    const plan = planGlossaryImport(
      existing,
      'ru',
      [
        { line: 2, term: 'Иностранный агент', renderings: { en: 'foreign agent' } },
        { line: 3, term: 'ёлка', renderings: { en: 'fir' }, note: '' },
      ],
      accept,
    );
    expect(plan[0]).toMatchObject({
      outcome: 'changed',
      changes: ['term'],
      existing: { id: 1, version: 3 },
      input: {
        forms: ['иноагент'],
        note: 'note',
        forbidden: { en: ['foreign spy'] },
        explainerId: 9,
      },
    });
    expect(plan[1]).toMatchObject({ outcome: 'added', input: { term: 'ёлка', forms: [] } });
  });

  it('finds an unchanged term unchanged, and refuses empty, repeated and invalid rows', () => {
    const plan = planGlossaryImport(
      existing,
      'ru',
      [
        { line: 1, term: 'иностранный агент', renderings: {}, forbidden: { en: ['foreign spy'] } },
        { line: 2, term: ' ', renderings: { en: 'x' } },
        { line: 3, term: 'иностранный  агент', renderings: { en: 'y' } },
        { line: 4, term: 'плохой', renderings: {} },
      ],
      (input) =>
        input.renderings.en
          ? input
          : { field: 'renderings.en', key: 'glossary:rendering-required', params: {} },
    );
    expect(plan.map((p) => p.outcome)).toEqual(['unchanged', 'refused', 'refused', 'refused']);
    expect(plan[1]!.problem!.key).toBe('exchange:glossary-no-term');
    expect(plan[2]!.problem).toMatchObject({
      key: 'exchange:glossary-duplicate-row',
      params: { line: 1 },
    });
    expect(plan[3]!.problem!.key).toBe('glossary:rendering-required');
  });

  it('clears renderings to avoid when a TBX language set brings none', () => {
    const [row] = planGlossaryImport(
      existing,
      'ru',
      [
        {
          line: 1,
          term: 'иностранный агент',
          forms: ['иноагент'],
          note: 'note',
          renderings: { en: 'foreign agent' },
          forbidden: { en: [] },
        },
      ],
      accept,
    );
    expect(row).toMatchObject({ outcome: 'changed', changes: ['forbidden.en'] });
  });
});
