import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter.rules.js';

describe('RateLimiter', () => {
  it('blocks a key after the limit within the window and frees it after', () => {
    const limiter = new RateLimiter(3, 1000);
    expect(limiter.hit('a', 0)).toBe(false);
    expect(limiter.hit('a', 10)).toBe(false);
    expect(limiter.isBlocked('a', 20)).toBe(false);
    expect(limiter.hit('a', 20)).toBe(true);
    expect(limiter.isBlocked('a', 30)).toBe(true);
    expect(limiter.retryAfter('a', 500)).toBe(1);
    expect(limiter.isBlocked('b', 30)).toBe(false);
    expect(limiter.isBlocked('a', 1000)).toBe(false);
  });

  it('reset clears a key', () => {
    const limiter = new RateLimiter(1, 1000);
    limiter.hit('a', 0);
    expect(limiter.isBlocked('a', 1)).toBe(true);
    limiter.reset('a');
    expect(limiter.isBlocked('a', 2)).toBe(false);
  });

  it('never holds more keys than its maximum', () => {
    const limiter = new RateLimiter(5, 60_000, 100);
    for (let i = 0; i < 1000; i++) limiter.hit(`k${i}`, i);
    expect(limiter.isBlocked('k999', 1000)).toBe(false);
    expect(
      (limiter as unknown as { windows: Map<string, unknown> }).windows.size,
    ).toBeLessThanOrEqual(100);
  });
});

describe('RateLimiter.release', () => {
  it('gives back one reserved event so a success does not count as a failure', () => {
    const limiter = new RateLimiter(2, 1000);
    limiter.hit('k', 0);
    limiter.hit('k', 0);
    expect(limiter.isBlocked('k', 0)).toBe(true);
    limiter.release('k', 0);
    expect(limiter.isBlocked('k', 0)).toBe(false);
    limiter.release('k', 0);
    limiter.release('k', 0);
    limiter.hit('k', 0);
    expect(limiter.isBlocked('k', 0)).toBe(false);
  });
});
