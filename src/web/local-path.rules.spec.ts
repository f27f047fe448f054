import { describe, expect, it } from 'vitest';
import { judgeLocalPath, localPathOr } from './local-path.rules.js';

describe('judgeLocalPath', () => {
  it.each([
    '/',
    '/tags/court',
    '/tags/%D1%81%D1%83%D0%B4',
    '/texts/12?lang=ru#unit-3',
    '/search?q=%22free%20speech%22',
  ])('follows the same-origin path %s', (path) => {
    expect(judgeLocalPath(path)).toEqual({ ok: true, path });
  });

  it.each([
    ['//evil.example/x', 'other-origin'],
    ['/%2Fevil.example/x', 'other-origin'],
    ['/%252Fevil.example', 'other-origin'],
    ['/\\evil.example', 'unsafe-character'],
    ['/%5Cevil.example', 'unsafe-character'],
    ['/\t/evil.example/x', 'unsafe-character'],
    ['/%09/evil.example/x', 'unsafe-character'],
    ['/%2509/evil.example/x', 'unsafe-character'],
    ['/a%0d%0aX-Injected:%201', 'unsafe-character'],
    ['/a%00b', 'unsafe-character'],
    ['/tags/суд', 'unsafe-character'],
    ['/a b', 'unsafe-character'],
    ['/%E0%A4%A', 'unsafe-character'],
    ['/%25252525252F', 'unsafe-character'],
    ['https://evil.example/', 'not-a-path'],
    ['evil.example', 'not-a-path'],
    ['', 'not-a-path'],
    [`/${'a'.repeat(3000)}`, 'not-a-path'],
  ])('refuses %s', (value, reason) => {
    expect(judgeLocalPath(value)).toEqual({ ok: false, reason });
  });

  it('refuses values that are not strings', () => {
    expect(judgeLocalPath(['/a', '/b'])).toEqual({ ok: false, reason: 'not-a-path' });
    expect(judgeLocalPath(undefined)).toEqual({ ok: false, reason: 'not-a-path' });
  });

  it('falls back when refused', () => {
    expect(localPathOr('/%09/evil.example', '/account')).toBe('/account');
    expect(localPathOr('/texts/1', '/account')).toBe('/texts/1');
  });
});
