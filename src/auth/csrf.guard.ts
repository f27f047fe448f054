import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../common/errors/domain-error.js';
import { safeEqual } from '../common/token-hasher.js';
import { CSRF_EXEMPT } from './access.decorators.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every state change made with a session carries the session's CSRF token, in the form field
 * `_csrf` or the `X-CSRF-Token` header. Runs as a guard, after the body is parsed. Bearer-token
 * calls need none: a browser never attaches that header on its own.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (SAFE_METHODS.has(request.method)) return true;
    if (request.ctx.via === 'token') return true;
    const exempt = this.reflector.getAllAndOverride<boolean>(CSRF_EXEMPT, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (exempt && (request.headers['content-type'] ?? '').startsWith('application/json'))
      return true;
    const expected = request.ctx.session?.csrfToken;
    const body = request.body as Record<string, unknown> | undefined;
    const sent =
      request.headers['x-csrf-token'] ?? (typeof body?._csrf === 'string' ? body._csrf : undefined);
    if (!expected || typeof sent !== 'string' || !safeEqual(sent, expected)) {
      throw new DomainError('forbidden', 'errors:csrf');
    }
    return true;
  }
}
