import { describe, expect, it } from 'vitest';
import { nestsDeeperThan } from './html-depth.rules.js';

describe('nestsDeeperThan', () => {
  it('counts open elements, not all of them', () => {
    expect(nestsDeeperThan('<div><div><div>x</div></div></div>', 3)).toBe(false);
    expect(nestsDeeperThan('<div><div><div><div>x</div></div></div></div>', 3)).toBe(true);
    expect(nestsDeeperThan('<div></div>'.repeat(1000), 1)).toBe(false);
  });

  it('does not count elements honest HTML leaves open, nor void or self-closed ones', () => {
    expect(
      nestsDeeperThan('<ul>' + '<li>item<p>text<br><img src=x>'.repeat(500) + '</ul>', 2),
    ).toBe(false);
    expect(nestsDeeperThan('<span/>'.repeat(10), 1)).toBe(false);
  });

  it('refuses 60,000 nested lists', () => {
    expect(nestsDeeperThan('<ul><li>'.repeat(60_000) + 'x')).toBe(true);
  });
});
