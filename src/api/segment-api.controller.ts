import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { EnumField, TextField } from '../common/validation/fields.js';
import { TEXT_LANGUAGES, type TextLanguage } from '../config/language-pairs.rules.js';
import { segmentText } from '../segments/segmenter.rules.js';

export class SegmentRequestDto {
  @EnumField(TEXT_LANGUAGES)
  language!: TextLanguage;

  @TextField({ maxLength: 200_000, trim: false })
  text!: string;
}

@ApiTags('segments')
@ApiBearerAuth()
@Controller('/api/v1/segment')
export class SegmentApiController {
  /** Paragraphs and their sentence boundaries, as the workspace shows them (any signed-in user). */
  @Post()
  @HttpCode(200)
  segment(@Body() body: SegmentRequestDto) {
    return { paragraphs: segmentText(body.language, body.text) };
  }
}
