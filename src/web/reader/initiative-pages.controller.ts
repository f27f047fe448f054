import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { Ctx, Public } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import { notFound } from '../../common/errors/domain-error.js';
import { SLUG_PATTERN } from '../../common/slug.rules.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { I18nService } from '../../i18n/i18n.service.js';
import { PublicationQueriesService } from '../../publications/publication-queries.service.js';
import { InitiativesService } from '../../sources/initiatives.service.js';
import { ReaderPage } from '../page.decorator.js';
import { pagination } from '../pagination.view-model.js';
import {
  initiativeCard,
  plainDescription,
  type InitiativesView,
  type InitiativeView,
} from './initiative.view-model.js';
import { initiativeName, publicationItems } from './publication-list.view-model.js';
import { pageNumber, readerHead } from './reader-head.view-model.js';

const PAGE_SIZE = 20;

/**
 * The initiatives whose texts are on the site. One without a live text answers 404 like an
 * unknown one: an initiative being prepared, or whose texts were all withdrawn, is not shown.
 */
@Controller('/initiatives')
export class InitiativePagesController {
  constructor(
    private readonly initiatives: InitiativesService,
    private readonly publications: PublicationQueriesService,
    private readonly i18n: I18nService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('/')
  @Public()
  @ReaderPage('reader/initiatives')
  async index(@Ctx() ctx: RequestContext): Promise<InitiativesView> {
    const ids = await this.publications.initiativesWithPublications();
    const found = await this.initiatives.byIds(ids);
    const collator = new Intl.Collator(ctx.lang);
    const title = ctx.t('reader:initiatives.title');
    return {
      pageTitle: title,
      initiatives: [...found.values()]
        .map((i) => initiativeCard(ctx, i))
        .sort((a, b) => collator.compare(a.name, b.name)),
      head: readerHead(ctx, this.config.publicUrl, {
        path: '/initiatives',
        title,
        description: ctx.t('reader:initiatives.intro'),
      }),
    };
  }

  @Get('/:slug')
  @Public()
  @ReaderPage('reader/initiative')
  async show(
    @Ctx() ctx: RequestContext,
    @Param('slug') slug: string,
    @Query('page') page?: string,
  ): Promise<InitiativeView> {
    if (!SLUG_PATTERN.test(slug)) throw notFound();
    const initiative = await this.initiatives.bySlug(slug);
    const total = await this.publications.countCurrent({ initiativeId: initiative.id });
    if (total === 0) throw notFound();
    const current = pageNumber(page);
    const items = await this.publications.summaries({
      initiativeId: initiative.id,
      offset: (current - 1) * PAGE_SIZE,
      limit: PAGE_SIZE,
    });
    const path = `/initiatives/${initiative.slug}`;
    const feedHref = `/feeds/initiatives/${initiative.slug}.atom`;
    return {
      pageTitle: initiativeName(ctx, initiative),
      initiative: initiativeCard(ctx, initiative),
      count: ctx.t('reader:initiative.texts', { count: total }),
      publications: publicationItems(ctx, this.i18n, items),
      pagination: pagination(ctx, { page: current, pageSize: PAGE_SIZE, total }, (n) =>
        n === 1 ? path : `${path}?page=${n}`,
      ),
      feedHref,
      head: readerHead(ctx, this.config.publicUrl, {
        path,
        query: { page: current > 1 ? current : null },
        title: initiativeName(ctx, initiative),
        description: plainDescription(initiative, ctx.lang),
        feeds: [
          {
            title: ctx.t('reader:feeds.initiative', { name: initiative.nameEn }),
            href: `${this.config.publicUrl}${feedHref}`,
          },
        ],
      }),
    };
  }
}
