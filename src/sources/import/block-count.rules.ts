/**
 * An upper bound on the blocks an imported file would make, found by one linear scan before
 * any parser runs. Parsing costs per block (markdown-it's tokens, our cleaning of each block,
 * two HTML passes per element), so a megabyte of one-letter quotes, table rows or `<li>` used
 * to cost 7–9 times ordinary prose of the same size. A text of more than this many paragraphs,
 * list items or table rows is no text volunteers could translate unit by unit anyway.
 */
export const MAX_IMPORT_BLOCKS = 10_000;

// Elements that always begin a block of their own.
const BLOCK_ELEMENT = /<(?:p|li|tr|td|th|dt|dd|h[1-6]|blockquote|pre)(?=[\s/>])/gi;

/** Lines with something on them: every Markdown block starts one. */
function filledLines(text: string): number {
  let count = 0;
  let filled = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      if (filled) count += 1;
      filled = false;
    } else if (code !== 32 && code !== 9 && code !== 13) {
      filled = true;
    }
  }
  return filled ? count + 1 : count;
}

function blockElements(text: string, stopAt: number): number {
  let count = 0;
  BLOCK_ELEMENT.lastIndex = 0;
  while (BLOCK_ELEMENT.exec(text) && count <= stopAt) count += 1;
  return count;
}

/** True when `text` could make more than `max` blocks in the given format. */
export function hasTooManyBlocks(
  text: string,
  format: 'html' | 'markdown',
  max = MAX_IMPORT_BLOCKS,
): boolean {
  if (format === 'markdown' && filledLines(text) > max) return true;
  return blockElements(text, max) > max;
}
