import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../common/errors/domain-error.js';
import type { Role } from '../common/roles.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { PUBLIC_ROUTE, REQUIRED_ROLES } from './access.decorators.js';
import { InstanceCoordination } from '../database/instance-coordination.js';

/**
 * Every route is checked on the server: public routes are marked, everything else needs a
 * signed-in user, and `@Roles` narrows further. API callers are also rate limited.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly apiLimit: number;

  constructor(
    private readonly reflector: Reflector,
    private readonly limits: InstanceCoordination,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.apiLimit = config.apiRateLimitPerMinute;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const { ctx } = request;
    if (ctx.authError) throw new DomainError('unauthenticated', ctx.authError);
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets) ?? false;
    const roles = this.reflector.getAllAndOverride<Role[]>(REQUIRED_ROLES, targets) ?? [];
    if (ctx.user && request.url.startsWith('/api/')) {
      const key = ctx.via === 'token' ? `t${ctx.tokenId}` : `u${ctx.user.id}`;
      const verdict = await this.limits.takeAttempt('api', key, this.apiLimit, 60_000);
      if (verdict.blocked) throw new DomainError('rate_limited', 'errors:api-rate-limited');
    }
    if (isPublic && roles.length === 0) return true;
    if (!ctx.user) throw new DomainError('unauthenticated', 'errors:sign-in-required');
    if (roles.length > 0 && !roles.some((role) => ctx.user?.roles.includes(role))) {
      throw new DomainError('forbidden', 'errors:role-required', { roles: roles.join(', ') });
    }
    return true;
  }
}
