import { describe, expect, it } from 'vitest';
import { isTag, tagOf } from './tag.rules.js';

describe('tags', () => {
  it('accepts letters of any script, digits and hyphens', () => {
    for (const tag of ['memorial', 'иноагенты', 'human-rights', '2022', 'ОВД-Инфо']) {
      expect(isTag(tag), tag).toBe(true);
    }
  });

  it('refuses spaces, punctuation, markup, empty and overlong values', () => {
    for (const tag of ['human rights', 'a/b', '<b>', '', 'x'.repeat(61), 'tag,other']) {
      expect(isTag(tag), tag).toBe(false);
    }
    expect(isTag(undefined)).toBe(false);
    expect(isTag(['memorial'])).toBe(false);
  });

  it('stores and links tags in lower case', () => {
    expect(tagOf('Memorial')).toBe('memorial');
    expect(tagOf('ОВД-Инфо')).toBe('овд-инфо');
    expect(tagOf('no tag')).toBeNull();
  });
});
