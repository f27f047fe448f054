import { Body, Controller, Get, Param, ParseIntPipe, Post } from '@nestjs/common';
import { Ctx, CurrentUser, Roles } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import { validateInput } from '../../common/validation/validate-input.js';
import { InitiativeDto, UpdateInitiativeDto } from '../../sources/initiative.dto.js';
import type { Initiative } from '../../sources/initiative.entity.js';
import { InitiativesService } from '../../sources/initiatives.service.js';
import { LICENCES } from '../../sources/source-vocabulary.js';
import type { UserSummary } from '../../users/user.entity.js';
import { NO_ERRORS, submitForm, type FormErrors } from '../form-errors.js';
import { Page, Redirect } from '../page.decorator.js';

export interface InitiativesView {
  pageTitle: string;
  canEdit: boolean;
  initiatives: {
    id: number;
    nameEn: string;
    nameOriginal: string;
    siteUrl: string | null;
    flags: string[];
    sourcesHref: string;
  }[];
}

export interface InitiativeFormView {
  pageTitle: string;
  action: string;
  values: Record<string, string>;
  licences: { value: string; label: string }[];
  errors: FormErrors;
  statusCode?: number;
}

const FIELDS = [
  'nameOriginal',
  'nameEn',
  'slug',
  'siteUrl',
  'descriptionEn',
  'descriptionRu',
  'defaultLicence',
  'undesirable',
  'foreignAgent',
  'foreignAgentLabel',
  'version',
];

@Controller('/workspace/initiatives')
export class InitiativesController {
  constructor(private readonly initiatives: InitiativesService) {}

  @Get()
  @Page('workspace/initiatives')
  async list(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
  ): Promise<InitiativesView> {
    return {
      pageTitle: ctx.t('sources:initiatives.title'),
      canEdit: user.roles.includes('editor'),
      initiatives: (await this.initiatives.list()).map((i) => ({
        id: i.id,
        nameEn: i.nameEn,
        nameOriginal: i.nameOriginal,
        siteUrl: i.siteUrl,
        flags: [
          ...(i.undesirable ? [ctx.t('sources:initiatives.undesirable')] : []),
          ...(i.foreignAgent ? [ctx.t('sources:initiatives.foreign-agent')] : []),
        ],
        sourcesHref: `/workspace/sources?initiative=${i.id}`,
      })),
    };
  }

  @Get('/new')
  @Roles('editor')
  @Page('workspace/initiative-form')
  newForm(@Ctx() ctx: RequestContext): InitiativeFormView {
    return this.form(ctx, '/workspace/initiatives', { defaultLicence: 'unknown' }, NO_ERRORS);
  }

  @Post()
  @Roles('editor')
  @Page('workspace/initiative-form')
  async create(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Body() body: Record<string, unknown>,
  ): Promise<InitiativeFormView | Redirect> {
    return submitForm(
      ctx.t,
      async () => {
        await this.initiatives.create(user.id, validateInput(InitiativeDto, body));
        return new Redirect('/workspace/initiatives');
      },
      (errors) => this.form(ctx, '/workspace/initiatives', posted(body), errors),
    );
  }

  @Get('/:id/edit')
  @Roles('editor')
  @Page('workspace/initiative-form')
  async editForm(
    @Ctx() ctx: RequestContext,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<InitiativeFormView> {
    return this.form(
      ctx,
      `/workspace/initiatives/${id}`,
      values(await this.initiatives.get(id)),
      NO_ERRORS,
    );
  }

  @Post('/:id')
  @Roles('editor')
  @Page('workspace/initiative-form')
  async update(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: Record<string, unknown>,
  ): Promise<InitiativeFormView | Redirect> {
    return submitForm(
      ctx.t,
      async () => {
        const input = validateInput(UpdateInitiativeDto, body);
        await this.initiatives.update(user.id, id, input.version, input);
        return new Redirect('/workspace/initiatives');
      },
      (errors) => this.form(ctx, `/workspace/initiatives/${id}`, posted(body), errors),
    );
  }

  private form(
    ctx: RequestContext,
    action: string,
    formValues: Record<string, string>,
    errors: FormErrors,
  ): InitiativeFormView {
    return {
      pageTitle: ctx.t(
        action.endsWith('initiatives') ? 'sources:initiatives.new' : 'sources:initiatives.edit',
      ),
      action,
      values: formValues,
      licences: LICENCES.map((l) => ({ value: l, label: ctx.t(`sources:licence.${l}`) })),
      errors,
    };
  }
}

function posted(body: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    FIELDS.map((f) => [f, typeof body[f] === 'string' ? (body[f] as string) : '']),
  );
}

function values(i: Initiative): Record<string, string> {
  return {
    nameOriginal: i.nameOriginal,
    nameEn: i.nameEn,
    slug: i.slug,
    siteUrl: i.siteUrl ?? '',
    descriptionEn: i.descriptionEn,
    descriptionRu: i.descriptionRu,
    defaultLicence: i.defaultLicence,
    undesirable: i.undesirable ? 'on' : '',
    foreignAgent: i.foreignAgent ? 'on' : '',
    foreignAgentLabel: i.foreignAgentLabel,
    version: String(i.version),
  };
}
