import { cleanInline, escapeLineStart, normaliseBody } from '../source-blocks.rules.js';

/**
 * Plain text, where nothing is markup, as a Markdown-lite body. Paragraphs follow the
 * Markdown-lite rule (blank lines separate them; with no blank line at all each line is one),
 * and a line that starts like a heading, list item or quote is escaped so that "1. Мы
 * требуем…" or "- 2 °C" stays the paragraph the author wrote.
 */
export function plainTextToBody(text: string): string {
  const lines = text
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map((line) => escapeLineStart(cleanInline(line)));
  return normaliseBody(lines.join('\n'));
}
