import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, ValidateNested } from 'class-validator';
import { fieldMessage } from '../common/validation/field-message.js';
import { EnumField, IntField, TextField, VersionField } from '../common/validation/fields.js';
import { StringListField } from '../common/validation/list-fields.js';
import { TEXT_LANGUAGES, type TextLanguage } from '../config/language-pairs.rules.js';

/** One preferred rendering per target language; which ones are required depends on the pairs. */
export class RenderingsDto {
  @TextField({ optional: true, maxLength: 200, example: 'foreign agent' })
  en?: string;

  @TextField({ optional: true, maxLength: 200, example: 'иностранный агент' })
  ru?: string;
}

/** Renderings translators must not use, per target language (TBX's deprecated terms). */
export class ForbiddenDto {
  @StringListField({ optional: true, maxItems: 20, maxLength: 200, example: ['foreign spy'] })
  en?: string[];

  @StringListField({ optional: true, maxItems: 20, maxLength: 200 })
  ru?: string[];
}

function ForbiddenField() {
  return applyDecorators(
    ApiPropertyOptional({
      type: ForbiddenDto,
      description:
        'Renderings not to use, per target language, e.g. {"en": ["foreign spy"]}; only for languages the term has a rendering in.',
    }),
    IsOptional(),
    IsObject({ message: fieldMessage('validation:invalid') }),
    ValidateNested(),
    Type(() => ForbiddenDto),
  );
}

// An object keyed by language: unknown languages are refused like any unknown field.
function RenderingsField() {
  return applyDecorators(
    ApiPropertyOptional({
      type: RenderingsDto,
      description:
        'Preferred rendering per target language, e.g. {"en": "foreign agent"}; required for every configured pair from the source language.',
    }),
    IsOptional(),
    IsObject({ message: fieldMessage('validation:invalid') }),
    ValidateNested(),
    Type(() => RenderingsDto),
  );
}

export class GlossaryTermDto {
  @EnumField(TEXT_LANGUAGES, { example: 'ru' })
  sourceLanguage!: TextLanguage;

  @TextField({ maxLength: 200, example: 'иностранный агент' })
  term!: string;

  @StringListField({
    optional: true,
    maxItems: 20,
    maxLength: 200,
    example: ['иноагент'],
    description: 'Other forms of the term found in texts; comma or line separated in forms.',
  })
  forms?: string[];

  @TextField({ optional: true, maxLength: 2000, description: 'A note for translators.' })
  note?: string;

  @RenderingsField()
  renderings?: RenderingsDto;

  @ForbiddenField()
  forbidden?: ForbiddenDto;

  @IntField({
    optional: true,
    min: 1,
    max: 2_147_483_647,
    description: 'The explainer readers see next to the term; null or left out for none.',
  })
  explainerId?: number | null;
}

export class UpdateGlossaryTermDto extends GlossaryTermDto {
  @VersionField()
  version!: number;
}
