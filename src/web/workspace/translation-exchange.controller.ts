import { Body, Controller, Get, Param, ParseIntPipe, Post } from '@nestjs/common';
import { Ctx, CurrentUser } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import { attachment } from '../../common/http/attachment.js';
import { XliffExportService } from '../../exchange/xliff-export.service.js';
import { XliffImportService, type XliffImportReport } from '../../exchange/xliff-import.service.js';
import { translateFindings } from '../../qa/translated-findings.js';
import { TranslationRecords } from '../../translations/translation-records.js';
import type { UserSummary } from '../../users/user.entity.js';
import { uploadedFile } from '../../api/uploaded-file.js';
import { NO_ERRORS, submitForm, type FormErrors } from '../form-errors.js';
import { Page } from '../page.decorator.js';

export interface XliffImportView {
  pageTitle: string;
  translationHref: string;
  exportHref: string;
  action: string;
  errors: FormErrors;
  report: {
    summary: string;
    units: {
      key: string;
      outcome: string;
      saved: boolean;
      conflict: { current: string; submitted: string } | null;
      findings: string[];
    }[];
  } | null;
}

/** Offline work with a CAT tool: the XLIFF of a translation out, and back in. */
@Controller('/workspace/translations/:id/xliff')
export class TranslationExchangeController {
  constructor(
    private readonly xliffExport: XliffExportService,
    private readonly xliffImport: XliffImportService,
    private readonly records: TranslationRecords,
  ) {}

  @Get()
  async download(@CurrentUser() user: UserSummary, @Param('id', ParseIntPipe) id: number) {
    const file = await this.xliffExport.export(user, id);
    return attachment(file.xml, 'application/x-xliff+xml', file.filename);
  }

  @Get('/import')
  @Page('workspace/xliff-import')
  async form(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<XliffImportView> {
    // The same visibility as the export: a translation one may not see is a 404 here too.
    await this.records.loadFor(user, id);
    return this.view(ctx, id, NO_ERRORS, null);
  }

  @Post('/import')
  @Page('workspace/xliff-import')
  async import(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: unknown,
  ) {
    return submitForm(
      ctx.t,
      async () => {
        const report = await this.xliffImport.import(
          user,
          id,
          uploadedFile(body, 'exchange:file-required'),
        );
        return this.view(ctx, id, NO_ERRORS, report);
      },
      (errors) => this.view(ctx, id, errors, null),
      ['invalid', 'too_large'],
    );
  }

  private view(
    ctx: RequestContext,
    id: number,
    errors: FormErrors,
    report: XliffImportReport | null,
  ): XliffImportView {
    return {
      pageTitle: ctx.t('exchange:page.title'),
      translationHref: `/workspace/translations/${id}`,
      exportHref: `/workspace/translations/${id}/xliff`,
      action: `/workspace/translations/${id}/xliff/import`,
      errors,
      report: report && {
        summary: ctx.t('exchange:page.summary', report.counts),
        units: report.units
          .filter((u) => u.outcome !== 'unchanged')
          .map((u) => ({
            key: u.key,
            outcome: ctx.t(`exchange:outcome.${u.outcome}`),
            saved: u.outcome === 'saved',
            conflict:
              u.current && u.submitted
                ? { current: u.current.text, submitted: u.submitted.text }
                : null,
            findings: u.findings ? translateFindings(ctx.t, u.findings).map((f) => f.message) : [],
          })),
      },
    };
  }
}
