import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Ctx, CurrentUser } from '../auth/access.decorators.js';
import type { RequestContext } from '../auth/request-context.js';
import { XliffExportService } from '../exchange/xliff-export.service.js';
import { XliffImportService } from '../exchange/xliff-import.service.js';
import { translateFindings } from '../qa/translated-findings.js';
import type { UserSummary } from '../users/user.entity.js';
import { attachment } from '../common/http/attachment.js';
import { ApiFileUpload, uploadedFile } from './uploaded-file.js';

@ApiTags('exchange')
@ApiBearerAuth()
@Controller('/api/v1')
export class ExchangeApiController {
  constructor(
    private readonly xliffExport: XliffExportService,
    private readonly xliffImport: XliffImportService,
  ) {}

  /** XLIFF 1.2 of the translation for a CAT tool (OmegaT, Trados, memoQ). */
  @Get('/translations/:id/xliff')
  @ApiProduces('application/x-xliff+xml')
  @ApiOkResponse({ description: 'XLIFF 1.2, one trans-unit per unit, ids are segment ids.' })
  async exportXliff(@CurrentUser() user: UserSummary, @Param('id', ParseIntPipe) id: number) {
    const file = await this.xliffExport.export(user, id);
    return attachment(file.xml, 'application/x-xliff+xml', file.filename);
  }

  /**
   * multipart/form-data `file`: an XLIFF file exported from this translation (or rebuilt from
   * one by po2xliff). Changed units are saved as the caller's edits in one transaction; units
   * changed here since the export come back as conflicts.
   */
  @Post('/translations/:id/xliff')
  @HttpCode(200)
  @ApiFileUpload()
  @ApiOkResponse({
    description:
      'Counts per outcome and one result per unit of the file (saved, unchanged, conflict with both texts, not-editable, unknown, invalid-markup, too-large), QA findings for saved units.',
  })
  async importXliff(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: unknown,
  ) {
    const report = await this.xliffImport.import(
      user,
      id,
      uploadedFile(body, 'exchange:file-required'),
    );
    return {
      ...report,
      units: report.units.map((u) => ({
        ...u,
        outcomeLabel: ctx.t(`exchange:outcome.${u.outcome}`),
        findings: u.findings && translateFindings(ctx.t, u.findings),
      })),
    };
  }
}
