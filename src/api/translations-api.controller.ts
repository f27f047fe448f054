import { TRANSLATION_STEPS } from '../translations/translation-lifecycle.rules.js';
import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Ctx, CurrentUser } from '../auth/access.decorators.js';
import type { RequestContext } from '../auth/request-context.js';
import { EnumField, TextField, VersionField } from '../common/validation/fields.js';
import { TEXT_LANGUAGES, type TextLanguage } from '../config/language-pairs.rules.js';
import { SubmissionService } from '../translations/submission.service.js';
import type { Translation } from '../translations/translation.entity.js';
import { TranslationsService } from '../translations/translations.service.js';
import { UnitsService } from '../translations/units.service.js';
import type { UserSummary } from '../users/user.entity.js';
import { translateFindings } from '../qa/translated-findings.js';
import { footnoteJson } from './footnotes-api.controller.js';
import {
  TranslationWorkbenchService,
  type WorkbenchUnit,
} from '../translations/translation-workbench.service.js';

export class StartTranslationDto {
  @EnumField(TEXT_LANGUAGES, { example: 'en' })
  targetLanguage!: TextLanguage;
}

export class SaveUnitDto {
  @TextField({
    maxLength: 10_000_000,
    trim: false,
    optional: true,
    description: 'The target text; empty clears it.',
  })
  text?: string;

  @VersionField()
  version!: number;
}

export class TranslationVersionDto {
  @VersionField()
  version!: number;
}

export class ReassignDto extends TranslationVersionDto {
  @TextField({ maxLength: 64 })
  handle!: string;
}

const translationView = (t: Translation) => ({
  id: t.id,
  sourceId: t.sourceId,
  targetLanguage: t.targetLanguage,
  status: t.status,
  claimedById: t.claimedById,
  version: t.version,
});

@ApiTags('translations')
@ApiBearerAuth()
@Controller('/api/v1')
export class TranslationsApiController {
  constructor(
    private readonly translations: TranslationsService,
    private readonly units: UnitsService,
    private readonly submission: SubmissionService,
    private readonly workbench: TranslationWorkbenchService,
  ) {}

  @Post('/sources/:id/translations')
  async start(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) sourceId: number,
    @Body() body: StartTranslationDto,
  ) {
    return translationView(await this.translations.start(user, sourceId, body.targetLanguage));
  }

  /** The translation with every unit: source, text, status, version, QA findings, hints. */
  @Get('/translations/:id')
  async get(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
  ) {
    const bench = await this.workbench.workbench(user, id);
    return {
      ...translationView(bench.translation),
      sourceLanguage: bench.source.language,
      claimant: bench.claimant,
      progress: bench.progress,
      /** The translation steps this caller may take now (the editor page offers the same). */
      actions: TRANSLATION_STEPS.filter((step) => bench.actions[step]),
      units: bench.units.map((u) => unitJson(ctx, u)),
    };
  }

  @Put('/translations/:id/units/:unitId')
  async saveUnit(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Param('unitId', ParseIntPipe) unitId: number,
    @Body() body: SaveUnitDto,
  ) {
    const { unit, translation } = await this.units.save(
      user,
      id,
      unitId,
      body.version,
      body.text ?? '',
    );
    const findings = translateFindings(ctx.t, await this.workbench.findings(translation, unit));
    return {
      id: unit.id,
      text: unit.text,
      status: unit.status,
      statusLabel: ctx.t(`workflow:state.unit.${unit.status}`),
      version: unit.version,
      findings,
      translation: translationView(translation),
    };
  }

  @Post('/translations/:id/submit')
  @HttpCode(200)
  async submit(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: TranslationVersionDto,
  ) {
    return translationView(await this.submission.submit(user, id, body.version));
  }

  @Post('/translations/:id/claim')
  @HttpCode(200)
  async claim(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: TranslationVersionDto,
  ) {
    return translationView(await this.translations.claim(user, id, body.version));
  }

  @Post('/translations/:id/release')
  @HttpCode(200)
  async release(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: TranslationVersionDto,
  ) {
    return translationView(await this.translations.release(user, id, body.version));
  }

  @Post('/translations/:id/reassign')
  @HttpCode(200)
  async reassign(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: ReassignDto,
  ) {
    return translationView(await this.translations.reassign(user, id, body.version, body.handle));
  }

  @Post('/translations/:id/withdraw')
  @HttpCode(200)
  async withdraw(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: TranslationVersionDto,
  ) {
    return translationView(await this.translations.withdraw(user, id, body.version));
  }

  /** Hints for one unit, for the editor's suggestions panel. */
  @Get('/translations/:id/units/:unitId/suggestions')
  async suggestions(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Param('unitId', ParseIntPipe) unitId: number,
  ) {
    const { memory, terms, names, findings } = unitJson(
      ctx,
      await this.workbench.unit(user, id, unitId),
    );
    return { memory, terms, names, findings };
  }
}

function unitJson(
  ctx: RequestContext,
  {
    unit,
    segment,
    editable,
    annotatable,
    footnotes,
    findings,
    memory,
    terms,
    names,
  }: WorkbenchUnit,
) {
  return {
    id: unit.id,
    position: (segment.position ?? 0) + 1,
    source: segment.text,
    sentences: segment.sentences,
    outdatedSource: unit.status === 'outdated' ? unit.outdatedSourceText : null,
    text: unit.text,
    status: unit.status,
    version: unit.version,
    editable,
    annotatable,
    footnotes: footnotes.map(footnoteJson),
    findings: translateFindings(ctx.t, findings),
    memory: memory.map((m) => ({
      source: m.source,
      target: m.target,
      quality: m.quality,
      sourceDiff: m.sourceDiff,
    })),
    terms: terms.map((t) => ({
      text: t.text,
      start: t.start,
      end: t.end,
      rendering: t.rendering,
      note: t.note,
    })),
    names: names.map((n) => ({
      text: n.text,
      start: n.start,
      end: n.end,
      suggestion: n.suggestion,
      source: n.source,
    })),
  };
}
