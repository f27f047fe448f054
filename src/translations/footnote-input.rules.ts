import { ValidationFailed } from '../common/errors/domain-error.js';
import { anchorFromQuote, createAnchor, type FootnoteAnchor } from './footnote-anchor.rules.js';

export const MAX_NOTE_LENGTH = 2000;

export interface FootnoteInput {
  unitVersion: number;
  /** Either offsets into the unit's text (a selection)… */
  start?: number | undefined;
  end?: number | undefined;
  /** …or the quoted passage, with its occurrence when it appears more than once. */
  quote?: string | undefined;
  occurrence?: number | undefined;
  note: string;
}

/** A note as stored: one Unicode form and one kind of line break; never blank or too long. */
export function cleanNote(raw: string): string {
  const note = raw.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  if (!note) throw ValidationFailed.field('note', 'translations:note-empty');
  if (note.length > MAX_NOTE_LENGTH)
    throw ValidationFailed.field('note', 'validation:max-length', {
      max: MAX_NOTE_LENGTH,
      count: MAX_NOTE_LENGTH,
    });
  return note;
}

export function anchorOf(text: string, input: FootnoteInput): FootnoteAnchor {
  if (input.quote !== undefined && input.quote.trim() !== '')
    return anchorFromQuote(text, input.quote, input.occurrence);
  if (input.start === undefined || input.end === undefined)
    throw ValidationFailed.field('quote', 'translations:note-anchor-required');
  return createAnchor(text, input.start, input.end);
}

/** The columns an anchor placed by hand sets; a note placed again is no longer lost. */
export function anchorColumns(anchor: FootnoteAnchor) {
  return {
    quote: anchor.quote,
    prefix: anchor.prefix,
    suffix: anchor.suffix,
    start: anchor.start,
    end: anchor.start + anchor.quote.length,
    lost: false,
  };
}
