import { describe, expect, it } from 'vitest';
import { hideUnusableMarkers } from './markdown-stand-ins.rules.js';
import { markdownToBody } from './markdown-import.rules.js';

describe('brackets no `]` can close', () => {
  it('are hidden from markdown-it, and only those', () => {
    expect(hideUnusableMarkers('[[a] [b](c) [').text).toBe('\u2E16[a] [b](c) \u2E16');
    expect(hideUnusableMarkers('[a `[` b]').hidden).toBe(false);
    expect(hideUnusableMarkers('[a <x[> b]').hidden).toBe(false);
    expect(hideUnusableMarkers('\\[ a').hidden).toBe(false);
    expect(hideUnusableMarkers('\u2E16 [').hidden).toBe(false);
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

describe('emphasis runs that match no other run', () => {
  it('are hidden, and only those', () => {
    expect(hideUnusableMarkers('x *а **б *в').text).toBe('x \u2E17а \u2E17\u2E17б \u2E17в');
    expect(hideUnusableMarkers('x *a* b').hidden).toBe(false);
    expect(hideUnusableMarkers('snake_case_name').hidden).toBe(false);
  });

  it('never touch list markers, rules or escapes', () => {
    expect(hideUnusableMarkers('* a\n* b\n\n* * *\n\n_ _ _\n\n\\*x').hidden).toBe(false);
    expect(markdownToBody('* a *\n* b\n\n***\n\n_ _ _\n\nc')).toBe('- a *\n\n- b\n\nc');
  });

  it('keep every letter and leave emphasis that closes working', () => {
    expect(markdownToBody('*а **б *в')).toBe('*а **б *в');
    expect(markdownToBody('x *а **б* в _г')).toBe('x *а **б* в _г');
    expect(markdownToBody('*a* **b** x *')).toBe('*a* **b** x *');
    expect(markdownToBody('> *quoted\n> text* *')).toBe('> *quoted text* *');
    expect(markdownToBody('[*a*](https://e.example/*x_) *')).toBe('[*a*](https://e.example/*x_) *');
    expect(markdownToBody('`*` code *')).toBe('\\* code *');
  });
});
