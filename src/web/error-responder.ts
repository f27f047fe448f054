import { HttpException, Injectable, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RequestContext } from '../auth/request-context.js';
import {
  ConflictError,
  DomainError,
  ValidationFailed,
  type FieldError,
} from '../common/errors/domain-error.js';
import { I18nService } from '../i18n/i18n.service.js';
import { negotiateLanguage } from '../i18n/language-negotiation.rules.js';
import { ERROR_STATUS } from './error-status.js';
import { ViewRenderer } from './view-renderer.js';

interface Classified {
  status: number;
  key: string;
  params: Record<string, string | number>;
  fields: FieldError[];
  conflict: ConflictError | null;
}

/**
 * The one place an error becomes a response: a status, and a translated page or JSON body.
 * Nothing internal (stack, SQL, file path) ever reaches the client; unexpected errors are
 * logged without the request's address or query string.
 */
@Injectable()
export class ErrorResponder {
  private readonly logger = new Logger('Errors');

  constructor(
    private readonly views: ViewRenderer,
    private readonly i18n: I18nService,
  ) {}

  respond(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
    const found = this.classify(error);
    if (found.status >= 500) {
      const route = request.routeOptions?.url ?? '(no route)';
      this.logger.error(
        `${request.method} ${route}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
    const ctx = request.ctx ?? this.fallbackContext(request);
    const message = ctx.t(found.key, found.params);
    const fields = found.fields.map((f) => ({ field: f.field, message: ctx.t(f.key, f.params) }));
    if (found.status === 429) void reply.header('retry-after', '60');
    if (wantsJson(request)) {
      void reply
        .status(found.status)
        .header('cache-control', 'no-store')
        .type('application/json; charset=utf-8')
        .send({
          error: {
            status: found.status,
            code: found.key,
            message,
            ...(fields.length ? { fields } : {}),
            ...(found.conflict
              ? { current: found.conflict.current, submitted: found.conflict.submitted ?? null }
              : {}),
          },
        });
      return;
    }
    if (
      found.status === 401 &&
      request.method === 'GET' &&
      found.key === 'errors:sign-in-required'
    ) {
      void reply.redirect(`/sign-in?next=${encodeURIComponent(request.url)}`, 303);
      return;
    }
    const html = this.views.renderWith(
      'errors/error',
      {
        status: found.status,
        title: ctx.t(`errors:title.${found.status}`, { defaultValue: ctx.t('errors:title.500') }),
        message,
        fields,
        conflict: found.conflict
          ? {
              current: found.conflict.current.text ?? null,
              submitted: found.conflict.submitted?.text ?? null,
            }
          : null,
      },
      ctx,
      request.url,
    );
    void reply
      .status(found.status)
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(html);
  }

  private classify(error: unknown): Classified {
    const none = { fields: [] as FieldError[], conflict: null };
    if (error instanceof DomainError) {
      return {
        status: ERROR_STATUS[error.kind],
        key: error.key,
        params: error.params,
        fields: error instanceof ValidationFailed ? error.fields : [],
        conflict: error instanceof ConflictError ? error : null,
      };
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      return { status, key: keyForStatus(status), params: {}, ...none };
    }
    const fastifyStatus = (error as { statusCode?: unknown } | null)?.statusCode;
    if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
      return { status: fastifyStatus, key: keyForStatus(fastifyStatus), params: {}, ...none };
    }
    // busboy throws plain errors on a malformed multipart body (truncated, bad headers) from
    // inside @fastify/multipart's hook, before any handler runs: the client's fault, not ours.
    if (error instanceof Error && error.stack?.includes('@fastify/busboy')) {
      return { status: 400, key: 'errors:bad-request', params: {}, ...none };
    }
    return { status: 500, key: 'errors:internal', params: {}, ...none };
  }

  private fallbackContext(request: FastifyRequest): RequestContext {
    const lang = negotiateLanguage({ acceptLanguage: request.headers['accept-language'] });
    return {
      lang,
      langFromQuery: false,
      t: this.i18n.translator(lang),
      user: null,
      via: null,
      session: null,
      tokenId: null,
      authError: null,
    };
  }
}

function keyForStatus(status: number): string {
  switch (status) {
    case 400:
      return 'errors:bad-request';
    case 401:
      return 'errors:sign-in-required';
    case 403:
      return 'errors:forbidden';
    case 404:
      return 'errors:not-found';
    case 405:
      return 'errors:method-not-allowed';
    case 413:
      return 'errors:too-large';
    case 415:
      return 'errors:unsupported-media-type';
    case 429:
      return 'errors:rate-limited';
    default:
      return status >= 500 ? 'errors:internal' : 'errors:bad-request';
  }
}

export function wantsJson(request: FastifyRequest): boolean {
  if (request.url.startsWith('/api/')) return true;
  const accept = request.headers.accept ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}
