import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Role } from '../common/roles.js';
import type { UserSummary } from '../users/user.entity.js';
import type { RequestContext } from './request-context.js';

export const PUBLIC_ROUTE = 'bridges:public';
export const REQUIRED_ROLES = 'bridges:roles';
export const CSRF_EXEMPT = 'bridges:csrf-exempt';

/** Anyone may open this route; without it, a route needs a signed-in user (deny by default). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** A signed-in user holding at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

/**
 * Only for JSON endpoints that start a session: a cross-site form cannot send
 * `application/json`, and there is no session yet to carry a token.
 */
export const CsrfExemptJson = () => SetMetadata(CSRF_EXEMPT, true);

export const Ctx = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestContext =>
    context.switchToHttp().getRequest<FastifyRequest>().ctx,
);

/** The signed-in user; only on routes the access guard protects. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): UserSummary => {
    const user = context.switchToHttp().getRequest<FastifyRequest>().ctx.user;
    if (!user) throw new Error('CurrentUser used on a public route');
    return user;
  },
);
