import { describe, expect, it } from 'vitest';
import { WholeTableCache } from './whole-table-cache.js';

describe('WholeTableCache', () => {
  it('loads once and shares the load between readers until a write', async () => {
    let loads = 0;
    const cache = new WholeTableCache(async () => ++loads);
    expect(await Promise.all([cache.get(), cache.get()])).toEqual([1, 1]);
    expect(await cache.get()).toBe(1);
    await cache.droppedAfter(Promise.resolve());
    expect(await cache.get()).toBe(2);
  });

  it('drops the cache after a failed write too', async () => {
    let loads = 0;
    const cache = new WholeTableCache(async () => ++loads);
    await cache.get();
    await expect(cache.droppedAfter(Promise.reject(new Error('refused')))).rejects.toThrow(
      'refused',
    );
    expect(await cache.get()).toBe(2);
  });

  it('does not keep a failed load', async () => {
    let loads = 0;
    const cache = new WholeTableCache(async () => {
      loads += 1;
      if (loads === 1) throw new Error('locked');
      return loads;
    });
    await expect(cache.get()).rejects.toThrow('locked');
    expect(await cache.get()).toBe(2);
  });
});
