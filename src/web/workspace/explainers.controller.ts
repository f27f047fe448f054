import { Body, Controller, Get, Param, ParseIntPipe, Post } from '@nestjs/common';
import { Ctx, CurrentUser, Roles } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import { forbidden, notFound } from '../../common/errors/domain-error.js';
import { validateInput } from '../../common/validation/validate-input.js';
import {
  isTextLanguage,
  TEXT_LANGUAGES,
  type TextLanguage,
} from '../../config/language-pairs.rules.js';
import { canWriteExplainers } from '../../notes/explainer-access.rules.js';
import { EXPLAINER_KINDS } from '../../notes/explainer-input.rules.js';
import { ExplainerReviewService } from '../../notes/explainer-review.service.js';
import { ExplainerWorkspaceService } from '../../notes/explainer-workspace.service.js';
import {
  CreateExplainerDto,
  ExplainerVersionActionDto,
  ReviewExplainerDto,
  UpdateExplainerVersionDto,
} from '../../notes/explainer.dto.js';
import { ExplainersService } from '../../notes/explainers.service.js';
import type { UserSummary } from '../../users/user.entity.js';
import { NO_ERRORS, submitForm, type FormErrors } from '../form-errors.js';
import { Page, Redirect } from '../page.decorator.js';
import {
  formFromText,
  inputFromForm,
  languageLabel,
  sourceErrors,
  sourceRows,
  type ExplainerFormView,
  type PostedForm,
} from './explainer-form.view-model.js';
import {
  ExplainerViews,
  type ExplainerPageView,
  type ExplainersView,
} from './explainer.view-model.js';

/**
 * Explainers in the workspace: editors and translators write them, one version per language;
 * reviewers and editors approve each version; drafts are shown only to those working on them.
 */
@Controller('/workspace/explainers')
export class ExplainersController {
  constructor(
    private readonly explainers: ExplainersService,
    private readonly review: ExplainerReviewService,
    private readonly workspace: ExplainerWorkspaceService,
    private readonly views: ExplainerViews,
  ) {}

  @Get()
  @Page('workspace/explainers')
  async list(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
  ): Promise<ExplainersView> {
    return this.views.list(ctx, await this.workspace.list(user), canWriteExplainers(user));
  }

  @Get('/new')
  @Roles('editor', 'translator')
  @Page('workspace/explainer-form')
  newForm(@Ctx() ctx: RequestContext): ExplainerFormView {
    const language = ctx.lang;
    return this.createForm(ctx, { values: { language }, sources: [] }, NO_ERRORS, []);
  }

  @Post()
  @Roles('editor', 'translator')
  @Page('workspace/explainer-form')
  async create(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Body() body: Record<string, unknown>,
  ): Promise<ExplainerFormView | Redirect> {
    const { input, rows, posted } = inputFromForm(body);
    return submitForm(
      ctx.t,
      async () => {
        const dto = validateInput(CreateExplainerDto, input);
        const explainer = await this.explainers.create(user, dto);
        return new Redirect(`/workspace/explainers/${explainer.id}`);
      },
      (errors) => this.createForm(ctx, posted, errors, rows),
    );
  }

