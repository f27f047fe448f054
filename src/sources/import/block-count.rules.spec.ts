import { describe, expect, it } from 'vitest';
import { hasTooManyBlocks } from './block-count.rules.js';

describe('hasTooManyBlocks', () => {
  it('counts Markdown lines that hold something, not blank ones', () => {
    const lines = (n: number, line: string) => Array.from({ length: n }, () => line).join('\n');
    expect(hasTooManyBlocks(lines(10, '> а'), 'markdown', 10)).toBe(false);
    expect(hasTooManyBlocks(lines(11, '| а | б |'), 'markdown', 10)).toBe(true);
    expect(hasTooManyBlocks(`${lines(10, 'а')}\n\n   \n\t\n`, 'markdown', 10)).toBe(false);
    expect(hasTooManyBlocks(lines(6, 'а\r\n'), 'markdown', 10)).toBe(false);
  });

  it('counts the elements that always begin a block, in HTML and in Markdown', () => {
    const items = (n: number) => '<ul>' + '<li>а'.repeat(n) + '</ul>';
    expect(hasTooManyBlocks(items(10), 'html', 10)).toBe(false);
    expect(hasTooManyBlocks(items(11), 'html', 10)).toBe(true);
    expect(hasTooManyBlocks(items(11), 'markdown', 10)).toBe(true);
    expect(hasTooManyBlocks('<P>а<TR><td>б<H2 id="x">в', 'html', 3)).toBe(true);
  });

  it('does not count inline or look-alike elements as blocks', () => {
    const text = '<p>' + '<b>а</b><pre-x>б</pre-x><label>в</label><param>'.repeat(50);
    expect(hasTooManyBlocks(text, 'html', 1)).toBe(false);
    expect(hasTooManyBlocks('<div>'.repeat(50) + 'а' + '</div>'.repeat(50), 'html', 1)).toBe(
      false,
    );
  });
});
