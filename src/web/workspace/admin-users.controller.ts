import { Body, Controller, Get, Inject, Param, ParseIntPipe, Post } from '@nestjs/common';
import { Ctx, CurrentUser, Roles } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import { ROLES } from '../../common/roles.js';
import { validateInput } from '../../common/validation/validate-input.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { pairKey } from '../../config/language-pairs.rules.js';
import { I18nService } from '../../i18n/i18n.service.js';
import { UserAccessDto, UserDisabledDto } from '../../users/user.dto.js';
import type { User, UserSummary } from '../../users/user.entity.js';
import { UsersService } from '../../users/users.service.js';
import { NO_ERRORS, submitForm, type FormErrors } from '../form-errors.js';
import { Page, Redirect } from '../page.decorator.js';

export interface UsersListView {
  pageTitle: string;
  users: {
    id: number;
    handle: string;
    roles: string;
    pairs: string;
    disabled: boolean;
    created: string;
  }[];
}

export interface UserEditView {
  pageTitle: string;
  user: {
    id: number;
    handle: string;
    version: number;
    disabled: boolean;
    email: string | null;
    isSelf: boolean;
  };
  roleOptions: { value: string; label: string; checked: boolean }[];
  pairOptions: { value: string; checked: boolean }[];
  errors: FormErrors;
  statusCode?: number;
}

@Controller('/admin/users')
@Roles('admin')
export class AdminUsersController {
  constructor(
    private readonly users: UsersService,
    private readonly i18n: I18nService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Page('admin/users')
  async list(@Ctx() ctx: RequestContext): Promise<UsersListView> {
    const users = await this.users.list();
    return {
      pageTitle: ctx.t('admin:users.title'),
      users: users.map((u) => ({
        id: u.id,
        handle: u.handle ?? '',
        roles: u.roles.map((r) => ctx.t(`common:role.${r}`)).join(', '),
        pairs: u.languagePairs.join(', '),
        disabled: u.disabled,
        created: this.i18n.formatDate(ctx.lang, u.createdAt),
      })),
    };
  }

  @Get('/:id')
  @Page('admin/user')
  async show(
    @Ctx() ctx: RequestContext,
    @CurrentUser() me: UserSummary,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<UserEditView> {
    return this.view(ctx, me, await this.users.get(id), NO_ERRORS);
  }

  @Post('/:id/access')
  @Page('admin/user')
  async access(
    @Ctx() ctx: RequestContext,
    @CurrentUser() me: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: Record<string, unknown>,
  ): Promise<UserEditView | Redirect> {
    return submitForm(
      ctx.t,
      async () => {
        const form = validateInput(UserAccessDto, body);
        await this.users.updateAccess(me.id, id, form.version, form.roles, form.languagePairs);
        return new Redirect(`/admin/users/${id}`);
      },
      async (errors) => this.view(ctx, me, await this.users.get(id), errors),
    );
  }

  @Post('/:id/disabled')
  async disabled(
    @CurrentUser() me: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: Record<string, unknown>,
  ): Promise<Redirect> {
    const form = validateInput(UserDisabledDto, body);
    await this.users.setDisabled(me.id, id, form.version, form.disabled);
    return new Redirect(`/admin/users/${id}`);
  }

  @Post('/:id/delete')
  async delete(
    @CurrentUser() me: UserSummary,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<Redirect> {
    await this.users.deleteAccount(me.id, id);
    return new Redirect('/admin/users');
  }

  private view(ctx: RequestContext, me: UserSummary, user: User, errors: FormErrors): UserEditView {
    return {
      pageTitle: ctx.t('admin:users.edit-title', { handle: user.handle ?? '' }),
      user: {
        id: user.id,
        handle: user.handle ?? '',
        version: user.version,
        disabled: user.disabled,
        email: user.email,
        isSelf: user.id === me.id,
      },
      roleOptions: ROLES.map((r) => ({
        value: r,
        label: ctx.t(`common:role.${r}`),
        checked: user.roles.includes(r),
      })),
      pairOptions: this.config.languagePairs
        .map(pairKey)
        .map((p) => ({ value: p, checked: user.languagePairs.includes(p) })),
      errors,
    };
  }
}
