import { IntField, TextField, VersionField } from '../common/validation/fields.js';

/** The no-JavaScript way to anchor a note: quote the passage (and which occurrence of it). */
export class FootnoteForm {
  @VersionField()
  unitVersion!: number;

  @TextField({
    optional: true,
    maxLength: 2000,
    trim: false,
    description: 'The passage the note belongs to.',
  })
  quote?: string;

  @IntField({ optional: true, min: 1, max: 1000 })
  occurrence?: number;

  /** Set by the editor's script from a selection in the text. */
  @IntField({ optional: true, min: 0, max: 10_000_000 })
  start?: number;

  @IntField({ optional: true, min: 0, max: 10_000_000 })
  end?: number;

  @TextField({ maxLength: 4000 })
  note!: string;
}

export class FootnoteEditForm {
  @VersionField()
  version!: number;

  @TextField({ optional: true, maxLength: 4000 })
  note?: string;

  @TextField({ optional: true, maxLength: 2000, trim: false })
  quote?: string;

  @IntField({ optional: true, min: 1, max: 1000 })
  occurrence?: number;
}

export class FootnoteDeleteForm {
  @VersionField()
  version!: number;
}
