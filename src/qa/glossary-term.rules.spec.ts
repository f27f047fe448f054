import { describe, expect, it } from 'vitest';
import { glossaryTermCheck, usesRendering } from './glossary-term.rules.js';
import type { GlossaryHit, Language } from './qa-check.rules.js';

const run = (target: string, glossary: GlossaryHit[], targetLanguage: Language = 'en') =>
  glossaryTermCheck.run({
    sourceLanguage: targetLanguage === 'en' ? 'ru' : 'en',
    targetLanguage,
    source: '',
    target,
    glossary,
  });

describe('usesRendering', () => {
  it('finds a Russian rendering in inflected forms', () => {
    expect(usesRendering('Его признали иностранным агентом.', 'иностранный агент')).toBe(true);
    expect(usesRendering('реестр нежелательных организаций', 'нежелательная организация')).toBe(
      true,
    );
  });

  it('finds an English rendering whatever the case and number', () => {
    expect(usesRendering('Memorial was declared a Foreign Agent.', 'foreign agent')).toBe(true);
    expect(usesRendering('the register of foreign agents', 'foreign agent')).toBe(true);
  });

  it('needs whole words in order', () => {
    expect(usesRendering('an agent of foreign powers', 'foreign agent')).toBe(false);
    expect(usesRendering('the agenda', 'agent')).toBe(false);
  });
});

describe('glossary-term', () => {
  const foreignAgent = { term: 'иноагент', renderings: ['foreign agent', 'foreign-agent'] };

  it('reports a term found many times once', () => {
    const hits = Array.from({ length: 50 }, () => ({ ...foreignAgent }));
    expect(run('He was declared an inoagent. '.repeat(50), hits)).toHaveLength(1);
  });

  it('passes a target using one of the renderings', () => {
    expect(run('The foreign-agent label', [foreignAgent])).toEqual([]);
  });

  it('reports a term rendered otherwise, listing the renderings', () => {
    expect(run('He was declared an inoagent.', [foreignAgent])).toEqual([
      {
        check: 'glossary-term',
        severity: 'warning',
        messageKey: 'qa:glossary-term',
        params: { term: 'иноагент', renderings: 'foreign agent, foreign-agent' },
      },
    ]);
  });

  it('checks Russian targets by stems', () => {
    const hit = { term: 'undesirable organisation', renderings: ['нежелательная организация'] };
    expect(run('Признана нежелательной организацией в 2021 году.', [hit], 'ru')).toEqual([]);
    expect(
      run('Признана экстремистской в 2021 году.', [hit], 'ru').map((f) => f.params.term),
    ).toEqual(['undesirable organisation']);
  });

  it('has nothing to say without glossary hits', () => {
    expect(run('Anything.', [])).toEqual([]);
  });
});
