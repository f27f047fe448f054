import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN, slugify } from './slug.rules.js';

describe('slugify', () => {
  it('transliterates Russian with the Wikipedia scheme', () => {
    expect(slugify('Алексей Навальный')).toBe('aleksey-navalny');
    expect(slugify('Щёлково: объект «Ёж»')).toBe('shchyolkovo-obyekt-yozh');
  });

  it('keeps only lower-case a–z, digits and single hyphens', () => {
    expect(slugify('  «Мемориал» — ликвидирован!!! (28.12.2021)  ')).toBe(
      'memorial-likvidirovan-28-12-2021',
    );
    expect(slugify('Statement: No to War / Нет войне')).toBe('statement-no-to-war-net-voyne');
    expect(slugify('--a--b--')).toBe('a-b');
  });

  it('drops accents and apostrophes from Latin titles', () => {
    expect(slugify('Café Müller’s Straße, Łódź')).toBe('cafe-mullers-strasse-lodz');
    expect(slugify("Navalny's widow")).toBe('navalnys-widow');
  });

  it('falls back to "text" when nothing usable is left', () => {
    expect(slugify('')).toBe('text');
    expect(slugify('!!! 🙂 ???')).toBe('text');
    expect(slugify('中文标题')).toBe('text');
  });

  it('cuts at a word boundary within the limit', () => {
    const title =
      'Закон об иностранных агентах: хронология поправок с 2012 по 2024 год и их последствия';
    const slug = slugify(title, 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug).toBe('zakon-ob-inostrannykh-agentakh');
    expect(slugify(title).length).toBeLessThanOrEqual(80);
    expect(slugify('one two three', 7)).toBe('one-two');
    expect(slugify('one two three', 6)).toBe('one');
  });

  it('cuts a single over-long word at the limit', () => {
    expect(slugify('a'.repeat(200))).toBe('a'.repeat(80));
    expect(slugify('Превысокомногорассмотрительствующий', 10)).toHaveLength(10);
  });

  it('makes slugs the reader site and the slug fields accept, and nothing else passes the pattern', () => {
    for (const title of [
      '«Мемориал» — 35 лет',
      '  --Navalny’s  letters--  ',
      '!!!',
      'Ёлка 2021/22',
    ]) {
      expect(slugify(title)).toMatch(SLUG_PATTERN);
    }
    for (const bad of ['', '-a', 'a-', 'a--b', 'A', 'a_b', 'a/b', 'мемориал']) {
      expect(bad).not.toMatch(SLUG_PATTERN);
    }
  });
});
