import { Body, Controller, Get, Inject, Post, Query } from '@nestjs/common';
import { uploadedFile } from '../../api/uploaded-file.js';
import {
  GlossaryImportCommitDto,
  GlossaryImportFields,
} from '../../api/glossary-exchange-api.controller.js';
import { Ctx, CurrentUser, Roles } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import { attachment } from '../../common/http/attachment.js';
import { validateInput } from '../../common/validation/validate-input.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { GlossaryLanguageQuery } from '../../api/glossary-exchange-api.controller.js';
import { MemoryPairQuery } from '../../api/memory-exchange-api.controller.js';
import { GlossaryExchangeService } from '../../exchange/glossary-exchange.service.js';
import type { PlannedRow, RowOutcome } from '../../exchange/glossary-import.rules.js';
import type { UserSummary } from '../../users/user.entity.js';
import { NO_ERRORS, submitForm, type FormErrors } from '../form-errors.js';
import { Page } from '../page.decorator.js';

type Option = { value: string; label: string };

export interface GlossaryExchangeView {
  pageTitle: string;
  tbxLinks: { href: string; label: string }[];
  csvLinks: { href: string; label: string }[];
  canImport: boolean;
  formats: Option[];
  languages: Option[];
  values: Record<string, string>;
  errors: FormErrors;
  preview: {
    summary: string;
    token: string;
    version: string;
    canConfirm: boolean;
    rows: { line: number; term: string; outcome: string; refused: boolean; details: string }[];
  } | null;
  done: string | null;
}

const ACTION_HANDLED = ['invalid', 'too_large', 'conflict', 'not_found'] as const;

/** The glossary as files: everyone signed in downloads it, editors preview and import. */
@Controller('/workspace/glossary/exchange')
export class GlossaryExchangeController {
  constructor(
    private readonly exchange: GlossaryExchangeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Page('workspace/glossary-exchange')
  page(@Ctx() ctx: RequestContext, @CurrentUser() user: UserSummary): GlossaryExchangeView {
    return this.view(ctx, user, {}, NO_ERRORS);
  }

  @Get('/tbx')
  async tbx(@Query() query: GlossaryLanguageQuery) {
    const file = await this.exchange.exportTbx(query.sourceLanguage);
    return attachment(file.xml, 'application/x-tbx+xml', file.filename);
  }

  @Get('/csv')
  async csv(@Query() query: MemoryPairQuery) {
    const file = await this.exchange.exportCsv(query.sourceLanguage, query.targetLanguage);
    return attachment(file.csv, 'text/csv', file.filename);
  }

  @Post('/preview')
  @Roles('editor')
  @Page('workspace/glossary-exchange')
  async preview(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Body() body: Record<string, unknown>,
  ) {
    const values = posted(body, ['format', 'sourceLanguage', 'targetLanguage']);
    return submitForm(
      ctx.t,
      async () => {
        const bytes = uploadedFile(body, 'exchange:file-required');
        const fields = validateInput(GlossaryImportFields, {
          format: values.format,
          sourceLanguage: values.sourceLanguage,
          ...(values.format === 'csv' ? { targetLanguage: values.targetLanguage } : {}),
        });
        const preview = await this.exchange.preview(user, { ...fields, bytes });
        return this.view(ctx, user, values, NO_ERRORS, {
          ...preview,
          canConfirm: preview.counts.added + preview.counts.changed > 0,
        });
      },
      (errors) => this.view(ctx, user, values, errors),
      [...ACTION_HANDLED],
    );
  }

  @Post('/commit')
  @Roles('editor')
  @Page('workspace/glossary-exchange')
  async commit(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Body() body: Record<string, unknown>,
  ) {
    return submitForm(
      ctx.t,
      async () => {
        const input = validateInput(GlossaryImportCommitDto, posted(body, ['token', 'version']));
        const result = await this.exchange.commit(user, input.token, input.version);
        return {
          ...this.view(ctx, user, {}, NO_ERRORS),
          done: ctx.t('exchange:glossary-page.done', result.counts),
        };
      },
      (errors) => this.view(ctx, user, {}, errors),
      [...ACTION_HANDLED],
    );
  }

  private view(
    ctx: RequestContext,
    user: UserSummary,
    values: Record<string, string>,
    errors: FormErrors,
    preview?: {
      token: string;
      version: string;
      counts: Record<RowOutcome, number>;
      rows: PlannedRow[];
      canConfirm: boolean;
    },
  ): GlossaryExchangeView {
    const label = (l: string) => ctx.t(`glossary:language.${l}`);
    const sources = [...new Set(this.config.languagePairs.map((p) => p.source))];
    return {
      pageTitle: ctx.t('exchange:glossary-page.title'),
      tbxLinks: sources.map((l) => ({
        href: `/workspace/glossary/exchange/tbx?sourceLanguage=${l}`,
        label: ctx.t('exchange:glossary-page.tbx-link', { language: label(l) }),
      })),
      csvLinks: this.config.languagePairs.map((p) => ({
        href: `/workspace/glossary/exchange/csv?sourceLanguage=${p.source}&targetLanguage=${p.target}`,
        label: ctx.t('exchange:glossary-page.csv-link', {
          source: label(p.source),
          target: label(p.target),
        }),
      })),
      canImport: user.roles.includes('editor'),
      formats: ['tbx', 'csv'].map((f) => ({
        value: f,
        label: ctx.t(`exchange:glossary-page.format-${f}`),
      })),
      languages: [...new Set(this.config.languagePairs.flatMap((p) => [p.source, p.target]))].map(
        (l) => ({ value: l, label: label(l) }),
      ),
      values: { format: 'tbx', sourceLanguage: 'ru', targetLanguage: 'en', ...values },
      errors,
      preview: preview
        ? {
            summary: ctx.t('exchange:glossary-page.summary', preview.counts),
            token: preview.token,
            version: preview.version,
            canConfirm: preview.canConfirm,
            rows: preview.rows.map((row) => ({
              line: row.line,
              term: row.term,
              outcome: ctx.t(`exchange:glossary-outcome.${row.outcome}`),
              refused: row.outcome === 'refused',
              details: row.problem
                ? ctx.t(row.problem.key, row.problem.params)
                : row.outcome === 'changed'
                  ? ctx.t('exchange:glossary-page.changes', {
                      fields: row.changes.map((c) => fieldLabel(ctx, c)).join(', '),
                    })
                  : '',
            })),
          }
        : null,
      done: null,
    };
  }
}

/** `renderings.en` reads as "English rendering", `forbidden.en` as "English renderings to avoid". */
function fieldLabel(ctx: RequestContext, field: string): string {
  const [name, language] = field.split('.');
  if (name === 'renderings') return ctx.t(`glossary:field.rendering.${language}`);
  if (name === 'forbidden') return ctx.t(`glossary:field.forbidden.${language}`);
  return ctx.t(`glossary:field.${name}`);
}

function posted(body: Record<string, unknown>, names: string[]): Record<string, string> {
  return Object.fromEntries(
    names.flatMap((n) => (typeof body[n] === 'string' ? [[n, body[n] as string]] : [])),
  );
}
