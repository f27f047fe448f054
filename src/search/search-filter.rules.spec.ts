import { describe, expect, it } from 'vitest';
import {
  dateBound,
  MAX_QUERY_LENGTH,
  MAX_SEARCH_PAGE,
  readSearchFilter,
} from './search-filter.rules.js';

describe('readSearchFilter', () => {
  it('reads every filter of a well-formed query string', () => {
    const { filter, problems } = readSearchFilter({
      q: ' Мемориал ',
      language: 'ru',
      initiative: '7',
      tag: 'Репрессии',
      from: '2021',
      to: '2022-02',
      page: '3',
    });
    expect(problems).toEqual([]);
    expect(filter).toEqual({
      q: ' Мемориал ',
      language: 'ru',
      initiativeId: 7,
      tag: 'репрессии',
      from: '2021-01-01',
      to: '2022-02-28',
      page: 3,
    });
  });

  it('reads the content language from the parameter it is told, not from `lang`', () => {
    expect(readSearchFilter({ q: 'x', lang: 'ru' }).filter.language).toBeUndefined();
    expect(readSearchFilter({ q: 'x', lang: 'ru' }, 'lang').filter.language).toBe('ru');
  });

  it('reports values of the wrong shape and leaves them out', () => {
    const { filter, problems, echo } = readSearchFilter({
      q: 'x',
      language: 'de',
      initiative: '-1',
      tag: '<b>',
      from: '2021-13',
      to: 'yesterday',
      page: '0',
    });
    expect(filter).toEqual({ q: 'x', page: 1 });
    expect(problems).toEqual([
      { field: 'language', key: 'validation:invalid' },
      { field: 'initiative', key: 'validation:invalid' },
      { field: 'tag', key: 'validation:invalid' },
      { field: 'from', key: 'validation:date-impossible' },
      { field: 'to', key: 'validation:date-format' },
      { field: 'page', key: 'validation:invalid' },
    ]);
    expect(echo.tag).toBe('<b>');
  });

  it('never fails on repeated, missing or non-string parameters', () => {
    const { filter, problems } = readSearchFilter({
      q: ['first', 'second'],
      language: { nested: 'x' },
      page: ['2', '3'],
      unknown: 'ignored',
    });
    expect(filter).toEqual({ q: 'first', page: 2 });
    expect(problems).toEqual([]);
    expect(readSearchFilter({}).filter).toEqual({ q: '', page: 1 });
  });

  it('cuts a huge query and bounds the page', () => {
    const { filter } = readSearchFilter({ q: 'я'.repeat(50_000), page: '999999999' });
    expect(filter.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(filter.page).toBe(MAX_SEARCH_PAGE);
  });
});

describe('dateBound', () => {
  it('gives the first or last day a year, month or day covers', () => {
    expect(dateBound('2021', 'from')).toEqual({ ok: true, date: '2021-01-01' });
    expect(dateBound('2021', 'to')).toEqual({ ok: true, date: '2021-12-31' });
    expect(dateBound('2024-02', 'to')).toEqual({ ok: true, date: '2024-02-29' });
    expect(dateBound('2023-02', 'to')).toEqual({ ok: true, date: '2023-02-28' });
    expect(dateBound('2021-12-28', 'to')).toEqual({ ok: true, date: '2021-12-28' });
  });

  it('refuses impossible dates and other shapes', () => {
    expect(dateBound('2023-02-29', 'from')).toEqual({
      ok: false,
      key: 'validation:date-impossible',
    });
    expect(dateBound('2021-00', 'from')).toMatchObject({ ok: false });
    expect(dateBound('21-12-28', 'from')).toEqual({ ok: false, key: 'validation:date-format' });
    expect(dateBound("2021'; DROP", 'from')).toMatchObject({ ok: false });
  });
});
