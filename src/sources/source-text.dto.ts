import { TagListField } from '../common/validation/tag-list-field.js';
import { DATE_PRECISIONS, type DatePrecision } from '../common/partial-date.rules.js';
import {
  EnumField,
  IntField,
  PatternField,
  TextField,
  UrlField,
  VersionField,
} from '../common/validation/fields.js';
import { StringListField } from '../common/validation/list-fields.js';
import { NestedListField } from '../common/validation/nested-list-field.js';
import { TEXT_LANGUAGES, type TextLanguage } from '../config/language-pairs.rules.js';
import {
  LEGAL_CODES,
  LICENCES,
  SOURCE_KINDS,
  type LegalCode,
  type Licence,
  type SourceKind,
} from './source-vocabulary.js';

export class LegalReferenceDto {
  @EnumField(LEGAL_CODES)
  code!: LegalCode;

  @PatternField({
    pattern: /^\d{1,4}(?:\.\d{1,3}){0,3}$/,
    maxLength: 20,
    key: 'sources:legal-article',
    example: '20.3.3',
  })
  article!: string;

  @PatternField({
    optional: true,
    pattern: /^\d{1,3}$/,
    maxLength: 3,
    key: 'sources:legal-part',
    example: '1',
  })
  part?: string;
}

/** The description of a source text, without its body (shared by paste, import and edit). */
export class SourceMetadataDto {
  @IntField({ min: 1, max: 2_147_483_647 })
  initiativeId!: number;

  @EnumField(TEXT_LANGUAGES)
  language!: TextLanguage;

  @EnumField(SOURCE_KINDS)
  kind!: SourceKind;

  @UrlField({ optional: true })
  originalUrl?: string;

  @UrlField({ optional: true })
  archiveUrl?: string;

  @TextField({
    optional: true,
    maxLength: 10,
    example: '2021-12-28',
    description: 'YYYY-MM-DD, YYYY-MM or YYYY.',
  })
  publishedDate?: string;

  @EnumField(DATE_PRECISIONS, { optional: true })
  publishedPrecision?: DatePrecision;

  @StringListField({ optional: true, maxItems: 20, maxLength: 120 })
  authors?: string[];

  @EnumField(LICENCES)
  licence!: Licence;

  @TextField({
    optional: true,
    maxLength: 2000,
    description: 'Required for `permission`: a URL or a note on who allowed it.',
  })
  licenceEvidence?: string;

  @NestedListField(() => LegalReferenceDto, { maxItems: 30 })
  legalReferences?: LegalReferenceDto[];

  @TagListField()
  tags?: string[];
}

export class CreateSourceDto extends SourceMetadataDto {
  @TextField({ maxLength: 300 })
  title!: string;

  /** Markdown-lite; the configured byte limit is checked by the service. */
  @TextField({
    maxLength: 10_000_000,
    trim: false,
    description: 'Paragraphs separated by blank lines (Markdown-lite).',
  })
  body!: string;
}

export class UpdateSourceDto extends CreateSourceDto {
  @VersionField()
  version!: number;
}
