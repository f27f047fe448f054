import { Controller, Get, Query } from '@nestjs/common';
import { Ctx, Public } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import { I18nService } from '../../i18n/i18n.service.js';
import { readSearchFilter } from '../../search/search-filter.rules.js';
import { SearchService } from '../../search/search.service.js';
import { InitiativesService } from '../../sources/initiatives.service.js';
import { ReaderPage, type PageModel } from '../page.decorator.js';
import { searchView, type SearchView } from './search.view-model.js';

/**
 * Search over published texts and approved explainers, a plain GET form that works without
 * JavaScript. The content language is `language`: `lang` picks the interface language.
 */
@Controller('/search')
export class SearchController {
  constructor(
    private readonly search: SearchService,
    private readonly initiatives: InitiativesService,
    private readonly i18n: I18nService,
  ) {}

  @Get()
  @Public()
  @ReaderPage('reader/search')
  async page(
    @Ctx() ctx: RequestContext,
    @Query() query: Record<string, unknown>,
  ): Promise<SearchView & PageModel> {
    const { filter, problems, echo } = readSearchFilter(query ?? {}, 'language');
    const [indexed, all] = await Promise.all([
      this.search.initiativeIds(),
      this.initiatives.list(),
    ]);
    const outcome =
      problems.length === 0 && filter.q.trim() ? await this.search.search(filter) : null;
    return {
      ...searchView(ctx, this.i18n, {
        echo,
        problems,
        outcome,
        initiatives: all.filter((i) => indexed.includes(i.id)),
      }),
      ...(problems.length ? { statusCode: 400 } : {}),
    };
  }
}
