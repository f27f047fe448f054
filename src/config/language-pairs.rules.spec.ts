import { describe, expect, it } from 'vitest';
import { pairKey, parseLanguagePairs } from './language-pairs.rules.js';

describe('pair keys', () => {
  it('name a pair the way the configuration writes it, so keys parse back to their pairs', () => {
    const parsed = parseLanguagePairs('ru>en, en>ru');
    if (!parsed.ok) throw new Error(parsed.problem);
    const keys = parsed.pairs.map(pairKey);
    expect(keys).toEqual(['ru>en', 'en>ru']);
    const again = parseLanguagePairs(keys.join(','));
    expect(again).toEqual(parsed);
  });
});
