import { Body, Controller, Get, Inject, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Ctx, Public } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import { clearSessionCookie, setSessionCookie } from '../../auth/session-cookie.js';
import { SignInService } from '../../auth/sign-in.service.js';
import { TextField } from '../../common/validation/fields.js';
import { validateInput } from '../../common/validation/validate-input.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { NO_ERRORS, submitForm, type FormErrors } from '../form-errors.js';
import { FormSession } from '../form-session.js';
import { Page, Redirect, requestedLocalPath, safeLocalPath } from '../page.decorator.js';

class SignInForm {
  @TextField({ maxLength: 64 })
  handle!: string;

  @TextField({ maxLength: 200, trim: false })
  password!: string;

  @TextField({ optional: true, maxLength: 2000 })
  next?: string;
}

export interface SignInView {
  pageTitle: string;
  csrfToken: string;
  handle: string;
  next: string;
  notice: string | null;
  errors: FormErrors;
  statusCode?: number;
}

@Controller()
export class SignInController {
  constructor(
    private readonly signIn: SignInService,
    private readonly formSession: FormSession,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('/sign-in')
  @Public()
  @Page('auth/sign-in')
  async show(
    @Ctx() ctx: RequestContext,
    @Query('next') next: string | undefined,
    @Query('welcome') welcome: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignInView | Redirect> {
    const target = requestedLocalPath(next, '');
    if (ctx.user) return new Redirect(target || '/account');
    const csrfToken = await this.formSession.ensure(request, reply);
    return {
      pageTitle: ctx.t('auth:sign-in.title'),
      csrfToken,
      handle: '',
      next: target,
      notice: welcome ? ctx.t('auth:sign-in.welcome') : null,
      errors: NO_ERRORS,
    };
  }

  @Post('/sign-in')
  @Public()
  @Page('auth/sign-in')
  async submit(
    @Ctx() ctx: RequestContext,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignInView | Redirect> {
    const handle = typeof body.handle === 'string' ? body.handle.trim().slice(0, 64) : '';
    const next = safeLocalPath(body.next, '');
    return submitForm(
      ctx.t,
      async () => {
        const form = validateInput(SignInForm, body);
        const { started } = await this.signIn.signIn(
          form.handle,
          form.password,
          request.ip,
          ctx.session?.id,
        );
        setSessionCookie(reply, this.config, started.token, started.session.expiresAt);
        return new Redirect(next || '/account');
      },
      async (errors): Promise<SignInView> => ({
        pageTitle: ctx.t('auth:sign-in.title'),
        csrfToken: await this.formSession.ensure(request, reply),
        handle,
        next,
        notice: null,
        errors,
      }),
      ['invalid', 'unauthenticated', 'rate_limited'],
    );
  }

  @Post('/sign-out')
  async signOut(@Ctx() ctx: RequestContext, @Res() reply: FastifyReply): Promise<void> {
    if (ctx.session) await this.signIn.signOut(ctx.session.id, ctx.user?.id ?? null);
    clearSessionCookie(reply, this.config);
    void reply.redirect('/', 303);
  }
}
