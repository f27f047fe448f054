export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export type ParsedPartialDate = { ok: true; date: string } | { ok: false; key: string };

/**
 * Accepts "2021-12-28" (day), "2021-12" (month) or "2021" (year) — or a full date with a
 * coarser precision, which is then cut to it. Impossible dates ("2021-02-30") are refused,
 * and so are dates in the future: timelines and sources record what happened.
 */
export function parsePartialDate(
  input: string,
  precision: DatePrecision,
  today = new Date(),
): ParsedPartialDate {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(input.trim());
  if (!match) return { ok: false, key: 'validation:date-format' };
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (precision === 'day' && day === undefined)
    return { ok: false, key: 'validation:date-needs-day' };
  if (precision === 'month' && month === undefined)
    return { ok: false, key: 'validation:date-needs-month' };
  if (year < 1800) return { ok: false, key: 'validation:date-impossible' };
  if (month !== undefined && (month < 1 || month > 12))
    return { ok: false, key: 'validation:date-impossible' };
  if (day !== undefined) {
    const probe = new Date(Date.UTC(year, (month ?? 1) - 1, day));
    if (probe.getUTCMonth() !== (month ?? 1) - 1 || probe.getUTCDate() !== day) {
      return { ok: false, key: 'validation:date-impossible' };
    }
  }
  const m = precision === 'year' ? 1 : (month ?? 1);
  const d = precision === 'day' ? (day ?? 1) : 1;
  const date = `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (date > today.toISOString().slice(0, 10)) return { ok: false, key: 'validation:date-future' };
  return { ok: true, date };
}

/** The date as an editor typed it, for showing it back in a form. */
export function formatPartialDateInput(date: string, precision: DatePrecision): string {
  return precision === 'year' ? date.slice(0, 4) : precision === 'month' ? date.slice(0, 7) : date;
}
