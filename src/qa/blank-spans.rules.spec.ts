import { describe, expect, it } from 'vitest';
import { blank } from './blank-spans.rules.js';

describe('blank', () => {
  it('turns each span into as many spaces, in any order, keeping offsets', () => {
    const text = 'ст. 280 УК и https://a.example/1';
    const masked = blank(text, [
      { start: 13, end: 32 },
      { start: 0, end: 10 },
    ]);
    expect(masked).toBe(`${' '.repeat(10)} и ${' '.repeat(19)}`);
    expect(masked).toHaveLength(text.length);
  });

  it('blanks overlapping and nested spans once', () => {
    expect(
      blank('abcdefgh', [
        { start: 1, end: 5 },
        { start: 3, end: 7 },
        { start: 2, end: 4 },
      ]),
    ).toBe('a      h');
  });

  it('leaves the text alone without spans', () => {
    expect(blank('суд', [])).toBe('суд');
  });
});
