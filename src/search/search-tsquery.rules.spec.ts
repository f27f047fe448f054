import { describe, expect, it } from 'vitest';
import { buildMatchQuery, buildTsQuery } from './search-query.rules.js';

/** Only quoted lexemes, optionally `:C`, joined by `<->`, OR-ed in parentheses, AND-ed. */
const LEXEME = "'(?:[^'\\\\]|\\\\.)*'(?::C)?";
const PHRASE = `\\(${LEXEME}(?: <-> ${LEXEME})*\\)`;
const GROUP = `\\(${PHRASE}(?: \\| ${PHRASE})*\\)`;
const SAFE_SHAPE = new RegExp(`^${GROUP}(?: & ${GROUP})*$`);

describe('buildTsQuery (PostgreSQL)', () => {
  it('makes each word a group of the word anywhere and its stem in the stems column', () => {
    expect(buildTsQuery('Организации')).toBe("(('организации') | ('организац':C))");
  });

  it('AND-s the groups and leaves out a stem equal to the word', () => {
    expect(buildTsQuery('Мемориал 2021')).toBe("(('мемориал') | ('мемориа':C)) & (('2021'))");
  });

  it('folds ё and case like the indexed text', () => {
    expect(buildTsQuery('ЁЛКА')).toBe(buildTsQuery('елка'));
  });

  it('turns a multi-word expansion into a phrase', () => {
    const query = buildTsQuery('navalny', (w) => (w === 'navalny' ? ['алексей навальный'] : []));
    expect(query).toContain("'алексей' <-> 'навальный'");
    expect(query).toContain("'алекс':C <-> 'навальн':C");
  });

  it('quotes whatever is typed, so operators are only text', () => {
    for (const hostile of ["a' | 'b", "'; DROP TABLE x; --", '!мемориал', 'a & b | c', "\\'"]) {
      const query = buildTsQuery(hostile);
      if (query !== null) expect(query).toMatch(SAFE_SHAPE);
    }
  });

  it('has nothing to search for exactly when the FTS5 query has nothing', () => {
    for (const q of ['', '!!! ... ???', '🙂', 'суд']) {
      expect(buildTsQuery(q) === null).toBe(buildMatchQuery(q) === null);
    }
  });
});
