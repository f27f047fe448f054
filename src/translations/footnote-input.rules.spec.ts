import { describe, expect, it } from 'vitest';
import { ValidationFailed } from '../common/errors/domain-error.js';
import { anchorColumns, anchorOf, cleanNote, MAX_NOTE_LENGTH } from './footnote-input.rules.js';

const TEXT = 'The Supreme Court ordered Memorial closed. Memorial appealed.';

function refusal(run: () => unknown): { field: string; key: string } | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationFailed) return error.fields[0];
    throw error;
  }
  return undefined;
}

describe('cleanNote', () => {
  it('keeps one Unicode form and one kind of line break, trimmed', () => {
    expect(cleanNote('  Cafe\u0301\r\nsecond\rthird  ')).toBe('Café\nsecond\nthird');
  });

  it('refuses a blank note and one longer than the limit, on the note field', () => {
    expect(refusal(() => cleanNote(' \n '))).toMatchObject({
      field: 'note',
      key: 'translations:note-empty',
    });
    expect(refusal(() => cleanNote('x'.repeat(MAX_NOTE_LENGTH)))).toBeUndefined();
    expect(refusal(() => cleanNote('x'.repeat(MAX_NOTE_LENGTH + 1)))).toMatchObject({
      field: 'note',
      key: 'validation:max-length',
    });
  });
});

describe('anchorOf', () => {
  it('prefers the quoted passage over offsets, and counts occurrences from one', () => {
    const second = anchorOf(TEXT, { unitVersion: 1, note: 'n', quote: 'Memorial', occurrence: 2 });
    expect(second.start).toBe(TEXT.lastIndexOf('Memorial'));
    const quoted = anchorOf(TEXT, {
      unitVersion: 1,
      note: 'n',
      quote: 'Supreme Court',
      start: 0,
      end: 3,
    });
    expect(quoted.quote).toBe('Supreme Court');
  });

  it('falls back to a selection when no passage is quoted', () => {
    const anchor = anchorOf(TEXT, { unitVersion: 1, note: 'n', quote: ' ', start: 4, end: 17 });
    expect(anchor.quote).toBe('Supreme Court');
  });

  it('asks for a passage when there is neither a quote nor a whole selection', () => {
    expect(refusal(() => anchorOf(TEXT, { unitVersion: 1, note: 'n', start: 4 }))).toMatchObject({
      field: 'quote',
      key: 'translations:note-anchor-required',
    });
  });
});

describe('anchorColumns', () => {
  it('stores the end after the quote and clears the lost flag', () => {
    const anchor = anchorOf(TEXT, { unitVersion: 1, note: 'n', quote: 'appealed' });
    expect(anchorColumns(anchor)).toMatchObject({
      quote: 'appealed',
      start: TEXT.indexOf('appealed'),
      end: TEXT.indexOf('appealed') + 'appealed'.length,
      lost: false,
    });
  });
});
