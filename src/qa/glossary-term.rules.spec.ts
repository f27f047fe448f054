import { describe, expect, it } from 'vitest';
import {
  forbiddenRenderingCheck,
  glossaryTermCheck,
  usesRendering,
} from './glossary-term.rules.js';
import type { GlossaryHit } from '../glossary/term-matcher.rules.js';
import type { Language } from './qa-check.rules.js';

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

  it('finds a Russian single-word rendering in every case, whatever Snowball makes of it', () => {
    for (const text of [
      '«Мемориал» ликвидировали.',
      'архив «Мемориала»',
      'с «Мемориалом»',
      'о «Мемориале»',
      'сотрудникам «Мемориалу»',
    ])
      expect(usesRendering(text, 'Мемориал'), text).toBe(true);
  });

  it('takes no other English word of the same Porter stem for the rendering', () => {
    expect(usesRendering('the society gathered the memory of the victims', 'Memorial')).toBe(false);
    expect(usesRendering('they organised the protests', 'organisation')).toBe(false);
    expect(usesRendering("Memorial's archive", 'Memorial')).toBe(true);
    expect(usesRendering("the prosecutor's offices", "prosecutor's office")).toBe(true);
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

  it('reports a generic paraphrase of a named term', () => {
    const memorial = { term: 'Мемориал', renderings: ['Memorial'] };
    expect(
      run('For twenty years the society gathered the memory of the victims.', [memorial]).map(
        (f) => f.params.term,
      ),
    ).toEqual(['Мемориал']);
    expect(
      run('For twenty years Memorial gathered the memory of the victims.', [memorial]),
    ).toEqual([]);
  });

  it('reports a paraphrase in a Russian target and passes the term in any case', () => {
    const memorial = { term: 'Memorial', renderings: ['Мемориал'] };
    expect(run('Суд ликвидировал правозащитное общество.', [memorial], 'ru')).toHaveLength(1);
    expect(run('Суд постановил ликвидировать «Мемориал».', [memorial], 'ru')).toEqual([]);
    expect(run('Ликвидация «Мемориала» возмутила многих.', [memorial], 'ru')).toEqual([]);
    const agent = { term: 'foreign agent', renderings: ['иностранный агент'] };
    expect(run('Его признали иностранным агентом.', [agent], 'ru')).toEqual([]);
    expect(run('Его признали агентом влияния.', [agent], 'ru')).toHaveLength(1);
  });

  it('has nothing to say without glossary hits', () => {
    expect(run('Anything.', [])).toEqual([]);
  });
});

describe('forbidden-rendering', () => {
  const hit = { term: 'иноагент', renderings: ['foreign agent'], forbidden: ['foreign spy'] };
  const check = (target: string) =>
    forbiddenRenderingCheck.run({
      sourceLanguage: 'ru',
      targetLanguage: 'en',
      source: 'иноагент',
      target,
      glossary: [hit],
    });

  it('reports a rendering to avoid, inflected too, naming the one to use', () => {
    expect(check('Two foreign spies were named.')).toEqual([
      {
        check: 'forbidden-rendering',
        severity: 'warning',
        messageKey: 'qa:forbidden-rendering',
        params: { term: 'иноагент', used: 'foreign spy', renderings: 'foreign agent' },
      },
    ]);
  });

  it('passes a target without one', () => {
    expect(check('A foreign agent, not a spy.')).toEqual([]);
  });
});
