import { Body, Controller, Get, Inject, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { tagOf } from '../../common/tag.rules.js';
import { Ctx, CurrentUser, Roles } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import { ValidationFailed } from '../../common/errors/domain-error.js';
import { validateInput } from '../../common/validation/validate-input.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { isTextLanguage } from '../../config/language-pairs.rules.js';
import { I18nService } from '../../i18n/i18n.service.js';
import { InitiativesService } from '../../sources/initiatives.service.js';
import { SourceImportService } from '../../sources/source-import.service.js';
import { SourceQueriesService } from '../../sources/source-queries.service.js';
import {
  CreateSourceDto,
  SourceMetadataDto,
  UpdateSourceDto,
} from '../../sources/source-text.dto.js';
import { SOURCE_KINDS, type SourceKind } from '../../sources/source-vocabulary.js';
import { SourcesService } from '../../sources/sources.service.js';
import {
  TRANSLATION_STATE_FILTERS,
  TranslationQueriesService,
  type TranslationStateFilter,
} from '../../translations/translation-queries.service.js';
import type { UserSummary } from '../../users/user.entity.js';
import { NO_ERRORS, submitForm } from '../form-errors.js';
import { Page, Redirect } from '../page.decorator.js';
import { pagination } from '../pagination.view-model.js';
import {
  formToSourceInput,
  postedValues,
  sourceFormView,
  sourceValues,
  type SourceFormView,
} from './source-form.view-model.js';
import {
  SourceDetailViews,
  type SourceDetailView,
  type SourceListView,
} from './source-detail.view-model.js';

const EMPTY_VALUES = {
  publishedPrecision: 'day',
  licence: 'unknown',
  language: 'ru',
  kind: 'news',
};

/** Source texts in the workspace: every contributor reads them; only editors add or change them. */
@Controller('/workspace/sources')
export class SourcesController {
  constructor(
    private readonly sources: SourcesService,
    private readonly queries: SourceQueriesService,
    private readonly initiatives: InitiativesService,
    private readonly imports: SourceImportService,
    private readonly detailViews: SourceDetailViews,
    private readonly i18n: I18nService,
    private readonly translationQueries: TranslationQueriesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Page('workspace/sources')
  async list(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Query() query: Record<string, string | undefined>,
  ): Promise<SourceListView> {
    const initiativeId = Number(query.initiative) || undefined;
    const language = isTextLanguage(query.language) ? query.language : undefined;
    const kind = (SOURCE_KINDS as readonly string[]).includes(query.kind ?? '')
      ? (query.kind as SourceKind)
      : undefined;
    const tag = tagOf(query.tag) ?? undefined;
    const state = (TRANSLATION_STATE_FILTERS as readonly string[]).includes(query.state ?? '')
      ? (query.state as TranslationStateFilter)
      : undefined;
    const byState = state ? await this.translationQueries.sourceIdsIn(state) : {};
    const result = await this.queries.list({
      ...byState,
      initiativeId,
      language,
      kind,
      tag,
      page: Number(query.page) || 1,
    });
    const filters = new URLSearchParams(
      Object.entries({ initiative: query.initiative, language, kind, tag, state }).filter(
        ([, v]) => v,
      ) as [string, string][],
    );
    return {
      ...(await this.detailViews.list(ctx, user, result.items, {
        initiativeId,
        language,
        kind,
        tag,
        state,
      })),
      pagination: pagination(
        ctx,
        result,
        (n) => `/workspace/sources?${filters.toString() ? `${filters}&` : ''}page=${n}`,
      ),
    };
  }

  @Get('/new')
  @Roles('editor')
  @Page('workspace/source-form')
  async newForm(
    @Ctx() ctx: RequestContext,
    @Query('initiative') initiative?: string,
  ): Promise<SourceFormPage> {
    return this.formPage(
      ctx,
      'new',
      { ...EMPTY_VALUES, initiativeId: initiative ?? '' },
      NO_ERRORS,
    );
  }

  @Post()
  @Roles('editor')
  @Page('workspace/source-form')
  async create(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Body() body: Record<string, unknown>,
  ): Promise<SourceFormPage | Redirect> {
    return submitForm(
      ctx.t,
      async () => {
        const input = validateInput(CreateSourceDto, formToSourceInput(body));
        const source = await this.sources.create(user.id, input);
        return new Redirect(`/workspace/sources/${source.id}`);
      },
      (errors) => this.formPage(ctx, 'new', postedValues(body), errors),
    );
  }

  @Get('/import')
  @Roles('editor')
  @Page('workspace/source-form')
  async importForm(@Ctx() ctx: RequestContext): Promise<SourceFormPage> {
    return this.formPage(ctx, 'import', EMPTY_VALUES, NO_ERRORS);
  }

  @Post('/import')
  @Roles('editor')
  @Page('workspace/source-form')
  async import(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Body() body: Record<string, unknown>,
  ): Promise<SourceFormPage | Redirect> {
    const { file, title, ...rest } = body;
    return submitForm(
      ctx.t,
      async () => {
        const upload = file as { filename?: string; data?: Buffer } | undefined;
        if (!upload?.data || !upload.filename)
          throw ValidationFailed.field('file', 'sources:import-file-required');
        const metadata = validateInput(SourceMetadataDto, formToSourceInput(rest));
        const source = await this.imports.import(
          user.id,
          { bytes: upload.data, filename: upload.filename },
          metadata,
          typeof title === 'string' ? title.trim() : undefined,
        );
        return new Redirect(`/workspace/sources/${source.id}`);
      },
      (errors) => this.formPage(ctx, 'import', postedValues({ ...rest, title }), errors),
      ['invalid', 'too_large'],
    );
  }

  @Get('/:id')
  @Page('workspace/source')
  async show(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<SourceDetailView> {
    return this.detailViews.detail(ctx, user, id);
  }

  @Get('/:id/edit')
  @Roles('editor')
  @Page('workspace/source-form')
  async editForm(
    @Ctx() ctx: RequestContext,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<SourceFormPage> {
    const { source, tags } = await this.queries.get(id);
    return this.formPage(ctx, 'edit', sourceValues(source, tags), NO_ERRORS, id);
  }

  @Post('/:id')
  @Roles('editor')
  @Page('workspace/source-form')
  async update(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: Record<string, unknown>,
  ): Promise<SourceFormPage | Redirect> {
    return submitForm(
      ctx.t,
      async () => {
        const input = validateInput(UpdateSourceDto, formToSourceInput(body));
        const { newRevision } = await this.sources.update(user.id, id, input.version, input);
        return new Redirect(
          newRevision
            ? `/workspace/sources/${id}/revisions/${newRevision}`
            : `/workspace/sources/${id}`,
        );
      },
      (errors) => this.formPage(ctx, 'edit', postedValues(body), errors, id),
    );
  }

  @Get('/:id/revisions/:revision')
  @Page('workspace/source-revision')
  async revision(
    @Ctx() ctx: RequestContext,
    @Param('id', ParseIntPipe) id: number,
    @Param('revision', ParseIntPipe) revision: number,
  ) {
    return this.detailViews.revision(ctx, id, revision);
  }

  private async formPage(
    ctx: RequestContext,
    mode: 'new' | 'import' | 'edit',
    values: Record<string, string>,
    errors: SourceFormView['errors'],
    id?: number,
  ): Promise<SourceFormPage> {
    return {
      pageTitle: ctx.t(`sources:form.title-${mode}`),
      mode,
      action:
        mode === 'edit'
          ? `/workspace/sources/${id}`
          : mode === 'import'
            ? '/workspace/sources/import'
            : '/workspace/sources',
      cancelHref: id ? `/workspace/sources/${id}` : '/workspace/sources',
      maxUploadLabel: this.i18n.formatNumber(
        ctx.lang,
        Math.round(this.config.maxUploadBytes / 1000),
      ),
      form: sourceFormView(ctx, this.config, await this.initiatives.list(), values, errors),
    };
  }
}

export interface SourceFormPage {
  pageTitle: string;
  mode: 'new' | 'import' | 'edit';
  action: string;
  cancelHref: string;
  maxUploadLabel: string;
  form: SourceFormView;
  statusCode?: number;
}
