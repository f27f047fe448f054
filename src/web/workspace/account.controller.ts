import {
  Body,
  Controller,
  Get,
  Inject,
  Param,
  ParseIntPipe,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Ctx, CurrentUser } from '../../auth/access.decorators.js';
import { ApiTokensService } from '../../auth/api-tokens.service.js';
import type { RequestContext } from '../../auth/request-context.js';
import { clearSessionCookie } from '../../auth/session-cookie.js';
import { ValidationFailed } from '../../common/errors/domain-error.js';
import { TextField } from '../../common/validation/fields.js';
import { validateInput } from '../../common/validation/validate-input.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { I18nService } from '../../i18n/i18n.service.js';
import { PasswordHasher } from '../../users/password-hasher.js';
import { PasswordService } from '../../users/password.service.js';
import { ChangePasswordDto } from '../../users/user.dto.js';
import type { UserSummary } from '../../users/user.entity.js';
import { UsersService } from '../../users/users.service.js';
import { NO_ERRORS, submitForm, type FormErrors } from '../form-errors.js';
import { Page, Redirect } from '../page.decorator.js';

class TokenForm {
  @TextField({ maxLength: 80 })
  name!: string;
}

class DeleteAccountForm {
  @TextField({ maxLength: 200, trim: false })
  password!: string;

  @TextField({ maxLength: 64 })
  confirmHandle!: string;
}

export interface AccountView {
  pageTitle: string;
  handle: string;
  roles: string[];
  languagePairs: string[];
  notice: string | null;
  tokens: {
    id: number;
    name: string;
    prefix: string;
    created: string;
    lastUsed: string | null;
    revoked: boolean;
  }[];
  createdToken: { name: string; secret: string } | null;
  passwordErrors: FormErrors;
  tokenErrors: FormErrors;
  deleteErrors: FormErrors;
  statusCode?: number;
}

const NOTICES = ['password-changed', 'token-revoked'] as const;

@Controller('/account')
export class AccountController {
  constructor(
    private readonly users: UsersService,
    private readonly passwords: PasswordService,
    private readonly hasher: PasswordHasher,
    private readonly apiTokens: ApiTokensService,
    private readonly i18n: I18nService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Page('account/account')
  async show(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Query('done') done?: string,
  ): Promise<AccountView> {
    const notice = (NOTICES as readonly string[]).includes(done ?? '')
      ? ctx.t(`auth:account.notice.${done}`)
      : null;
    return this.view(ctx, user, { notice });
  }

  @Post('/password')
  @Page('account/account')
  async changePassword(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Body() body: Record<string, unknown>,
  ): Promise<AccountView | Redirect> {
    return submitForm(
      ctx.t,
      async () => {
        const form = validateInput(ChangePasswordDto, body);
        await this.passwords.change(
          user.id,
          form.currentPassword,
          form.newPassword,
          ctx.session?.id,
        );
        return new Redirect('/account?done=password-changed');
      },
      (passwordErrors) => this.view(ctx, user, { passwordErrors }),
    );
  }

  @Post('/tokens')
  @Page('account/account')
  async createToken(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Body() body: Record<string, unknown>,
  ): Promise<AccountView> {
    return submitForm(
      ctx.t,
      async () => {
        const form = validateInput(TokenForm, body);
        const created = await this.apiTokens.create(user.id, form.name);
        return this.view(ctx, user, {
          createdToken: { name: created.token.name, secret: created.secret },
        });
      },
      (tokenErrors) => this.view(ctx, user, { tokenErrors }),
    );
  }

  @Post('/tokens/:id/revoke')
  async revokeToken(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<Redirect> {
    await this.apiTokens.revoke(user.id, id);
    return new Redirect('/account?done=token-revoked');
  }

  /** Deleting one's own account asks for the password and the handle typed again. */
  @Post('/delete')
  @Page('account/account')
  async deleteAccount(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Body() body: Record<string, unknown>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AccountView | Redirect> {
    return submitForm(
      ctx.t,
      async () => {
        const form = validateInput(DeleteAccountForm, body);
        if (form.confirmHandle !== user.handle)
          throw ValidationFailed.field('confirmHandle', 'validation:handle-mismatch');
        if (!(await this.hasher.verify(await this.users.passwordHashOf(user.id), form.password))) {
          throw ValidationFailed.field('password', 'validation:wrong-password');
        }
        await this.users.deleteAccount(user.id, user.id);
        clearSessionCookie(reply, this.config);
        return new Redirect('/?account=deleted');
      },
      (deleteErrors) => this.view(ctx, user, { deleteErrors }),
    );
  }

  private async view(
    ctx: RequestContext,
    user: UserSummary,
    extra: Partial<AccountView>,
  ): Promise<AccountView> {
    const tokens = await this.apiTokens.list(user.id);
    return {
      pageTitle: ctx.t('auth:account.title'),
      handle: user.handle ?? '',
      roles: user.roles.map((r) => ctx.t(`common:role.${r}`)),
      languagePairs: user.languagePairs,
      notice: null,
      createdToken: null,
      passwordErrors: NO_ERRORS,
      tokenErrors: NO_ERRORS,
      deleteErrors: NO_ERRORS,
      tokens: tokens.map((t) => ({
        id: t.id,
        name: t.name,
        prefix: t.prefix,
        created: this.i18n.formatDateTime(ctx.lang, t.createdAt),
        lastUsed: t.lastUsedAt ? this.i18n.formatDateTime(ctx.lang, t.lastUsedAt) : null,
        revoked: t.revokedAt !== null,
      })),
      ...extra,
    };
  }
}
