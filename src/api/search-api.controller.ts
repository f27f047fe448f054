import { Controller, Get, Query } from '@nestjs/common';
import { TAG_PATTERN } from '../common/tag.rules.js';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Public } from '../auth/access.decorators.js';
import type { RequestContext } from '../auth/request-context.js';
import { ValidationFailed } from '../common/errors/domain-error.js';
import { EnumField, IntField, PatternField, TextField } from '../common/validation/fields.js';
import { TEXT_LANGUAGES, type TextLanguage } from '../config/language-pairs.rules.js';
import { dateBound, MAX_QUERY_LENGTH, MAX_SEARCH_PAGE } from '../search/search-filter.rules.js';
import { SearchService } from '../search/search.service.js';

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export class SearchApiQuery {
  @TextField({
    optional: true,
    maxLength: MAX_QUERY_LENGTH,
    allowControlCharacters: true,
    description: 'Words to find.',
  })
  q?: string;

  @EnumField(TEXT_LANGUAGES, {
    optional: true,
    description:
      'Language of the texts. On the API `lang` is this filter; it also picks the language of messages.',
  })
  lang?: TextLanguage;

  @IntField({ optional: true, min: 1, max: 2_147_483_647, description: 'Initiative id.' })
  initiative?: number;

  @PatternField({
    optional: true,
    pattern: TAG_PATTERN,
    maxLength: 60,
    key: 'validation:invalid',
  })
  tag?: string;

  @PatternField({
    optional: true,
    pattern: DATE,
    maxLength: 10,
    key: 'validation:date-format',
    description: 'Texts dated on or after: YYYY, YYYY-MM or YYYY-MM-DD.',
  })
  from?: string;

  @PatternField({
    optional: true,
    pattern: DATE,
    maxLength: 10,
    key: 'validation:date-format',
    description: 'Texts dated on or before: YYYY, YYYY-MM or YYYY-MM-DD (the whole year or month).',
  })
  to?: string;

  @IntField({ optional: true, min: 1, max: MAX_SEARCH_PAGE })
  page?: number;

  @IntField({ optional: true, min: 1, max: 100 })
  pageSize?: number;
}

@ApiTags('search')
@Controller('/api/v1/search')
export class SearchApiController {
  constructor(private readonly search: SearchService) {}

  /**
   * Published texts and approved explainers, best match first. `snippet` is HTML: the text
   * escaped, the words found in `<mark>`. A query without any word gives no results and a
   * `message` saying so.
   */
  @Get()
  @Public()
  @ApiOperation({ summary: 'Search published texts and explainers' })
  async find(@Ctx() ctx: RequestContext, @Query() query: SearchApiQuery) {
    const result = await this.search.search({
      q: query.q ?? '',
      language: query.lang,
      initiativeId: query.initiative,
      tag: query.tag?.toLowerCase(),
      from: bound(query.from, 'from'),
      to: bound(query.to, 'to'),
      page: query.page,
      pageSize: query.pageSize,
    });
    return {
      results: result.hits.map((hit) => ({
        kind: hit.kind,
        title: hit.title,
        url: hit.url,
        language: hit.language,
        snippet: hit.snippetHtml,
        date: hit.date,
      })),
      total: result.total,
      page: result.page,
      pageSize: result.pageSize,
      ...(result.messageKey ? { message: ctx.t(result.messageKey) } : {}),
    };
  }
}

function bound(value: string | undefined, side: 'from' | 'to'): string | undefined {
  if (value === undefined) return undefined;
  const parsed = dateBound(value, side);
  if (!parsed.ok) throw ValidationFailed.field(side, parsed.key);
  return parsed.date;
}
