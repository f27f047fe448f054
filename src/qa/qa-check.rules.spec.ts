import { describe, expect, it } from 'vitest';
import { finding, languagePair, listValues } from './qa-check.rules.js';

describe('finding', () => {
  const check = { id: 'number-mismatch', severity: 'error' as const };

  it('uses the namespace-colon key of the check', () => {
    expect(finding(check, { values: '15' })).toEqual({
      check: 'number-mismatch',
      severity: 'error',
      messageKey: 'qa:number-mismatch',
      params: { values: '15' },
    });
  });

  it('appends a variant to the key but keeps the check id', () => {
    const result = finding(check, {}, 'missing');
    expect(result.messageKey).toBe('qa:number-mismatch.missing');
    expect(result.check).toBe('number-mismatch');
  });
});

describe('languagePair', () => {
  it('writes source>target', () => {
    expect(languagePair({ sourceLanguage: 'en', targetLanguage: 'ru' })).toBe('en>ru');
  });
});

describe('listValues', () => {
  it('joins values once each, in order', () => {
    expect(listValues(['2022', '15', '2022', 'Путин'])).toBe('2022, 15, Путин');
    expect(listValues([])).toBe('');
  });
});
