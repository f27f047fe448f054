import { Controller, Get } from '@nestjs/common';
import { Ctx, Public } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import { renderMarkdown } from '../../common/text/markdown.rules.js';
import { ContentPagesService } from '../../pages/content-pages.service.js';
import { Page } from '../page.decorator.js';

export interface ContentPageView {
  pageTitle: string;
  language: string;
  bodyHtml: string;
}

@Controller()
export class ContentPageController {
  constructor(private readonly pages: ContentPagesService) {}

  /** The statement of stand. */
  @Get('/about')
  @Public()
  @Page('reader/content-page')
  async about(@Ctx() ctx: RequestContext): Promise<ContentPageView> {
    const page = await this.pages.find('about', ctx.lang);
    return { pageTitle: page.title, language: page.language, bodyHtml: renderMarkdown(page.body) };
  }
}
