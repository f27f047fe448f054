import { TagListField } from '../common/validation/tag-list-field.js';
import { DATE_PRECISIONS, type DatePrecision } from '../common/partial-date.rules.js';
import { EnumField, TextField, VersionField } from '../common/validation/fields.js';
import { IdListField } from '../common/validation/list-fields.js';

export class TimelineEventDto {
  @TextField({
    maxLength: 10,
    example: '2021-12-28',
    description: 'YYYY-MM-DD, YYYY-MM or YYYY, matching the precision.',
  })
  date!: string;

  @EnumField(DATE_PRECISIONS)
  precision!: DatePrecision;

  @TextField({ optional: true, maxLength: 200, example: 'Memorial closure' })
  titleEn?: string;

  @TextField({ optional: true, maxLength: 200, example: 'Ликвидация «Мемориала»' })
  titleRu?: string;

  @TextField({ maxLength: 2000 })
  summaryEn!: string;

  @TextField({ maxLength: 2000 })
  summaryRu!: string;

  @TagListField()
  tags?: string[];

  @IdListField({
    maxItems: 10,
    description: 'Source texts behind the "Read more" links, in order.',
  })
  sourceIds?: number[];
}

export class UpdateTimelineEventDto extends TimelineEventDto {
  @VersionField()
  version!: number;
}
