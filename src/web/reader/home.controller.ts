import { Controller, Get, Query } from '@nestjs/common';
import { Ctx, Public } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import { I18nService } from '../../i18n/i18n.service.js';
import { TimelineService } from '../../timeline/timeline.service.js';
import { Page } from '../page.decorator.js';
import { pagination, type Pagination } from '../pagination.view-model.js';

export interface TimelineItemView {
  id: number;
  isoDate: string;
  dateLabel: string;
  title: string;
  summary: string;
  tags: { label: string; href: string }[];
}

export interface HomeView {
  pageTitle: string;
  timeline: TimelineItemView[];
  tag: string | null;
  pagination: Pagination;
}

@Controller()
export class HomeController {
  constructor(
    private readonly timeline: TimelineService,
    private readonly i18n: I18nService,
  ) {}

  @Get('/')
  @Public()
  @Page('reader/home')
  async home(
    @Ctx() ctx: RequestContext,
    @Query('page') page?: string,
    @Query('tag') tag?: string,
  ): Promise<HomeView> {
    const cleanTag =
      typeof tag === 'string' && /^[\p{L}\p{N}-]{1,60}$/u.test(tag) ? tag.toLowerCase() : null;
    const result = await this.timeline.list({
      page: Number(page) || 1,
      pageSize: 20,
      tag: cleanTag ?? undefined,
    });
    const ru = ctx.lang === 'ru';
    return {
      pageTitle: ctx.t('reader:home.title'),
      tag: cleanTag,
      timeline: result.entries.map(({ event, tags }) => ({
        id: event.id,
        isoDate: event.date,
        dateLabel: this.i18n.formatDate(ctx.lang, event.date, event.precision),
        title: (ru ? event.titleRu : event.titleEn) || (ru ? event.titleEn : event.titleRu),
        summary:
          (ru ? event.summaryRu : event.summaryEn) || (ru ? event.summaryEn : event.summaryRu),
        tags: tags.map((t) => ({ label: t, href: `/?tag=${encodeURIComponent(t)}` })),
      })),
      pagination: pagination(
        ctx,
        result,
        (n) => `/?page=${n}${cleanTag ? `&tag=${encodeURIComponent(cleanTag)}` : ''}`,
      ),
    };
  }
}
