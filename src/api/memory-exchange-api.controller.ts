import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/access.decorators.js';
import { attachment } from '../common/http/attachment.js';
import { EnumField } from '../common/validation/fields.js';
import { validateInput } from '../common/validation/validate-input.js';
import { TEXT_LANGUAGES, type TextLanguage } from '../config/language-pairs.rules.js';
import { TmxService } from '../exchange/tmx.service.js';
import type { UserSummary } from '../users/user.entity.js';
import { ApiFileUpload, uploadedFile, uploadedFileName } from './uploaded-file.js';

export class MemoryPairQuery {
  @EnumField(TEXT_LANGUAGES)
  sourceLanguage!: TextLanguage;

  @EnumField(TEXT_LANGUAGES)
  targetLanguage!: TextLanguage;
}

@ApiTags('translation memory and QA')
@ApiBearerAuth()
@Controller('/api/v1/tm/tmx')
export class MemoryExchangeApiController {
  constructor(private readonly tmx: TmxService) {}

  /** TMX 1.4b of one pair's memory: imported entries and those of published translations. */
  @Get()
  @ApiProduces('application/x-tmx+xml')
  @ApiOkResponse({ description: 'TMX 1.4b; only for people working in the pair.' })
  async export(@CurrentUser() user: UserSummary, @Query() query: MemoryPairQuery) {
    const file = await this.tmx.export(user, query.sourceLanguage, query.targetLanguage);
    return attachment(file.xml, 'application/x-tmx+xml', file.filename);
  }

  /** multipart/form-data: `file` (TMX 1.x), `sourceLanguage`, `targetLanguage`. Editors only. */
  @Post()
  @HttpCode(200)
  @ApiFileUpload({
    sourceLanguage: 'ru or en',
    targetLanguage: 'ru or en',
  })
  @ApiOkResponse({ description: 'How many pairs were imported and skipped, and the origin kept.' })
  async import(@CurrentUser() user: UserSummary, @Body() body: Record<string, unknown>) {
    const bytes = uploadedFile(body, 'exchange:file-required');
    const pair = validateInput(MemoryPairQuery, {
      sourceLanguage: body.sourceLanguage,
      targetLanguage: body.targetLanguage,
    });
    return this.tmx.import(user, pair.sourceLanguage, pair.targetLanguage, {
      bytes,
      filename: uploadedFileName(body),
    });
  }
}
