import { describe, expect, it } from 'vitest';
import {
  MAX_MATCHES,
  MIN_QUALITY_FLOOR,
  boundedSearch,
  mayReadMemory,
} from './memory-access.rules.js';

describe('memory access', () => {
  it('lets only people of the pair read it, in that direction', () => {
    expect(mayReadMemory({ languagePairs: ['ru>en'] }, 'ru', 'en')).toBe(true);
    expect(mayReadMemory({ languagePairs: ['en>ru'] }, 'ru', 'en')).toBe(false);
    expect(mayReadMemory({ languagePairs: [] }, 'ru', 'en')).toBe(false);
  });

  it('keeps a floor on quality and a cap on results whatever is asked', () => {
    expect(boundedSearch({ limit: 1000, minQuality: 1 })).toEqual({
      limit: MAX_MATCHES,
      minQuality: MIN_QUALITY_FLOOR,
    });
    expect(boundedSearch({})).toEqual({ limit: 5, minQuality: MIN_QUALITY_FLOOR });
    expect(boundedSearch({ limit: 3, minQuality: 80 })).toEqual({ limit: 3, minQuality: 80 });
  });
});
