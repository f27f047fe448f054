import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Ctx, CurrentUser } from '../auth/access.decorators.js';
import type { RequestContext } from '../auth/request-context.js';
import { EnumField, IntField, TextField } from '../common/validation/fields.js';
import { TEXT_LANGUAGES, type TextLanguage } from '../config/language-pairs.rules.js';
import { MAX_MATCHES, MIN_QUALITY_FLOOR } from '../memory/memory-access.rules.js';
import { TranslationMemoryService } from '../memory/translation-memory.service.js';
import { QaService } from '../qa/qa.service.js';
import { translateFindings } from '../qa/translated-findings.js';
import type { UserSummary } from '../users/user.entity.js';

export class TmQuery {
  @EnumField(TEXT_LANGUAGES)
  sourceLanguage!: TextLanguage;

  @EnumField(TEXT_LANGUAGES)
  targetLanguage!: TextLanguage;

  @TextField({ maxLength: 5000, trim: false })
  text!: string;

  @IntField({ optional: true, min: 1, max: MAX_MATCHES })
  limit?: number;

  @IntField({ optional: true, min: MIN_QUALITY_FLOOR, max: 100 })
  minQuality?: number;
}

export class QaRequestDto {
  @EnumField(TEXT_LANGUAGES)
  sourceLanguage!: TextLanguage;

  @EnumField(TEXT_LANGUAGES)
  targetLanguage!: TextLanguage;

  @TextField({ maxLength: 200_000, trim: false })
  source!: string;

  @TextField({ maxLength: 200_000, trim: false, optional: true })
  target?: string;
}

@ApiTags('translation memory and QA')
@ApiBearerAuth()
@Controller('/api/v1')
export class MemoryAndQaApiController {
  constructor(
    private readonly memory: TranslationMemoryService,
    private readonly qa: QaService,
  ) {}

  /**
   * Exact and fuzzy matches from published translations, best first, with a quality percent;
   * none for an account that does not work in the pair.
   */
  @Get('/tm/matches')
  async matches(@CurrentUser() me: UserSummary, @Query() query: TmQuery) {
    const matches = await this.memory.matches(
      me,
      query.sourceLanguage,
      query.targetLanguage,
      query.text,
      {
        limit: query.limit ?? 5,
        minQuality: query.minQuality ?? MIN_QUALITY_FLOOR,
      },
    );
    return {
      matches: matches.map((m) => ({
        source: m.source,
        target: m.target,
        quality: m.quality,
        origin: m.origin,
        originFile: m.originFile,
      })),
    };
  }

  @Post('/qa')
  @HttpCode(200)
  async check(@Ctx() ctx: RequestContext, @Body() body: QaRequestDto) {
    const findings = await this.qa.findings(
      body.sourceLanguage,
      body.targetLanguage,
      body.source,
      body.target ?? '',
    );
    return { findings: translateFindings(ctx.t, findings) };
  }
}
