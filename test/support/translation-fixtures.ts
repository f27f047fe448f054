import { TranslationMemoryService } from '../../src/memory/translation-memory.service.js';
import type { TestApp } from './test-app.js';

/** A Russian news text: a fine with numbers, a glossary term, a listed name and a memory match. */
export const BODY = `Суд оштрафовал активистку на 30 тыс. руб. по ст. 20.3.3 КоАП.

«Мемориал» признали иностранным агентом. Алексей Навальный заявил о давлении.

Решение можно обжаловать.`;

/** Puts one ru>en pair into the translation memory, a fuzzy match for the last unit of BODY. */
export async function importAppealMemory(t: TestApp): Promise<void> {
  await t.get(TranslationMemoryService).importPairs('ru', 'en', [
    {
      source: 'Решение можно обжаловать в апелляционном суде.',
      target: 'The decision can be appealed in the court of appeal.',
    },
  ]);
}