  @Get('/:id')
  @Page('workspace/explainer')
  async page(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<ExplainerPageView> {
    return this.views.page(ctx, await this.workspace.detail(user, id));
  }

  /** The form for a language version; for a language without one, a translation. */
  @Get('/:id/:language/edit')
  @Page('workspace/explainer-form')
  async editForm(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Param('language') lang: string,
  ): Promise<ExplainerFormView> {
    const language = languageOf(lang);
    const detail = await this.workspace.detail(user, id);
    const version = detail.versions.find((v) => v.language === language);
    if (version && !version.working) throw notFound();
    if (version?.working && !version.working.actions.includes('edit')) throw forbidden();
    if (!version && !detail.canTranslateInto.includes(language)) throw notFound();
    const form = version?.working
      ? formFromText(version.working, version.working.version)
      : this.translationStart(detail, language);
    return this.versionForm(ctx, user, id, language, form, NO_ERRORS, []);
  }

  @Post('/:id/:language')
  @Page('workspace/explainer-form')
  async save(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Param('language') lang: string,
    @Body() body: Record<string, unknown>,
  ): Promise<ExplainerFormView | Redirect> {
    const language = languageOf(lang);
    const { input, rows, posted } = inputFromForm(body);
    return submitForm(
      ctx.t,
      async () => {
        const dto = validateInput(UpdateExplainerVersionDto, input);
        await this.explainers.saveVersion(user, id, language, dto.version, dto);
        return new Redirect(`/workspace/explainers/${id}#${language}`);
      },
      (errors) => this.versionForm(ctx, user, id, language, posted, errors, rows),
    );
  }

  @Post('/:id/:language/submit')
  @Page('workspace/explainer')
  async submit(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Param('language') lang: string,
    @Body() body: Record<string, unknown>,
  ): Promise<ExplainerPageView | Redirect> {
    return this.versionAction(ctx, user, id, lang, async (language) => {
      const { version } = validateInput(ExplainerVersionActionDto, body);
      await this.review.submit(user, id, language, version);
    });
  }

  @Post('/:id/:language/review')
  @Page('workspace/explainer')
  async reviewVersion(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Param('language') lang: string,
    @Body() body: Record<string, unknown>,
  ): Promise<ExplainerPageView | Redirect> {
    return this.versionAction(ctx, user, id, lang, async (language) => {
      const input = validateInput(ReviewExplainerDto, body);
      await this.review.review(user, id, language, input.version, input.verdict, input.comment);
    });
  }

  /** A step in a version's review: back to its section, or the page with the step's errors. */
  private versionAction(
    ctx: RequestContext,
    user: UserSummary,
    id: number,
    lang: string,
    step: (language: TextLanguage) => Promise<void>,
  ): Promise<ExplainerPageView | Redirect> {
    const language = languageOf(lang);
    return submitForm(
      ctx.t,
      async () => {
        await step(language);
        return new Redirect(`/workspace/explainers/${id}#${language}`);
      },
      async (errors) =>
        this.views.page(ctx, await this.workspace.detail(user, id), { language, errors }),
    );
  }

  /** A translation starts with the other version's sources and date: they rarely differ. */
  private translationStart(
    detail: Awaited<ReturnType<ExplainerWorkspaceService['detail']>>,
    language: TextLanguage,
  ): PostedForm {
    const other = detail.versions.find((v) => v.language !== language);
    const text = other?.working ?? other?.published;
    if (!text) return { values: { version: '0' }, sources: [] };
    const form = formFromText(text, 0);
    return { values: { asOf: form.values.asOf ?? '', version: '0' }, sources: form.sources };
  }

  private createForm(
    ctx: RequestContext,
    posted: PostedForm,
    errors: FormErrors,
    rows: number[],
  ): ExplainerFormView {
    const { fields, byRow } = sourceErrors(errors, rows);
    return {
      pageTitle: ctx.t('notes:explainer.new'),
      mode: 'create',
      action: '/workspace/explainers',
      backHref: '/workspace/explainers',
      language: null,
      values: posted.values,
      kinds: EXPLAINER_KINDS.map((k) => ({ value: k, label: ctx.t(`notes:explainer.kind.${k}`) })),
      languages: TEXT_LANGUAGES.map((l) => ({ value: l, label: languageLabel(ctx, l) })),
      sourceRows: sourceRows(posted.sources, byRow),
      reference: null,
      errors: { ...errors, fields },
    };
  }

  private async versionForm(
    ctx: RequestContext,
    user: UserSummary,
    id: number,
    language: TextLanguage,
    posted: PostedForm,
    errors: FormErrors,
    rows: number[],
  ): Promise<ExplainerFormView> {
    const detail = await this.workspace.detail(user, id);
    const exists = detail.versions.some((v) => v.language === language);
    const other = detail.versions.find((v) => v.language !== language);
    const otherText = other?.working ?? other?.published ?? null;
    const { fields, byRow } = sourceErrors(errors, rows);
    const mode = exists ? 'edit' : 'translate';
    return {
      pageTitle: ctx.t(`notes:explainer.${mode}-title.${language}`),
      mode,
      action: `/workspace/explainers/${id}/${language}`,
      backHref: `/workspace/explainers/${id}`,
      language,
      values: posted.values,
      kinds: [],
      languages: [],
      sourceRows: sourceRows(posted.sources, byRow),
      reference:
        other && otherText && !exists
          ? {
              language: other.language,
              label: languageLabel(ctx, other.language),
              title: otherText.title,
              shortText: otherText.shortText,
              longText: otherText.longText,
            }
          : null,
      errors: { ...errors, fields },
    };
  }
}

function languageOf(value: string): TextLanguage {
  if (!isTextLanguage(value)) throw notFound();
  return value;
}
