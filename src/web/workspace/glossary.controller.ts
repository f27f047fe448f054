import { Body, Controller, Get, Inject, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { Ctx, CurrentUser, Roles } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import { validateInput } from '../../common/validation/validate-input.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import {
  isTextLanguage,
  TEXT_LANGUAGES,
  type TextLanguage,
} from '../../config/language-pairs.rules.js';
import { GlossaryTermDto, UpdateGlossaryTermDto } from '../../glossary/glossary.dto.js';
import { GlossaryService, type GlossaryTermRecord } from '../../glossary/glossary.service.js';
import { ExplainerWorkspaceService } from '../../notes/explainer-workspace.service.js';
import type { UserSummary } from '../../users/user.entity.js';
import { NO_ERRORS, submitForm, type FormErrors } from '../form-errors.js';
import { Page, Redirect } from '../page.decorator.js';

export interface GlossaryView {
  pageTitle: string;
  canEdit: boolean;
  q: string;
  countLabel: string;
  languages: { value: string; label: string; selected: boolean }[];
  newLinks: { href: string; label: string }[];
  terms: {
    id: number;
    term: string;
    language: string;
    languageLabel: string;
    forms: string;
    renderings: { language: string; label: string; text: string; forbidden: string }[];
    note: string;
    editHref: string;
  }[];
}

export interface GlossaryFormView {
  pageTitle: string;
  action: string;
  deleteAction: string | null;
  sourceLanguage: TextLanguage;
  sourceLanguageLabel: string;
  /** One input per language that terms of this source language are translated into. */
  renderings: {
    name: string;
    forbiddenName: string;
    language: TextLanguage;
    label: string;
    forbiddenLabel: string;
  }[];
  /** The explainers a term may point at. */
  explainers: { value: string; label: string }[];
  values: Record<string, string>;
  errors: FormErrors;
  statusCode?: number;
}

const FIELDS = ['sourceLanguage', 'term', 'forms', 'note', 'explainerId', 'version'];
const RENDERING_FIELD = (language: TextLanguage) => `rendering_${language}`;
const FORBIDDEN_FIELD = (language: TextLanguage) => `forbidden_${language}`;

