import {
  Injectable,
  SetMetadata,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';
import { ViewRenderer } from './view-renderer.js';

const PAGE_TEMPLATE = 'bridges:page-template';

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
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const template = this.reflector.get<string | undefined>(PAGE_TEMPLATE, context.getHandler());
    const request = context.switchToHttp().getRequest<FastifyRequest>();
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

/** Only same-site paths: a `next=` parameter must never send anyone to another site. */
export function safeLocalPath(url: unknown, fallback = '/'): string {
  if (
    typeof url !== 'string' ||
    !url.startsWith('/') ||
    url.startsWith('//') ||
    url.startsWith('/\\')
  ) {
    return fallback;
  }
  return url;
}
