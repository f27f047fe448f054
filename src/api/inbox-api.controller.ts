import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Ctx, CurrentUser } from '../auth/access.decorators.js';
import type { RequestContext } from '../auth/request-context.js';
import { ValidationFailed } from '../common/errors/domain-error.js';
import { IntField } from '../common/validation/fields.js';
import { MarkReadDto } from '../notifications/notification.dto.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { translateNotification } from '../notifications/translated-notifications.js';
import type { UserSummary } from '../users/user.entity.js';

export class InboxQuery {
  @IntField({ optional: true, min: 1, max: 100_000 })
  page?: number;
}

/** The caller's own inbox; nobody reads or marks anyone else's. */
@ApiTags('inbox')
@ApiBearerAuth()
@Controller('/api/v1/inbox')
export class InboxApiController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  async inbox(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Query() query: InboxQuery,
  ) {
    const result = await this.notifications.inbox(user.id, query.page ?? 1);
    return {
      unread: result.unread,
      total: result.total,
      page: result.page,
      pageSize: result.pageSize,
      notifications: result.entries.map((n) => ({
        id: n.id,
        kind: n.kind,
        translationId: n.translationId,
        ...translateNotification(ctx.t, n),
        read: n.read,
        createdAt: n.createdAt.toISOString(),
      })),
    };
  }

  /** `{"ids": [...]}` or `{"all": true}`; answers how many were marked and what is left unread. */
  @Post('/read')
  @HttpCode(200)
  async read(@CurrentUser() user: UserSummary, @Body() body: MarkReadDto) {
    if (!body.all && !body.ids?.length) throw ValidationFailed.field('ids', 'validation:required');
    const marked = await this.notifications.markRead(user.id, body.all ? 'all' : body.ids!);
    return { marked, unread: await this.notifications.unreadCount(user.id) };
  }
}
