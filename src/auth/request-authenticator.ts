import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { UsersService } from '../users/users.service.js';
import { ApiTokensService } from './api-tokens.service.js';
import { sessionCookieName } from './session-cookie.js';
import { SessionService } from './session.service.js';

/**
 * Runs before routing (a Fastify onRequest hook): finds who is asking from a Bearer token or
 * the session cookie. Anonymous readers without a cookie cost no database query.
 */
@Injectable()
export class RequestAuthenticator {
  constructor(
    private readonly sessions: SessionService,
    private readonly apiTokens: ApiTokensService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async authenticate(request: FastifyRequest): Promise<void> {
    const ctx = request.ctx;
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const found = match?.[1] ? await this.apiTokens.authenticate(match[1]) : null;
      const user = found ? await this.users.findSummary(found.userId) : null;
      if (!found || !user || user.disabled || user.deleted) {
        ctx.authError = 'errors:invalid-token';
        return;
      }
      ctx.user = user;
      ctx.via = 'token';
      ctx.tokenId = found.tokenId;
      return;
    }
    const token = request.cookies[sessionCookieName(this.config)];
    if (!token) return;
    const session = await this.sessions.load(token);
    if (!session) return;
    ctx.session = session;
    if (session.userId === null) return;
    const user = await this.users.findSummary(session.userId);
    if (!user || user.disabled || user.deleted) return;
    ctx.user = user;
    ctx.via = 'session';
  }
}
