import { describe, expect, it } from 'vitest';
import { hideUnclosableBrackets } from './markdown-brackets.rules.js';
import { markdownToBody } from './markdown-import.rules.js';

describe('brackets no `]` can close', () => {
  it('are hidden from markdown-it, and only those', () => {
    expect(hideUnclosableBrackets('[[a] [b](c) [').text).toBe('\u2E16[a] [b](c) \u2E16');
    expect(hideUnclosableBrackets('[a `[` b]').hidden).toBe(false);
    expect(hideUnclosableBrackets('[a <x[> b]').hidden).toBe(false);
    expect(hideUnclosableBrackets('\\[ a').hidden).toBe(false);
    expect(hideUnclosableBrackets('\u2E16 [').hidden).toBe(false);
  });

  it('keep every letter, in text, code, quotes and tables', () => {
    expect(markdownToBody('[[[[ a [ б')).toBe('[[[[ a [ б');
    expect(markdownToBody('```\n[[ code\n```\n\n`[` and [')).toBe('[[ code\n\n[ and [');
    expect(markdownToBody('> quote [ и\n\n| a [ | b |\n| - | - |\n| [ | c |')).toBe(
      '> quote [ и\n\na [ | b\n\n[ | c',
    );
  });

  it('leave links, images and emphasis working beside them', () => {
    expect(markdownToBody('[[a](https://e.example/x[) [b] *c [* [')).toBe(
      '[[a](https://e.example/x%5B) [b] *c [* [',
    );
    expect(markdownToBody('[a `[` b](https://e.example/) [')).toBe(
      markdownToBody('[a `[` b](https://e.example/) []').replace(/\[\]$/, '['),
    );
    expect(markdownToBody('![alt [x] y](https://e.example/i.png) [')).toBe('alt [x] y [');
    // `[` is punctuation: a `*` between a letter and it opens nothing, and so with the stand-in.
    expect(markdownToBody('a*[b* c [')).toBe('a*[b* c [');
    expect(markdownToBody('a *b* [')).toBe('a *b* [');
  });
});
