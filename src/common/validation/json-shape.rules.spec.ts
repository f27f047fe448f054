import { describe, expect, it } from 'vitest';
import { judgeJsonShape } from './json-shape.rules.js';

const limits = { maxDepth: 3, maxKeys: 4 };

describe('judgeJsonShape', () => {
  it('accepts bodies within the bounds', () => {
    expect(judgeJsonShape('{"a":[1,{"b":2}]}', limits)).toEqual({ ok: true });
    expect(judgeJsonShape('"just a string"', limits)).toEqual({ ok: true });
  });

  it('refuses nesting deeper than the bound, arrays and objects alike', () => {
    expect(judgeJsonShape('[[[[1]]]]', limits)).toEqual({ ok: false, problem: 'too-deep' });
    expect(judgeJsonShape('{"a":{"b":{"c":{"d":1}}}}', limits)).toEqual({
      ok: false,
      problem: 'too-deep',
    });
  });

  it('counts depth, not total brackets', () => {
    expect(judgeJsonShape('[[1],[2],[3],[4],[5],[6]]', limits)).toEqual({ ok: true });
  });

  it('refuses more keys than the bound', () => {
    expect(judgeJsonShape('{"a":1,"b":2,"c":3,"d":4,"e":5}', limits)).toEqual({
      ok: false,
      problem: 'too-many-keys',
    });
  });

  it('ignores brackets, colons and escaped quotes inside strings', () => {
    expect(judgeJsonShape('{"t":"[[[[:::: \\" {{{{ :::"}', limits)).toEqual({ ok: true });
  });

  it('refuses a 100,000-deep body with the default bounds', () => {
    expect(judgeJsonShape('['.repeat(100_000) + ']'.repeat(100_000))).toEqual({
      ok: false,
      problem: 'too-deep',
    });
  });
});
