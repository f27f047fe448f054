import { Body, Controller, Get, Inject, Param, ParseIntPipe, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Ctx, CurrentUser, Public, Roles } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import { ROLES } from '../../common/roles.js';
import { validateInput } from '../../common/validation/validate-input.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { pairKey } from '../../config/language-pairs.rules.js';
import { I18nService } from '../../i18n/i18n.service.js';
import { InvitationsService, invitationState } from '../../users/invitations.service.js';
import { AcceptInvitationDto, CreateInvitationDto } from '../../users/user.dto.js';
import type { UserSummary } from '../../users/user.entity.js';
import { NO_ERRORS, submitForm, type FormErrors } from '../form-errors.js';
import { FormSession } from '../form-session.js';
import { Page, Redirect } from '../page.decorator.js';

export interface InvitationsView {
  pageTitle: string;
  roleOptions: { value: string; label: string }[];
  pairOptions: string[];
  invitations: {
    id: number;
    roles: string;
    pairs: string;
    note: string;
    state: string;
    stateLabel: string;
    expires: string;
  }[];
  createdUrl: string | null;
  errors: FormErrors;
  statusCode?: number;
}

export interface AcceptInvitationView {
  pageTitle: string;
  csrfToken: string;
  roles: string;
  handle: string;
  email: string;
  errors: FormErrors;
  statusCode?: number;
}

@Controller()
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly formSession: FormSession,
    private readonly i18n: I18nService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('/admin/invitations')
  @Roles('editor', 'admin')
  @Page('admin/invitations')
  list(@Ctx() ctx: RequestContext, @CurrentUser() user: UserSummary): Promise<InvitationsView> {
    return this.view(ctx, user, {});
  }

  @Post('/admin/invitations')
  @Roles('editor', 'admin')
  @Page('admin/invitations')
  async create(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Body() body: Record<string, unknown>,
  ): Promise<InvitationsView> {
    return submitForm(
      ctx.t,
      async () => {
        const form = validateInput(CreateInvitationDto, body);
        const created = await this.invitations.create(user, form);
        return this.view(ctx, user, { createdUrl: created.url });
      },
      (errors) => this.view(ctx, user, { errors }),
      ['invalid', 'forbidden'],
    );
  }

  @Post('/admin/invitations/:id/revoke')
  @Roles('editor', 'admin')
  async revoke(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<Redirect> {
    await this.invitations.revoke(user, id);
    return new Redirect('/admin/invitations');
  }

  @Get('/invitations/:token')
  @Public()
  @Page('auth/invitation')
  async showAccept(
    @Ctx() ctx: RequestContext,
    @Param('token') token: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AcceptInvitationView> {
    const invitation = await this.invitations.findUsable(token);
    const csrfToken = await this.formSession.ensure(request, reply);
    return {
      pageTitle: ctx.t('auth:invitation.title'),
      csrfToken,
      roles: invitation.roles.map((r) => ctx.t(`common:role.${r}`)).join(', '),
      handle: '',
      email: '',
      errors: NO_ERRORS,
    };
  }

  @Post('/invitations/:token')
  @Public()
  @Page('auth/invitation')
  async accept(
    @Ctx() ctx: RequestContext,
    @Param('token') token: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AcceptInvitationView | Redirect> {
    const invitation = await this.invitations.findUsable(token);
    return submitForm(
      ctx.t,
      async () => {
        const form = validateInput(AcceptInvitationDto, body);
        await this.invitations.accept(token, form);
        return new Redirect('/sign-in?welcome=1');
      },
      async (errors): Promise<AcceptInvitationView> => ({
        pageTitle: ctx.t('auth:invitation.title'),
        csrfToken: await this.formSession.ensure(request, reply),
        roles: invitation.roles.map((r) => ctx.t(`common:role.${r}`)).join(', '),
        handle: typeof body.handle === 'string' ? body.handle.slice(0, 32) : '',
        email: typeof body.email === 'string' ? body.email.slice(0, 254) : '',
        errors,
      }),
    );
  }

  private async view(
    ctx: RequestContext,
    user: UserSummary,
    extra: Partial<InvitationsView>,
  ): Promise<InvitationsView> {
    const all = await this.invitations.list();
    return {
      pageTitle: ctx.t('admin:invitations.title'),
      roleOptions: ROLES.filter((r) => r !== 'admin' || user.roles.includes('admin')).map((r) => ({
        value: r,
        label: ctx.t(`common:role.${r}`),
      })),
      pairOptions: this.config.languagePairs.map(pairKey),
      invitations: all.map((i) => {
        const state = invitationState(i);
        return {
          id: i.id,
          roles: i.roles.map((r) => ctx.t(`common:role.${r}`)).join(', '),
          pairs: i.languagePairs.join(', '),
          note: i.note,
          state,
          stateLabel: ctx.t(`admin:invitations.state.${state}`),
          expires: this.i18n.formatDateTime(ctx.lang, i.expiresAt),
        };
      }),
      createdUrl: null,
      errors: NO_ERRORS,
      ...extra,
    };
  }
}
