import { describe, expect, it } from 'vitest';
import { identifyCode, namesCode } from './legal-codes.rules.js';

describe('identifyCode', () => {
  it.each([
    ['УК РФ', 'ru', 'criminal'],
    ['Уголовного кодекса Российской Федерации', 'ru', 'criminal'],
    ['КоАП', 'ru', 'administrative'],
    ['Кодекса об административных правонарушениях', 'ru', 'administrative'],
    ['УПК', 'ru', 'criminalProcedure'],
    ['Конституции', 'ru', 'constitution'],
    ['Criminal Code', 'en', 'criminal'],
    ['Code of Administrative Offenses', 'en', 'administrative'],
    ['Administrative Code', 'en', 'administrative'],
    ['Code of Criminal Procedure', 'en', 'criminalProcedure'],
  ] as const)('reads %s as the %s code', (name, language, code) => {
    expect(identifyCode(name, language)).toBe(code);
  });

  it('knows no code in other words', () => {
    expect(identifyCode('закона об иноагентах', 'ru')).toBeUndefined();
  });
});

describe('namesCode', () => {
  it('finds the code anywhere in the text in any accepted form', () => {
    expect(namesCode('under Article 207.3 of the Criminal Code', 'criminal', 'en')).toBe(true);
    expect(namesCode('under the Administrative Offences Code', 'administrative', 'en')).toBe(true);
    expect(namesCode('по статье Уголовного кодекса', 'criminal', 'ru')).toBe(true);
  });

  it('does not take the criminal procedure code or a Constitutional Court for the code itself', () => {
    expect(namesCode('under the Code of Criminal Procedure', 'criminal', 'en')).toBe(false);
    expect(namesCode('по УПК', 'criminal', 'ru')).toBe(false);
    expect(namesCode('the Constitutional Court ruled', 'constitution', 'en')).toBe(false);
  });
});
