import { describe, expect, it } from 'vitest';
import { negotiateLanguage } from './language-negotiation.rules.js';

describe('negotiateLanguage', () => {
  it('prefers the query, then the cookie, then Accept-Language, then English', () => {
    expect(negotiateLanguage({ query: 'ru', cookie: 'en', acceptLanguage: 'en' })).toBe('ru');
    expect(negotiateLanguage({ query: 'de', cookie: 'ru', acceptLanguage: 'en' })).toBe('ru');
    expect(negotiateLanguage({ acceptLanguage: 'de-DE,ru;q=0.8,en;q=0.5' })).toBe('ru');
    expect(negotiateLanguage({ acceptLanguage: 'en;q=0.3, ru-RU;q=0.9' })).toBe('ru');
    expect(negotiateLanguage({ acceptLanguage: 'fr, de' })).toBe('en');
    expect(negotiateLanguage({})).toBe('en');
  });

  it('ignores values that are not interface languages and zero-quality tags', () => {
    expect(negotiateLanguage({ query: ['ru'], cookie: 'xx', acceptLanguage: 'ru;q=0, en' })).toBe(
      'en',
    );
  });
});
