import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Ctx, CurrentUser, Roles } from '../auth/access.decorators.js';
import type { RequestContext } from '../auth/request-context.js';
import { attachment } from '../common/http/attachment.js';
import { EnumField, TextField } from '../common/validation/fields.js';
import { validateInput } from '../common/validation/validate-input.js';
import { TEXT_LANGUAGES, type TextLanguage } from '../config/language-pairs.rules.js';
import {
  GlossaryExchangeService,
  type GlossaryImportPreview,
} from '../exchange/glossary-exchange.service.js';
import type { PlannedRow } from '../exchange/glossary-import.rules.js';
import type { Translate } from '../i18n/i18n.service.js';
import type { UserSummary } from '../users/user.entity.js';
import { MemoryPairQuery } from './memory-exchange-api.controller.js';
import { ApiFileUpload, uploadedFile } from './uploaded-file.js';

export class GlossaryLanguageQuery {
  @EnumField(TEXT_LANGUAGES)
  sourceLanguage!: TextLanguage;
}

export class GlossaryImportFields {
  @EnumField(['tbx', 'csv'] as const)
  format!: 'tbx' | 'csv';

  @EnumField(TEXT_LANGUAGES)
  sourceLanguage!: TextLanguage;

  @EnumField(TEXT_LANGUAGES, { optional: true })
  targetLanguage?: TextLanguage;
}

export class GlossaryImportCommitDto {
  @TextField({ maxLength: 100, description: 'The token the preview returned.' })
  token!: string;

  @TextField({ maxLength: 100, description: 'The glossary version the preview returned.' })
  version!: string;
}

/** One planned row with its outcome and its refusal translated. */
export function plannedRowView(t: Translate, row: PlannedRow) {
  return {
    line: row.line,
    term: row.term,
    outcome: row.outcome,
    outcomeLabel: t(`exchange:glossary-outcome.${row.outcome}`),
    changes: row.changes,
    ...(row.problem
      ? { problem: { field: row.problem.field, message: t(row.problem.key, row.problem.params) } }
      : {}),
  };
}

/** The glossary as TBX-Basic or CSV; imports are previewed, then committed. */
@ApiTags('glossary')
@ApiBearerAuth()
@Controller('/api/v1/glossary')
export class GlossaryExchangeApiController {
  constructor(private readonly exchange: GlossaryExchangeService) {}

  /** TBX-Basic (TBX 2, `martif`) of the terms of one source language, with all renderings. */
  @Get('/tbx')
  @ApiProduces('application/x-tbx+xml')
  @ApiOkResponse({
    description: 'TBX-Basic; term, forms, renderings, renderings not to use, note.',
  })
  async exportTbx(@Query() query: GlossaryLanguageQuery) {
    const file = await this.exchange.exportTbx(query.sourceLanguage);
    return attachment(file.xml, 'application/x-tbx+xml', file.filename);
  }

  /** CSV (RFC 4180, UTF-8 with BOM): `source,target,note` for one language pair. */
  @Get('/csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'CSV; cells a spreadsheet would run as formulas start with a quote.',
  })
  async exportCsv(@Query() query: MemoryPairQuery) {
    const file = await this.exchange.exportCsv(query.sourceLanguage, query.targetLanguage);
    return attachment(file.csv, 'text/csv', file.filename);
  }

  /**
   * multipart/form-data: `file`, `format` (tbx or csv), `sourceLanguage`, and for CSV
   * `targetLanguage`. Writes nothing: says per row what an import would do. Editors only.
   */
  @Post('/import/preview')
  @Roles('editor')
  @HttpCode(200)
  @ApiFileUpload({
    format: 'tbx or csv',
    sourceLanguage: 'ru or en',
    targetLanguage: 'ru or en (CSV only)',
  })
  @ApiOkResponse({
    description:
      'A token and the glossary version to commit with, counts, and one row per entry of the file: added, changed (with the fields), unchanged or refused (with the reason).',
  })
  async preview(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Body() body: Record<string, unknown>,
  ) {
    const bytes = uploadedFile(body, 'exchange:file-required');
    const fields = validateInput(GlossaryImportFields, {
      format: body.format,
      sourceLanguage: body.sourceLanguage,
      ...(body.targetLanguage === undefined ? {} : { targetLanguage: body.targetLanguage }),
    });
    return previewView(ctx.t, await this.exchange.preview(user, { ...fields, bytes }));
  }

  /**
   * Applies the previewed import in one transaction. 409 when the glossary changed since the
   * preview (nothing is written; preview again).
   */
  @Post('/import/commit')
  @Roles('editor')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Counts and rows as the preview showed them, now applied.' })
  async commit(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Body() body: GlossaryImportCommitDto,
  ) {
    const result = await this.exchange.commit(user, body.token, body.version);
    return { counts: result.counts, rows: result.rows.map((r) => plannedRowView(ctx.t, r)) };
  }
}

function previewView(t: Translate, preview: GlossaryImportPreview) {
  return {
    token: preview.token,
    version: preview.version,
    counts: preview.counts,
    rows: preview.rows.map((r) => plannedRowView(t, r)),
  };
}
