import { Inject, Injectable } from '@nestjs/common';
import { Eta } from 'eta';
import type { FastifyRequest } from 'fastify';
import type { RequestContext } from '../auth/request-context.js';
import { viewsDirectory } from '../common/project-paths.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { buildLayout } from './layout.view-model.js';

/**
 * Eta with auto-escaping: templates print and loop over typed view-models; `it.t` translates,
 * `it.layout` holds what the page frame needs. `<%~` (raw output) is only for HTML that was
 * produced and sanitised by our own code.
 */
@Injectable()
export class ViewRenderer {
  private readonly eta = new Eta({
    views: viewsDirectory,
    autoEscape: true,
    autoTrim: [false, 'nl'],
    cache: true,
  });

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  render(template: string, model: object, request: FastifyRequest): string {
    return this.renderWith(template, model, request.ctx, request.url);
  }

  renderWith(template: string, model: object, ctx: RequestContext, url: string): string {
    return this.eta.render(template, {
      ...model,
      t: ctx.t,
      lang: ctx.lang,
      layout: buildLayout(ctx, this.config.siteName, url),
    });
  }
}
