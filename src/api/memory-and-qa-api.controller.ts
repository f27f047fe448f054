import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Ctx } from '../auth/access.decorators.js';
import type { RequestContext } from '../auth/request-context.js';
import { EnumField, IntField, TextField } from '../common/validation/fields.js';
import { TEXT_LANGUAGES, type TextLanguage } from '../config/language-pairs.rules.js';
import { TranslationMemoryService } from '../memory/translation-memory.service.js';
import { QaService } from '../qa/qa.service.js';
import { translateFindings } from '../qa/translated-findings.js';

export class TmQuery {
  @EnumField(TEXT_LANGUAGES)
  sourceLanguage!: TextLanguage;

  @EnumField(TEXT_LANGUAGES)
  targetLanguage!: TextLanguage;

  @TextField({ maxLength: 5000, trim: false })
  text!: string;

  @IntField({ optional: true, min: 1, max: 20 })
  limit?: number;

  @IntField({ optional: true, min: 1, max: 100 })
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

  /** Exact and fuzzy matches, best first, with a quality percent. */
  @Get('/tm/matches')
  async matches(@Query() query: TmQuery) {
    const matches = await this.memory.matches(
      query.sourceLanguage,
      query.targetLanguage,
      query.text,
      {
        limit: query.limit ?? 5,
        minQuality: query.minQuality ?? 50,
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
