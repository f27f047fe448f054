import { Controller, Get, Inject, Param } from '@nestjs/common';
import { Ctx, Public } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import { notFound } from '../../common/errors/domain-error.js';
import { SLUG_PATTERN } from '../../common/slug.rules.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { I18nService } from '../../i18n/i18n.service.js';
import { ExplainerQueriesService } from '../../notes/explainer-queries.service.js';
import { ReaderPage } from '../page.decorator.js';
import { explainerPageView, type ExplainerPageView } from './explainer-page.view-model.js';
import { readerHead, type ReaderHead } from './reader-head.view-model.js';

export interface ExplainersView {
  pageTitle: string;
  explainers: {
    href: string;
    title: string;
    shortText: string;
    language: string;
    languageNote: string | null;
    kind: string;
  }[];
  head: ReaderHead;
}

/** Approved explainers only: a draft answers 404 like an explainer that never existed. */
@Controller('/explainers')
export class ExplainerPagesController {
  constructor(
    private readonly explainers: ExplainerQueriesService,
    private readonly i18n: I18nService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('/')
  @Public()
  @ReaderPage('reader/explainers')
  async index(@Ctx() ctx: RequestContext): Promise<ExplainersView> {
    const found = await this.explainers.approvedExplainers(ctx.lang);
    const collator = new Intl.Collator(ctx.lang);
    const title = ctx.t('reader:explainers.title');
    return {
      pageTitle: title,
      explainers: found
        .map((e) => ({
          href: `/explainers/${e.slug}`,
          title: e.title,
          shortText: e.shortText,
          language: e.language,
          languageNote: e.language === ctx.lang ? null : ctx.t(`reader:in-language.${e.language}`),
          kind: ctx.t(`reader:explainer.kind.${e.kind}`),
        }))
        .sort((a, b) => collator.compare(a.title, b.title)),
      head: readerHead(ctx, this.config.publicUrl, {
        path: '/explainers',
        title,
        description: ctx.t('reader:explainers.intro'),
      }),
    };
  }

  @Get('/:slug')
  @Public()
  @ReaderPage('reader/explainer')
  async show(@Ctx() ctx: RequestContext, @Param('slug') slug: string): Promise<ExplainerPageView> {
    if (!SLUG_PATTERN.test(slug)) throw notFound();
    const page = await this.explainers.readerPage(slug, ctx.lang);
    return explainerPageView(ctx, this.i18n, this.config.publicUrl, page);
  }
}
