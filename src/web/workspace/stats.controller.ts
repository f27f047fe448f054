import { Controller, Get, Query } from '@nestjs/common';
import { Ctx, CurrentUser } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import { I18nService } from '../../i18n/i18n.service.js';
import { StatsService } from '../../stats/stats.service.js';
import type { UserSummary } from '../../users/user.entity.js';
import { Page } from '../page.decorator.js';
import { pagination, type Pagination } from '../pagination.view-model.js';

export interface StatsView {
  pageTitle: string;
  /** Editors see everyone; anyone else their own numbers. */
  all: boolean;
  handle: string;
  contributors: { handle: string; translated: string; reviewed: string }[];
  texts:
    | {
        title: string;
        href: string;
        pair: string;
        status: string;
        progress: string;
        approved: number;
        total: number;
      }[]
    | null;
  pagination: Pagination | null;
}

/** How much work was done: one's own numbers for everyone, the whole picture for editors. */
@Controller('/workspace/stats')
export class StatsController {
  constructor(
    private readonly stats: StatsService,
    private readonly i18n: I18nService,
  ) {}

  @Get()
  @Page('workspace/stats')
  async show(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Query('handle') handle?: string,
    @Query('page') page?: string,
  ): Promise<StatsView> {
    const asked = typeof handle === 'string' && handle.trim() ? handle.trim().slice(0, 32) : '';
    const result = await this.stats.stats(user, {
      handle: asked || undefined,
      page: Number(page) || 1,
    });
    const number = (n: number) => this.i18n.formatNumber(ctx.lang, n);
    const texts = result.texts;
    return {
      pageTitle: ctx.t('stats:title'),
      all: result.scope === 'all',
      handle: asked,
      contributors: result.contributors.map((c) => ({
        handle: c.handle ?? ctx.t('common:former-volunteer'),
        translated: number(c.translated),
        reviewed: number(c.reviewed),
      })),
      texts: texts
        ? texts.rows.map((r) => ({
            title: r.title,
            href: `/workspace/translations/${r.translationId}`,
            pair: `${r.sourceLanguage}→${r.targetLanguage}`,
            status: ctx.t(`workflow:state.translation.${r.status}`),
            progress: ctx.t('stats:approved-of', { approved: r.approved, total: r.total }),
            approved: r.approved,
            total: r.total,
          }))
        : null,
      pagination: texts
        ? pagination(ctx, texts, (n) =>
            asked
              ? `/workspace/stats?handle=${encodeURIComponent(asked)}&page=${n}`
              : `/workspace/stats?page=${n}`,
          )
        : null,
    };
  }
}
