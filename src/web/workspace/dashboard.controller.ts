import { Controller, Get } from '@nestjs/common';
import { Ctx, CurrentUser } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import { pairKey } from '../../config/language-pairs.rules.js';
import { I18nService } from '../../i18n/i18n.service.js';
import {
  TranslationQueriesService,
  type TranslationSummary,
} from '../../translations/translation-queries.service.js';
import type { UserSummary } from '../../users/user.entity.js';
import { UsersService } from '../../users/users.service.js';
import { Page } from '../page.decorator.js';

interface TranslationItem {
  href: string;
  title: string;
  language: string;
  pair: string;
  status: string;
  progress: string;
  version: number;
}

export interface DashboardView {
  pageTitle: string;
  waiting: {
    pair: string;
    targetLanguage: string;
    sources: { id: number; title: string; language: string; published: string | null }[];
  }[];
  mine: TranslationItem[];
  open: TranslationItem[];
  others: { title: string; language: string; pair: string; handle: string; status: string }[];
}

/** The translator's start page: what waits in their pairs, their own drafts, who works on what. */
@Controller('/workspace')
export class DashboardController {
  constructor(
    private readonly queries: TranslationQueriesService,
    private readonly users: UsersService,
    private readonly i18n: I18nService,
  ) {}

  @Get()
  @Page('workspace/dashboard')
  async dashboard(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
  ): Promise<DashboardView> {
    const board = await this.queries.dashboard(user);
    const handles = await this.users.handlesOf(board.others.map((o) => o.claimantId));
    const item = ({ translation, source, progress }: TranslationSummary): TranslationItem => ({
      href: `/workspace/translations/${translation.id}`,
      title: source.title,
      language: source.language,
      pair: pairKey({ source: source.language, target: translation.targetLanguage }),
      status: ctx.t(`workflow:state.translation.${translation.status}`),
      progress: ctx.t('translations:progress', { filled: progress.filled, total: progress.total }),
      version: translation.version,
    });
    return {
      pageTitle: ctx.t('translations:dashboard.title'),
      waiting: board.waiting.map((w) => ({
        pair: w.pair,
        targetLanguage: w.targetLanguage,
        sources: w.sources.map((s) => ({
          id: s.id,
          title: s.title,
          language: s.language,
          published: s.publishedDate
            ? this.i18n.formatDate(ctx.lang, s.publishedDate, s.publishedPrecision ?? 'day')
            : null,
        })),
      })),
      mine: board.mine.map(item),
      open: board.open.map(item),
      others: board.others.map((o) => ({
        title: o.source.title,
        language: o.source.language,
        pair: pairKey({ source: o.source.language, target: o.translation.targetLanguage }),
        handle: handles.get(o.claimantId) ?? ctx.t('common:former-volunteer'),
        status: ctx.t(`workflow:state.translation.${o.translation.status}`),
      })),
    };
  }
}
