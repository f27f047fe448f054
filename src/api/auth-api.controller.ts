import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CsrfExemptJson, Ctx, Public } from '../auth/access.decorators.js';
import type { RequestContext } from '../auth/request-context.js';
import { clearSessionCookie, setSessionCookie } from '../auth/session-cookie.js';
import { SignInService } from '../auth/sign-in.service.js';
import { TextField } from '../common/validation/fields.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import type { UserSummary } from '../users/user.entity.js';

export class LoginDto {
  @TextField({ maxLength: 64, example: 'demo-translator' })
  handle!: string;

  @TextField({ maxLength: 200, trim: false })
  password!: string;
}

export function meView(user: UserSummary, csrfToken: string | null) {
  return {
    user: {
      id: user.id,
      handle: user.handle,
      roles: user.roles,
      languagePairs: user.languagePairs,
    },
    csrfToken,
  };
}

@ApiTags('auth')
@Controller('/api/v1')
export class AuthApiController {
  constructor(
    private readonly signIn: SignInService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts a session (cookie) and returns the CSRF token that every later write must send. */
  @Post('/auth/login')
  @Public()
  @CsrfExemptJson()
  @HttpCode(200)
  async login(
    @Ctx() ctx: RequestContext,
    @Body() body: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { user, started } = await this.signIn.signIn(
      body.handle,
      body.password,
      request.ip,
      ctx.session?.id,
    );
    setSessionCookie(reply, this.config, started.token, started.session.expiresAt);
    return meView(user, started.session.csrfToken);
  }

  @Post('/auth/logout')
  @HttpCode(204)
  async logout(
    @Ctx() ctx: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    if (ctx.session) await this.signIn.signOut(ctx.session.id, ctx.user?.id ?? null);
    clearSessionCookie(reply, this.config);
  }

  @Get('/me')
  @ApiBearerAuth()
  @ApiOkResponse({ description: 'The signed-in user; `csrfToken` is set for session callers.' })
  me(@Ctx() ctx: RequestContext) {
    return meView(ctx.user!, ctx.via === 'session' ? (ctx.session?.csrfToken ?? null) : null);
  }
}
