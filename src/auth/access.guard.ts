import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../common/errors/domain-error.js';
import type { Role } from '../common/roles.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { PUBLIC_ROUTE, REQUIRED_ROLES } from './access.decorators.js';
import { RateLimiter } from './rate-limiter.rules.js';

/**
 * Every route is checked on the server: public routes are marked, everything else needs a
 * signed-in user, and `@Roles` narrows further. API callers are also rate limited.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly apiLimiter: RateLimiter;

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.apiLimiter = new RateLimiter(config.apiRateLimitPerMinute, 60_000);
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const { ctx } = request;
    if (ctx.authError) throw new DomainError('unauthenticated', ctx.authError);
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets) ?? false;
    const roles = this.reflector.getAllAndOverride<Role[]>(REQUIRED_ROLES, targets) ?? [];
    if (ctx.user && request.url.startsWith('/api/')) {
      const key = ctx.via === 'token' ? `t${ctx.tokenId}` : `u${ctx.user.id}`;
      if (this.apiLimiter.isBlocked(key))
        throw new DomainError('rate_limited', 'errors:api-rate-limited');
      this.apiLimiter.hit(key);
    }
    if (isPublic && roles.length === 0) return true;
    if (!ctx.user) throw new DomainError('unauthenticated', 'errors:sign-in-required');
    if (roles.length > 0 && !roles.some((role) => ctx.user?.roles.includes(role))) {
      throw new DomainError('forbidden', 'errors:role-required', { roles: roles.join(', ') });
    }
    return true;
  }
}
