import {
  Injectable,
  SetMetadata,
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { from, map, of, switchMap, type Observable } from 'rxjs';
import { DomainError } from '../common/errors/domain-error.js';
import { judgeLocalPath, localPathOr } from './local-path.rules.js';
import { notModified, readerHeaders, ReaderPageCache } from './reader-page-cache.js';
import { ViewRenderer } from './view-renderer.js';

const PAGE_TEMPLATE = 'bridges:page-template';
const READER_PAGE = 'bridges:reader-page';

/** A handler's return value that sends the browser elsewhere (after a form post: 303). */
export class Redirect {
  constructor(
    readonly url: string,
    readonly status: 301 | 302 | 303 = 303,
  ) {}
}

/** A view-model may ask for a status other than 200 (a form re-shown with errors: 400). */
export interface PageModel {
  statusCode?: number;
}

@Injectable()
export class PageInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly views: ViewRenderer,
    private readonly cache: ReaderPageCache,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (
      this.reflector.get<boolean>(READER_PAGE, context.getHandler()) &&
      ReaderPageCache.cacheable(request)
    ) {
      return this.cached(context, next, request);
    }
    return this.rendered(context, next, request);
  }

  /** Anonymous reader pages: served from the cache while nothing changed, with 304s. */
  private cached(
    context: ExecutionContext,
    next: CallHandler,
    request: FastifyRequest,
  ): Observable<unknown> {
    const key = this.cache.key(request);
    // Taken before rendering: a change committed meanwhile makes this entry stale at once.
    const generation = this.cache.generation();
    const hit = this.cache.get(key, generation);
    if (hit) return of(cachedResponse(request, hit));
    return this.rendered(context, next, request).pipe(
      switchMap((response) =>
        response instanceof Response && response.status === 200
          ? from(response.text()).pipe(
              map((html) => cachedResponse(request, this.cache.set(key, generation, html))),
            )
          : of(response),
      ),
    );
  }

  private rendered(
    context: ExecutionContext,
    next: CallHandler,
    request: FastifyRequest,
  ): Observable<unknown> {
    const template = this.reflector.get<string | undefined>(PAGE_TEMPLATE, context.getHandler());
    // A web Response is sent as it is, its status winning over Nest's default 201 for POST.
    return next.handle().pipe(
      map((model: unknown) => {
        if (model instanceof Redirect) {
          return new Response(null, {
            status: model.status,
            headers: { location: safeLocalPath(model.url) },
          });
        }
        if (!template) return model;
        const pageModel = (model ?? {}) as PageModel;
        return new Response(this.views.render(template, pageModel, request), {
          status: pageModel.statusCode ?? 200,
          headers: { 'content-type': 'text/html; charset=utf-8' },
        });
      }),
    );
  }
}

/**
 * Renders the handler's view-model with a template from `views/`. The interceptor is global,
 * so any handler may also return a `Redirect`.
 */
export const Page = (template: string) => SetMetadata(PAGE_TEMPLATE, template);

/** A public reader page: rendered once per change and served from memory to anonymous readers. */
export const ReaderPage = (template: string) =>
  applyDecorators(SetMetadata(PAGE_TEMPLATE, template), SetMetadata(READER_PAGE, true));

function cachedResponse(
  request: FastifyRequest,
  entry: { html: string; etag: string; lastModified: string },
): Response {
  const headers = readerHeaders(entry);
  if (notModified(request, entry)) return new Response(null, { status: 304, headers });
  return new Response(entry.html, {
    status: 200,
    headers: { ...headers, 'content-type': 'text/html; charset=utf-8' },
  });
}

/** The same-origin path to follow, or `fallback` (see local-path.rules.ts). */
export function safeLocalPath(url: unknown, fallback = '/'): string {
  return localPathOr(url, fallback);
}

/**
 * A `next` from the query: absent means `fallback`; present but refused is a 400, so a crafted
 * link fails visibly instead of quietly landing somewhere else.
 */
export function requestedLocalPath(next: unknown, fallback: string): string {
  if (next === undefined || next === '') return fallback;
  const verdict = judgeLocalPath(next);
  if (!verdict.ok) throw new DomainError('invalid', 'errors:unsafe-next');
  return verdict.path;
}
