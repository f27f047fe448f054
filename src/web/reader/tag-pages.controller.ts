import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { tagOf } from '../../common/tag.rules.js';
import { Ctx, Public } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import { notFound } from '../../common/errors/domain-error.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { I18nService } from '../../i18n/i18n.service.js';
import { PublicationQueriesService } from '../../publications/publication-queries.service.js';
import { TimelineService } from '../../timeline/timeline.service.js';
import { ReaderPage } from '../page.decorator.js';
import { pagination, type Pagination } from '../pagination.view-model.js';
import { timelineItems, type TimelineItemView } from './home.view-model.js';
import { publicationItems, type PublicationItemView } from './publication-list.view-model.js';
import { pageNumber, readerHead, type ReaderHead } from './reader-head.view-model.js';

const PAGE_SIZE = 20;
const EVENTS_SHOWN = 20;

export interface TagView {
  pageTitle: string;
  tag: string;
  count: string;
  publications: PublicationItemView[];
  pagination: Pagination;
  events: TimelineItemView[];
  /** The whole filtered timeline, when there are more events than shown here. */
  moreEventsHref: string | null;
  feedHref: string;
  head: ReaderHead;
}

/** Texts and timeline events with one tag; a tag that nothing live carries answers 404. */
@Controller('/tags')
export class TagPagesController {
  constructor(
    private readonly publications: PublicationQueriesService,
    private readonly timeline: TimelineService,
    private readonly i18n: I18nService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('/:tag')
  @Public()
  @ReaderPage('reader/tag')
  async show(
    @Ctx() ctx: RequestContext,
    @Param('tag') raw: string,
    @Query('page') page?: string,
  ): Promise<TagView> {
    const tag = tagOf(raw);
    if (!tag) throw notFound();
    const current = pageNumber(page);
    const [total, items, events] = await Promise.all([
      this.publications.countCurrent({ tag }),
      this.publications.summaries({ tag, offset: (current - 1) * PAGE_SIZE, limit: PAGE_SIZE }),
      this.timeline.list({ tag, pageSize: EVENTS_SHOWN }),
    ]);
    if (total === 0 && events.total === 0) throw notFound();
    const linked = await this.publications.currentForSources(
      events.entries.flatMap((e) => e.sourceIds),
    );
    const path = `/tags/${encodeURIComponent(tag)}`;
    const feedHref = `/feeds/tags/${encodeURIComponent(tag)}.atom`;
    const title = ctx.t('reader:tag.title', { tag });
    return {
      pageTitle: title,
      tag,
      count: ctx.t('reader:tag.texts', { count: total }),
      publications: publicationItems(ctx, this.i18n, items),
      pagination: pagination(ctx, { page: current, pageSize: PAGE_SIZE, total }, (n) =>
        n === 1 ? path : `${path}?page=${n}`,
      ),
      events: timelineItems(ctx, this.i18n, events.entries, linked, (t) =>
        t === tag ? path : `/tags/${encodeURIComponent(t)}`,
      ),
      moreEventsHref: events.total > EVENTS_SHOWN ? `/?tag=${encodeURIComponent(tag)}` : null,
      feedHref,
      head: readerHead(ctx, this.config.publicUrl, {
        path,
        query: { page: current > 1 ? current : null },
        title,
        description: ctx.t('reader:tag.description', { tag }),
        // A tag only timeline events carry has no feed: it would answer 404.
        feeds:
          total > 0
            ? [
                {
                  title: ctx.t('reader:feeds.tag', { tag }),
                  href: `${this.config.publicUrl}${feedHref}`,
                },
              ]
            : [],
      }),
    };
  }
}
