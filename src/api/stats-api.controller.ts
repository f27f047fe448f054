import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Ctx, CurrentUser } from '../auth/access.decorators.js';
import type { RequestContext } from '../auth/request-context.js';
import { IntField, PatternField } from '../common/validation/fields.js';
import { StatsService } from '../stats/stats.service.js';
import { HANDLE_PATTERN } from '../users/user.dto.js';
import type { UserSummary } from '../users/user.entity.js';

export class StatsQueryDto {
  @PatternField({
    optional: true,
    pattern: HANDLE_PATTERN,
    maxLength: 32,
    key: 'validation:handle',
    description: "One contributor's numbers; only editors may ask for someone else's.",
  })
  handle?: string;

  @IntField({ optional: true, min: 1, max: 100_000, description: 'Page of the per-text table.' })
  page?: number;
}

/** Work done: editors see everyone's numbers and every text's progress, others their own. */
@ApiTags('stats')
@ApiBearerAuth()
@Controller('/api/v1/stats')
export class StatsApiController {
  constructor(private readonly stats: StatsService) {}

  @Get()
  async get(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Query() query: StatsQueryDto,
  ) {
    const result = await this.stats.stats(user, { handle: query.handle, page: query.page });
    return {
      scope: result.scope,
      contributors: result.contributors.map((c) => ({
        handle: c.handle ?? ctx.t('common:former-volunteer'),
        translated: c.translated,
        reviewed: c.reviewed,
      })),
      texts: result.texts,
    };
  }
}
