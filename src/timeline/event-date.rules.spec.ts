import { describe, expect, it } from 'vitest';
import { formatEventDateInput, parseEventDate } from './event-date.rules.js';

const today = new Date('2026-11-23T12:00:00Z');

describe('parseEventDate', () => {
  it('accepts days, months and years', () => {
    expect(parseEventDate('2021-12-28', 'day', today)).toEqual({ ok: true, date: '2021-12-28' });
    expect(parseEventDate('2020-07', 'month', today)).toEqual({ ok: true, date: '2020-07-01' });
    expect(parseEventDate('2014', 'year', today)).toEqual({ ok: true, date: '2014-01-01' });
    expect(parseEventDate('2022-02-24', 'year', today)).toEqual({ ok: true, date: '2022-01-01' });
  });

  it('refuses impossible, incomplete, malformed and future dates', () => {
    expect(parseEventDate('2021-02-30', 'day', today)).toEqual({
      ok: false,
      key: 'validation:date-impossible',
    });
    expect(parseEventDate('2021-13', 'month', today)).toEqual({
      ok: false,
      key: 'validation:date-impossible',
    });
    expect(parseEventDate('2021-12', 'day', today)).toEqual({
      ok: false,
      key: 'validation:date-needs-day',
    });
    expect(parseEventDate('28.12.2021', 'day', today)).toEqual({
      ok: false,
      key: 'validation:date-format',
    });
    expect(parseEventDate('2027-01-01', 'day', today)).toEqual({
      ok: false,
      key: 'validation:date-future',
    });
    expect(parseEventDate('2024-02-29', 'day', today).ok).toBe(true);
    expect(parseEventDate('2023-02-29', 'day', today).ok).toBe(false);
  });

  it('gives back what an editor typed', () => {
    expect(formatEventDateInput('2020-07-01', 'month')).toBe('2020-07');
    expect(formatEventDateInput('2014-01-01', 'year')).toBe('2014');
    expect(formatEventDateInput('2021-12-21', 'day')).toBe('2021-12-21');
  });
});
