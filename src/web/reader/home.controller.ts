import { Controller, Get, Inject, Query } from '@nestjs/common';
import { tagOf } from '../../common/tag.rules.js';
import { Ctx, Public } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import { hasCyrillic } from '../../common/text/normalise.rules.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { I18nService } from '../../i18n/i18n.service.js';
import { PublicationQueriesService } from '../../publications/publication-queries.service.js';
import { InitiativesService } from '../../sources/initiatives.service.js';
import { TimelineService } from '../../timeline/timeline.service.js';
import { ReaderPage } from '../page.decorator.js';
import { pagination } from '../pagination.view-model.js';
import { languagesFor, timelineItems, type HomeView } from './home.view-model.js';
import { initiativeName, publicationItems } from './publication-list.view-model.js';
import { pageNumber, readerHead } from './reader-head.view-model.js';

/** How many latest texts the home page shows in the reader's language, and in the other. */
const LATEST_IN_LANGUAGE = 6;
const LATEST_IN_OTHER = 4;

/**
 * The home page: the timeline, the latest texts and the initiatives. Every query is indexed
 * and limited, so the page costs the same with a thousand texts as with a hundred thousand.
 */
@Controller()
export class HomeController {
  constructor(
    private readonly timeline: TimelineService,
    private readonly publications: PublicationQueriesService,
    private readonly initiatives: InitiativesService,
    private readonly i18n: I18nService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('/')
  @Public()
  @ReaderPage('reader/home')
  async home(
    @Ctx() ctx: RequestContext,
    @Query('page') page?: string,
    @Query('tag') tag?: string,
  ): Promise<HomeView> {
    const filter = tagOf(tag);
    const [first, second] = languagesFor(ctx.lang);
    const [result, latestFirst, latestSecond, initiativeIds] = await Promise.all([
      this.timeline.list({ page: pageNumber(page), pageSize: 20, tag: filter ?? undefined }),
      this.publications.summaries({ language: first, limit: LATEST_IN_LANGUAGE }),
      this.publications.summaries({ language: second, limit: LATEST_IN_OTHER }),
      this.publications.initiativesWithPublications(),
    ]);
    const [current, initiatives] = await Promise.all([
      this.publications.currentForSources(result.entries.flatMap((e) => e.sourceIds)),
      this.initiatives.byIds(initiativeIds),
    ]);
    const collator = new Intl.Collator(ctx.lang);
    const title = ctx.t('reader:home.title');
    return {
      pageTitle: title,
      tag: filter,
      tagPage: filter ? `/tags/${encodeURIComponent(filter)}` : null,
      timeline: timelineItems(
        ctx,
        this.i18n,
        result.entries,
        current,
        (t) => `/?tag=${encodeURIComponent(t)}`,
      ),
      pagination: pagination(
        ctx,
        result,
        (n) => `/?page=${n}${filter ? `&tag=${encodeURIComponent(filter)}` : ''}`,
      ),
      latest: [
        { language: first!, items: latestFirst },
        { language: second!, items: latestSecond },
      ]
        .filter((group) => group.items.length > 0)
        .map((group) => ({
          language: group.language,
          heading: ctx.t(`reader:home.latest-in.${group.language}`),
          items: publicationItems(ctx, this.i18n, group.items, initiatives),
        })),
      initiatives: [...initiatives.values()]
        .map((i) => ({
          name: initiativeName(ctx, i),
          originalName: i.nameOriginal,
          originalLanguage: hasCyrillic(i.nameOriginal) ? 'ru' : 'en',
          href: `/initiatives/${i.slug}`,
        }))
        .sort((a, b) => collator.compare(a.name, b.name)),
      head: readerHead(ctx, this.config.publicUrl, {
        path: '/',
        query: { page: result.page > 1 ? result.page : null, tag: filter },
        title,
        description: ctx.t('reader:home.intro'),
        feeds: [
          { title: ctx.t('reader:feeds.all'), href: `${this.config.publicUrl}/feeds/all.atom` },
          {
            title: ctx.t(`reader:feeds.language.${ctx.lang}`),
            href: `${this.config.publicUrl}/feeds/${ctx.lang}.atom`,
          },
        ],
      }),
    };
  }
}
