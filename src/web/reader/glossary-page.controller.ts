import { Controller, Get, Inject } from '@nestjs/common';
import { Ctx, Public } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { GlossaryService } from '../../glossary/glossary.service.js';
import { ExplainerQueriesService } from '../../notes/explainer-queries.service.js';
import { ExplainerWorkspaceService } from '../../notes/explainer-workspace.service.js';
import { ReaderPage } from '../page.decorator.js';
import { approvedExplainerSlugs } from './approved-explainers.js';
import { languagesFor } from './home.view-model.js';
import { readerHead, type ReaderHead } from './reader-head.view-model.js';

export interface GlossaryView {
  pageTitle: string;
  groups: {
    heading: string;
    sourceLanguage: string;
    terms: { term: string; rendering: string; explainerHref: string | null }[];
  }[];
  head: ReaderHead;
}

/**
 * The public glossary: each term in its source language with the rendering in the reader's
 * language, and its explainer once approved. Editors' notes on a term stay in the workspace.
 */
@Controller('/glossary')
export class GlossaryPageController {
  constructor(
    private readonly glossary: GlossaryService,
    private readonly explainers: ExplainerQueriesService,
    private readonly workspace: ExplainerWorkspaceService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('/')
  @Public()
  @ReaderPage('reader/glossary')
  async show(@Ctx() ctx: RequestContext): Promise<GlossaryView> {
    const [entries, slugs] = await Promise.all([
      this.glossary.list(),
      approvedExplainerSlugs(this.workspace, this.explainers),
    ]);
    const title = ctx.t('reader:glossary.title');
    return {
      pageTitle: title,
      groups: languagesFor(ctx.lang)
        .filter((language) => language !== ctx.lang)
        .map((sourceLanguage) => ({
          heading: ctx.t(`reader:glossary.terms-from.${sourceLanguage}`),
          sourceLanguage,
          terms: entries.flatMap((entry) => {
            const rendering = entry.renderings[ctx.lang];
            if (entry.sourceLanguage !== sourceLanguage || !rendering) return [];
            const slug = entry.explainerId === null ? undefined : slugs.get(entry.explainerId);
            return [
              { term: entry.term, rendering, explainerHref: slug ? `/explainers/${slug}` : null },
            ];
          }),
        }))
        .filter((group) => group.terms.length > 0),
      head: readerHead(ctx, this.config.publicUrl, {
        path: '/glossary',
        title,
        description: ctx.t('reader:glossary.intro'),
      }),
    };
  }
}
