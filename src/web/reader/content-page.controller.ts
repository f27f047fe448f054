import { Controller, Get, Inject } from '@nestjs/common';
import { Ctx, Public } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import { renderMarkdown } from '../../common/text/markdown.rules.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { ContentPagesService } from '../../pages/content-pages.service.js';
import { ReaderPage } from '../page.decorator.js';
import { readerHead, type ReaderHead } from './reader-head.view-model.js';

export interface ContentPageView {
  pageTitle: string;
  language: string;
  bodyHtml: string;
  head: ReaderHead;
}

@Controller()
export class ContentPageController {
  constructor(
    private readonly pages: ContentPagesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The statement of stand. */
  @Get('/about')
  @Public()
  @ReaderPage('reader/content-page')
  async about(@Ctx() ctx: RequestContext): Promise<ContentPageView> {
    const page = await this.pages.find('about', ctx.lang);
    return {
      pageTitle: page.title,
      language: page.language,
      bodyHtml: renderMarkdown(page.body),
      head: readerHead(ctx, this.config.publicUrl, {
        path: '/about',
        title: page.title,
        description: firstParagraph(page.body),
      }),
    };
  }
}

/** The opening of a Markdown page as plain text, for search results and link previews. */
function firstParagraph(markdown: string): string {
  const paragraph =
    markdown
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .find((p) => p && !p.startsWith('#')) ?? '';
  return paragraph
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);
}
