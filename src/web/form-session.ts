import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { setSessionCookie } from '../auth/session-cookie.js';
import { SessionService } from '../auth/session.service.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';

/**
 * Forms shown to people who are not signed in (sign-in, invitation) still need a CSRF token,
 * which lives in a session. Only these pages create one: readers never get a cookie.
 */
@Injectable()
export class FormSession {
  constructor(
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async ensure(request: FastifyRequest, reply: FastifyReply): Promise<string> {
    if (request.ctx.session) return request.ctx.session.csrfToken;
    const { token, session } = await this.sessions.start(null);
    setSessionCookie(reply, this.config, token, session.expiresAt);
    request.ctx.session = session;
    return session.csrfToken;
  }
}
