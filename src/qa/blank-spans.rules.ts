export interface Span {
  start: number;
  end: number;
}

/**
 * The text with every span turned into spaces, so offsets stay valid. One pass for all of
 * them: slicing the whole text once per span was quadratic in a unit full of numbers.
 */
export function blank(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let cursor = 0;
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    const from = Math.max(start, cursor);
    if (end <= from) continue;
    parts.push(text.slice(cursor, from), ' '.repeat(end - from));
    cursor = end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}
