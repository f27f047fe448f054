import { Controller, Get, Inject, Param, ParseIntPipe, Query } from '@nestjs/common';
import { Ctx, Public } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import { notFound } from '../../common/errors/domain-error.js';
import { SLUG_PATTERN } from '../../common/slug.rules.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { I18nService } from '../../i18n/i18n.service.js';
import { PublicationQueriesService } from '../../publications/publication-queries.service.js';
import type { Publication } from '../../publications/publication.entity.js';
import { ReaderPage } from '../page.decorator.js';
import { articleView, type ArticleView } from './article.view-model.js';

/** A published text, from its Publication only: drafts are unreachable from here. */
@Controller('/texts')
export class ArticleController {
  constructor(
    private readonly publications: PublicationQueriesService,
    private readonly i18n: I18nService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('/:slug')
  @Public()
  @ReaderPage('reader/article')
  async current(
    @Ctx() ctx: RequestContext,
    @Param('slug') slug: string,
    @Query('view') view?: string,
  ): Promise<ArticleView> {
    if (!SLUG_PATTERN.test(slug)) throw notFound();
    const latest = await this.publications.current(slug);
    return this.view(ctx, latest, latest, view === 'original');
  }

  @Get('/:slug/v/:version')
  @Public()
  @ReaderPage('reader/article')
  async version(
    @Ctx() ctx: RequestContext,
    @Param('slug') slug: string,
    @Param('version', ParseIntPipe) version: number,
    @Query('view') view?: string,
  ): Promise<ArticleView> {
    if (!SLUG_PATTERN.test(slug)) throw notFound();
    const { publication, latest } = await this.publications.version(slug, version);
    return this.view(ctx, publication, latest, view === 'original');
  }

  private async view(
    ctx: RequestContext,
    publication: Publication,
    latest: Publication,
    sideBySide: boolean,
  ): Promise<ArticleView> {
    const [credits, versions, alternates, tags] = await Promise.all([
      this.publications.credits(publication.id),
      this.publications.versions(publication.translationId),
      this.publications.otherLanguages(publication),
      this.publications.tags([publication.id]),
    ]);
    return articleView(ctx, this.i18n, this.config.publicUrl, {
      publication,
      latest,
      credits,
      versions,
      alternates,
      tags: tags.get(publication.id) ?? [],
      sideBySide,
    });
  }
}
