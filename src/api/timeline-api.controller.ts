import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Roles } from '../auth/access.decorators.js';
import { TAG_PATTERN } from '../common/tag.rules.js';
import { IntField, PatternField } from '../common/validation/fields.js';
import { TimelineEventDto, UpdateTimelineEventDto } from '../timeline/timeline.dto.js';
import { TimelineService, type TimelineEntry } from '../timeline/timeline.service.js';
import type { UserSummary } from '../users/user.entity.js';

export class TimelineQuery {
  @IntField({ optional: true, min: 1, max: 100_000 })
  page?: number;

  @IntField({ optional: true, min: 1, max: 100 })
  pageSize?: number;

  @PatternField({
    optional: true,
    pattern: TAG_PATTERN,
    maxLength: 60,
    key: 'validation:invalid',
  })
  tag?: string;
}

function eventView({ event, tags, sourceIds }: TimelineEntry) {
  return {
    id: event.id,
    date: event.date,
    precision: event.precision,
    titleEn: event.titleEn,
    titleRu: event.titleRu,
    summaryEn: event.summaryEn,
    summaryRu: event.summaryRu,
    tags,
    sourceIds,
    version: event.version,
  };
}

@ApiTags('timeline')
@Controller('/api/v1/timeline')
export class TimelineApiController {
  constructor(private readonly timeline: TimelineService) {}

  /** The timeline is public, as on the home page. */
  @Get()
  @Public()
  async list(@Query() query: TimelineQuery) {
    const result = await this.timeline.list({
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 20,
      tag: query.tag,
    });
    return {
      events: result.entries.map(eventView),
      total: result.total,
      page: result.page,
      pageSize: result.pageSize,
    };
  }

  @Post()
  @ApiBearerAuth()
  @Roles('editor')
  async create(@CurrentUser() user: UserSummary, @Body() body: TimelineEventDto) {
    return eventView(await this.timeline.create(user.id, body));
  }

  @Put('/:id')
  @ApiBearerAuth()
  @Roles('editor')
  async update(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: UpdateTimelineEventDto,
  ) {
    return eventView(await this.timeline.update(user.id, id, body.version, body));
  }

  @Delete('/:id')
  @ApiBearerAuth()
  @Roles('editor')
  @HttpCode(204)
  async delete(
    @CurrentUser() user: UserSummary,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<void> {
    await this.timeline.delete(user.id, id);
  }
}
