import { DATE_PRECISIONS, type DatePrecision } from '../common/partial-date.rules.js';
import {
  BooleanField,
  EnumField,
  PatternField,
  TextField,
  UrlField,
  VersionField,
} from '../common/validation/fields.js';
import { SLUG_PATTERN } from '../common/slug.rules.js';
import { NestedListField } from '../common/validation/nested-list-field.js';
import { TEXT_LANGUAGES, type TextLanguage } from '../config/language-pairs.rules.js';
import {
  EXPLAINER_KINDS,
  SHORT_TEXT_MAX_CHARS,
  type ExplainerKind,
} from './explainer-input.rules.js';

export class ExplainerSourceDto {
  @TextField({ maxLength: 300, example: 'Federal Law No. 121-FZ of 20 July 2012' })
  title!: string;

  @TextField({ optional: true, maxLength: 200, example: 'State Duma of the Russian Federation' })
  publisher?: string;

  @UrlField({
    optional: true,
    description: 'Optional when publisher and date identify the source (laws, court decisions).',
  })
  url?: string;

  @TextField({
    optional: true,
    maxLength: 10,
    example: '2012-07-20',
    description: 'YYYY-MM-DD, YYYY-MM or YYYY.',
  })
  date?: string;

  @EnumField(DATE_PRECISIONS, {
    optional: true,
    description: 'Taken from the form of `date` when left out.',
  })
  datePrecision?: DatePrecision;

  @BooleanField({ description: 'A primary source (the law, the ruling) rather than a report.' })
  primary: boolean = false;
}

/** The text of one language version, as its writer sends it. */
export class ExplainerTextDto {
  @TextField({ maxLength: 200, example: 'Foreign agent' })
  title!: string;

  @TextField({
    maxLength: SHORT_TEXT_MAX_CHARS,
    description: 'Shown inline next to the term: about 80 words, at most 120.',
  })
  shortText!: string;

  @TextField({ optional: true, maxLength: 50_000, description: 'Markdown; its own page.' })
  longText?: string;

  @TextField({
    optional: true,
    maxLength: 10,
    example: '2024-11-01',
    description: 'When the text was last checked: YYYY-MM-DD, YYYY-MM or YYYY; required to submit.',
  })
  asOf?: string;

  @NestedListField(() => ExplainerSourceDto, {
    maxItems: 30,
    description: 'At least one is required to submit for review.',
  })
  sources?: ExplainerSourceDto[];
}

export class CreateExplainerDto extends ExplainerTextDto {
  @EnumField(EXPLAINER_KINDS, { example: 'legal-term' })
  kind!: ExplainerKind;

  @EnumField(TEXT_LANGUAGES, { example: 'en', description: 'The language of this first version.' })
  language!: TextLanguage;

  @PatternField({
    optional: true,
    pattern: SLUG_PATTERN,
    maxLength: 80,
    key: 'validation:slug',
    example: 'foreign-agent',
    description: 'The address of its reader page; made from the title when left out.',
  })
  slug?: string;
}

export class UpdateExplainerVersionDto extends ExplainerTextDto {
  @VersionField()
  version!: number;
}

export class ExplainerVersionActionDto {
  @VersionField()
  version!: number;
}

export const REVIEW_VERDICTS = ['approve', 'request_changes'] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];

export class ReviewExplainerDto {
  @EnumField(REVIEW_VERDICTS)
  verdict!: ReviewVerdict;

  @TextField({ optional: true, maxLength: 2000, description: 'Required to request changes.' })
  comment?: string;

  @VersionField()
  version!: number;
}
