import { Body, Controller, Get, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { Ctx, CurrentUser, Roles } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import { validateInput } from '../../common/validation/validate-input.js';
import { NamesService, type NameRecord } from '../../glossary/names.service.js';
import { PersonDto, UpdatePersonDto } from '../../glossary/person.dto.js';
import type { UserSummary } from '../../users/user.entity.js';
import { NO_ERRORS, submitForm, type FormErrors } from '../form-errors.js';
import { Page, Redirect } from '../page.decorator.js';

export interface NamesView {
  pageTitle: string;
  canEdit: boolean;
  q: string;
  countLabel: string;
  names: {
    id: number;
    cyrillic: string;
    spelling: string;
    variants: string;
    note: string;
    editHref: string;
  }[];
}

export interface NameFormView {
  pageTitle: string;
  action: string;
  deleteAction: string | null;
  values: Record<string, string>;
  errors: FormErrors;
  statusCode?: number;
}

const FIELDS = ['cyrillic', 'spelling', 'variants', 'note', 'version'];

/** The name list: every contributor reads it, editors keep it. */
@Controller('/workspace/names')
export class NamesController {
  constructor(private readonly names: NamesService) {}

  @Get()
  @Page('workspace/glossary-names')
  async list(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Query('q') q?: string,
  ): Promise<NamesView> {
    const query = typeof q === 'string' ? q.slice(0, 200) : '';
    const names = await this.names.list({ q: query });
    return {
      pageTitle: ctx.t('glossary:names-title'),
      canEdit: user.roles.includes('editor'),
      q: query,
      countLabel: ctx.t('glossary:names-count', { count: names.length }),
      names: names.map((n) => ({
        id: n.id,
        cyrillic: n.cyrillic,
        spelling: n.spelling,
        variants: n.variants.join(', '),
        note: n.note,
        editHref: `/workspace/names/${n.id}/edit`,
      })),
    };
  }

  @Get('/new')
  @Roles('editor')
  @Page('workspace/glossary-name-form')
  newForm(@Ctx() ctx: RequestContext): NameFormView {
    return this.form(ctx, null, {}, NO_ERRORS);
  }

  @Post()
  @Roles('editor')
  @Page('workspace/glossary-name-form')
  async create(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Body() body: Record<string, unknown>,
  ): Promise<NameFormView | Redirect> {
    return submitForm(
      ctx.t,
      async () => {
        await this.names.create(user.id, validateInput(PersonDto, body));
        return new Redirect('/workspace/names');
      },
      (errors) => this.form(ctx, null, posted(body), errors),
    );
  }

  @Get('/:id/edit')
  @Roles('editor')
  @Page('workspace/glossary-name-form')
  async editForm(
    @Ctx() ctx: RequestContext,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<NameFormView> {
    return this.form(ctx, id, values(await this.names.get(id)), NO_ERRORS);
  }

  @Post('/:id')
  @Roles('editor')
  @Page('workspace/glossary-name-form')
  async update(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: Record<string, unknown>,
  ): Promise<NameFormView | Redirect> {
    return submitForm(
      ctx.t,
      async () => {
        const input = validateInput(UpdatePersonDto, body);
        await this.names.update(user.id, id, input.version, input);
        return new Redirect('/workspace/names');
      },
      (errors) => this.form(ctx, id, posted(body), errors),
    );
  }

  @Post('/:id/delete')
  @Roles('editor')
  async delete(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<Redirect> {
    await this.names.delete(user.id, id);
    return new Redirect('/workspace/names');
  }

  private form(
    ctx: RequestContext,
    id: number | null,
    formValues: Record<string, string>,
    errors: FormErrors,
  ): NameFormView {
    return {
      pageTitle: ctx.t(id ? 'glossary:edit-name' : 'glossary:new-name'),
      action: id ? `/workspace/names/${id}` : '/workspace/names',
      deleteAction: id ? `/workspace/names/${id}/delete` : null,
      values: formValues,
      errors,
    };
  }
}

function posted(body: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    FIELDS.map((f) => [
      f,
      typeof body[f] === 'string'
        ? (body[f] as string)
        : Array.isArray(body[f])
          ? (body[f] as string[]).join('\n')
          : '',
    ]),
  );
}

function values(name: NameRecord): Record<string, string> {
  return {
    cyrillic: name.cyrillic,
    spelling: name.spelling,
    variants: name.variants.join('\n'),
    note: name.note,
    version: String(name.version),
  };
}
