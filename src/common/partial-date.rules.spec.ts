import { describe, expect, it } from 'vitest';
import { formatPartialDateInput, parsePartialDate } from './partial-date.rules.js';

const today = new Date('2026-11-23T12:00:00Z');

describe('parsePartialDate', () => {
  it('accepts days, months and years', () => {
    expect(parsePartialDate('2021-12-28', 'day', today)).toEqual({ ok: true, date: '2021-12-28' });
    expect(parsePartialDate('2020-07', 'month', today)).toEqual({ ok: true, date: '2020-07-01' });
    expect(parsePartialDate('2014', 'year', today)).toEqual({ ok: true, date: '2014-01-01' });
    expect(parsePartialDate('2022-02-24', 'year', today)).toEqual({ ok: true, date: '2022-01-01' });
  });

  it('refuses impossible, incomplete, malformed and future dates', () => {
    expect(parsePartialDate('2021-02-30', 'day', today)).toEqual({
      ok: false,
      key: 'validation:date-impossible',
    });
    expect(parsePartialDate('2021-13', 'month', today)).toEqual({
      ok: false,
      key: 'validation:date-impossible',
    });
    expect(parsePartialDate('2021-12', 'day', today)).toEqual({
      ok: false,
      key: 'validation:date-needs-day',
    });
    expect(parsePartialDate('28.12.2021', 'day', today)).toEqual({
      ok: false,
      key: 'validation:date-format',
    });
    expect(parsePartialDate('2027-01-01', 'day', today)).toEqual({
      ok: false,
      key: 'validation:date-future',
    });
    expect(parsePartialDate('2024-02-29', 'day', today).ok).toBe(true);
    expect(parsePartialDate('2023-02-29', 'day', today).ok).toBe(false);
  });

  it('gives back what an editor typed', () => {
    expect(formatPartialDateInput('2020-07-01', 'month')).toBe('2020-07');
    expect(formatPartialDateInput('2014-01-01', 'year')).toBe('2014');
    expect(formatPartialDateInput('2021-12-21', 'day')).toBe('2021-12-21');
  });
});
