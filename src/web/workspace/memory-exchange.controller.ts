import { Body, Controller, Get, Inject, Post, Query } from '@nestjs/common';
import { MemoryPairQuery } from '../../api/memory-exchange-api.controller.js';
import { uploadedFile, uploadedFileName } from '../../api/uploaded-file.js';
import { Ctx, CurrentUser, Roles } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import { attachment } from '../../common/http/attachment.js';
import { ValidationFailed } from '../../common/errors/domain-error.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { pairKey } from '../../config/language-pairs.rules.js';
import { TmxService, type TmxImportReport } from '../../exchange/tmx.service.js';
import type { UserSummary } from '../../users/user.entity.js';
import { NO_ERRORS, submitForm, type FormErrors } from '../form-errors.js';
import { Page } from '../page.decorator.js';

export interface MemoryExchangeView {
  pageTitle: string;
  /** One download per pair the caller works in (editors: every pair). */
  downloads: { href: string; label: string }[];
  canImport: boolean;
  pairs: { value: string; label: string }[];
  values: { pair: string };
  errors: FormErrors;
  report: string | null;
}

/** A pair's translation memory as TMX: people of the pair download it, editors fill it. */
@Controller('/workspace/memory')
export class MemoryExchangeController {
  constructor(
    private readonly tmx: TmxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Page('workspace/memory-exchange')
  page(@Ctx() ctx: RequestContext, @CurrentUser() user: UserSummary): MemoryExchangeView {
    return this.view(ctx, user, '', NO_ERRORS, null);
  }

  @Get('/tmx')
  async download(@CurrentUser() user: UserSummary, @Query() query: MemoryPairQuery) {
    const file = await this.tmx.export(user, query.sourceLanguage, query.targetLanguage);
    return attachment(file.xml, 'application/x-tmx+xml', file.filename);
  }

  @Post('/import')
  @Roles('editor')
  @Page('workspace/memory-exchange')
  async import(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Body() body: Record<string, unknown>,
  ) {
    const chosen = typeof body.pair === 'string' ? body.pair : '';
    return submitForm(
      ctx.t,
      async () => {
        const pair = this.config.languagePairs.find((p) => pairKey(p) === chosen);
        if (!pair) throw ValidationFailed.field('pair', 'validation:invalid');
        const bytes = uploadedFile(body, 'exchange:file-required');
        const report = await this.tmx.import(user, pair.source, pair.target, {
          bytes,
          filename: uploadedFileName(body),
        });
        return this.view(ctx, user, chosen, NO_ERRORS, report);
      },
      (errors) => this.view(ctx, user, chosen, errors, null),
      ['invalid', 'too_large', 'forbidden'],
    );
  }

  private view(
    ctx: RequestContext,
    user: UserSummary,
    pair: string,
    errors: FormErrors,
    report: TmxImportReport | null,
  ): MemoryExchangeView {
    const label = (l: string) => ctx.t(`glossary:language.${l}`);
    const editor = user.roles.includes('editor');
    const pairs = this.config.languagePairs.map((p) => ({
      key: pairKey(p),
      href: `/workspace/memory/tmx?sourceLanguage=${p.source}&targetLanguage=${p.target}`,
      label: `${label(p.source)} → ${label(p.target)}`,
    }));
    return {
      pageTitle: ctx.t('exchange:memory-page.title'),
      downloads: pairs
        .filter((p) => editor || user.languagePairs.includes(p.key))
        .map((p) => ({
          href: p.href,
          label: ctx.t('exchange:memory-page.download', { pair: p.label }),
        })),
      canImport: editor,
      pairs: pairs.map((p) => ({ value: p.key, label: p.label })),
      values: { pair: pair || (pairs[0]?.key ?? '') },
      errors,
      report: report && ctx.t('exchange:memory-page.report', { ...report }),
    };
  }
}