/** The glossary: every contributor reads it, editors keep it. */
@Controller('/workspace/glossary')
export class GlossaryController {
  constructor(
    private readonly glossary: GlossaryService,
    private readonly explainers: ExplainerWorkspaceService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Page('workspace/glossary')
  async list(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Query('q') q?: string,
    @Query('language') language?: string,
  ): Promise<GlossaryView> {
    const query = typeof q === 'string' ? q.slice(0, 200) : '';
    const chosen = isTextLanguage(language) ? language : undefined;
    const terms = await this.glossary.list({ q: query, sourceLanguage: chosen });
    const canEdit = user.roles.includes('editor');
    return {
      pageTitle: ctx.t('glossary:title'),
      canEdit,
      q: query,
      countLabel: ctx.t('glossary:count', { count: terms.length }),
      languages: TEXT_LANGUAGES.map((l) => ({
        value: l,
        label: ctx.t(`glossary:language.${l}`),
        selected: l === chosen,
      })),
      newLinks: canEdit
        ? this.sourceLanguages().map((l) => ({
            href: `/workspace/glossary/new?language=${l}`,
            label: ctx.t(`glossary:new-term.${l}`),
          }))
        : [],
      terms: terms.map((t) => ({
        id: t.id,
        term: t.term,
        language: t.sourceLanguage,
        languageLabel: ctx.t(`glossary:language.${t.sourceLanguage}`),
        forms: t.forms.join(', '),
        renderings: TEXT_LANGUAGES.flatMap((l) => {
          const text = t.renderings[l];
          return text
            ? [
                {
                  language: l,
                  label: ctx.t(`glossary:language.${l}`),
                  text,
                  forbidden: (t.forbidden[l] ?? []).join(', '),
                },
              ]
            : [];
        }),
        note: t.note,
        editHref: `/workspace/glossary/${t.id}/edit`,
      })),
    };
  }

  @Get('/new')
  @Roles('editor')
  @Page('workspace/glossary-form')
  newForm(
    @Ctx() ctx: RequestContext,
    @Query('language') language?: string,
  ): Promise<GlossaryFormView> {
    const sources = this.sourceLanguages();
    const source = isTextLanguage(language) && sources.includes(language) ? language : sources[0];
    return this.form(ctx, null, { sourceLanguage: source ?? 'ru' }, NO_ERRORS);
  }

  @Post()
  @Roles('editor')
  @Page('workspace/glossary-form')
  async create(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Body() body: Record<string, unknown>,
  ): Promise<GlossaryFormView | Redirect> {
    return submitForm(
      ctx.t,
      async () => {
        await this.glossary.create(user.id, validateInput(GlossaryTermDto, fromForm(body)));
        return new Redirect('/workspace/glossary');
      },
      (errors) => this.form(ctx, null, posted(body), besideRenderingInputs(errors)),
    );
  }

  @Get('/:id/edit')
  @Roles('editor')
  @Page('workspace/glossary-form')
  async editForm(
    @Ctx() ctx: RequestContext,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<GlossaryFormView> {
    return this.form(ctx, id, values(await this.glossary.get(id)), NO_ERRORS);
  }

  @Post('/:id')
  @Roles('editor')
  @Page('workspace/glossary-form')
  async update(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: Record<string, unknown>,
  ): Promise<GlossaryFormView | Redirect> {
    return submitForm(
      ctx.t,
      async () => {
        const input = validateInput(UpdateGlossaryTermDto, fromForm(body));
        await this.glossary.update(user.id, id, input.version, input);
        return new Redirect('/workspace/glossary');
      },
      (errors) => this.form(ctx, id, posted(body), besideRenderingInputs(errors)),
    );
  }

  @Post('/:id/delete')
  @Roles('editor')
  async delete(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<Redirect> {
    await this.glossary.delete(user.id, id);
    return new Redirect('/workspace/glossary');
  }

  private sourceLanguages(): TextLanguage[] {
    return [...new Set(this.config.languagePairs.map((p) => p.source))];
  }

  private async form(
    ctx: RequestContext,
    id: number | null,
    formValues: Record<string, string>,
    errors: FormErrors,
  ): Promise<GlossaryFormView> {
    const sourceLanguage = isTextLanguage(formValues.sourceLanguage)
      ? formValues.sourceLanguage
      : 'ru';
    const targets = this.config.languagePairs
      .filter((p) => p.source === sourceLanguage)
      .map((p) => p.target);
    return {
      pageTitle: ctx.t(id ? 'glossary:edit-term' : `glossary:new-term.${sourceLanguage}`),
      action: id ? `/workspace/glossary/${id}` : '/workspace/glossary',
      deleteAction: id ? `/workspace/glossary/${id}/delete` : null,
      sourceLanguage,
      sourceLanguageLabel: ctx.t(`glossary:language.${sourceLanguage}`),
      renderings: targets.map((language) => ({
        name: RENDERING_FIELD(language),
        forbiddenName: FORBIDDEN_FIELD(language),
        language,
        label: ctx.t(`glossary:field.rendering.${language}`),
        forbiddenLabel: ctx.t(`glossary:field.forbidden.${language}`),
      })),
      explainers: (await this.explainers.choices()).map((e) => ({
        value: String(e.id),
        label: e.titles.join(' / ') || e.slug,
      })),
      values: formValues,
      errors,
    };
  }
}

/** Forms send one input per target language; the service takes them as one object. */
function fromForm(body: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = { ...body };
  const renderings: Record<string, unknown> = {};
  const forbidden: Record<string, unknown> = {};
  for (const language of TEXT_LANGUAGES) {
    for (const [name, into] of [
      [RENDERING_FIELD(language), renderings],
      [FORBIDDEN_FIELD(language), forbidden],
    ] as const) {
      if (name in input) {
        into[language] = input[name];
        delete input[name];
      }
    }
  }
  return { ...input, renderings, forbidden };
}

/** Errors on `renderings.en` belong beside the `rendering_en` input (`forbidden.en`, `forbidden_en`). */
function besideRenderingInputs(errors: FormErrors): FormErrors {
  const fields = Object.fromEntries(
    Object.entries(errors.fields).map(([field, message]) => {
      const match = /^(renderings|forbidden)\.(\w+)$/.exec(field);
      if (!match || !isTextLanguage(match[2])) return [field, message];
      const name = match[1] === 'renderings' ? RENDERING_FIELD : FORBIDDEN_FIELD;
      return [name(match[2]), message];
    }),
  );
  return { ...errors, fields };
}

function posted(body: Record<string, unknown>): Record<string, string> {
  const names = [
    ...FIELDS,
    ...TEXT_LANGUAGES.map(RENDERING_FIELD),
    ...TEXT_LANGUAGES.map(FORBIDDEN_FIELD),
  ];
  return Object.fromEntries(
    names.map((f) => [f, typeof body[f] === 'string' ? (body[f] as string) : '']),
  );
}

function values(term: GlossaryTermRecord): Record<string, string> {
  return {
    sourceLanguage: term.sourceLanguage,
    term: term.term,
    forms: term.forms.join('\n'),
    note: term.note,
    explainerId: term.explainerId === null ? '' : String(term.explainerId),
    version: String(term.version),
    ...Object.fromEntries(
      TEXT_LANGUAGES.map((l) => [RENDERING_FIELD(l), term.renderings[l] ?? '']),
    ),
    ...Object.fromEntries(
      TEXT_LANGUAGES.map((l) => [FORBIDDEN_FIELD(l), (term.forbidden[l] ?? []).join('\n')]),
    ),
  };
}
