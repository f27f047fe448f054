import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { Ctx, CurrentUser } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import { IntField } from '../../common/validation/fields.js';
import { validateInput } from '../../common/validation/validate-input.js';
import { I18nService } from '../../i18n/i18n.service.js';
import { MarkReadDto } from '../../notifications/notification.dto.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import { translateNotification } from '../../notifications/translated-notifications.js';
import type { UserSummary } from '../../users/user.entity.js';
import { Page, Redirect } from '../page.decorator.js';
import { pagination, type Pagination } from '../pagination.view-model.js';

export interface InboxView {
  pageTitle: string;
  unreadLabel: string;
  unread: number;
  page: number;
  notifications: {
    id: number;
    message: string;
    href: string;
    read: boolean;
    created: string;
    createdIso: string;
  }[];
  pagination: Pagination;
}

class MarkReadForm extends MarkReadDto {
  /** The inbox page to come back to. */
  @IntField({ optional: true, min: 1, max: 100_000 })
  page?: number;
}

/** Every signed-in user's inbox: what happened to their work, and who mentioned them. */
@Controller('/inbox')
export class InboxController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly i18n: I18nService,
  ) {}

  @Get()
  @Page('workspace/inbox')
  async inbox(
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: UserSummary,
    @Query('page') page?: string,
  ): Promise<InboxView> {
    const result = await this.notifications.inbox(user.id, Number(page) || 1);
    return {
      pageTitle: ctx.t('notifications:title'),
      unreadLabel: ctx.t('notifications:unread-count', { count: result.unread }),
      unread: result.unread,
      page: result.page,
      notifications: result.entries.map((entry) => ({
        id: entry.id,
        ...translateNotification(ctx.t, entry),
        read: entry.read,
        created: this.i18n.formatDateTime(ctx.lang, entry.createdAt),
        createdIso: entry.createdAt.toISOString(),
      })),
      pagination: pagination(ctx, result, (n) => `/inbox?page=${n}`),
    };
  }

  @Post('/read')
  async read(
    @CurrentUser() user: UserSummary,
    @Body() body: Record<string, unknown>,
  ): Promise<Redirect> {
    const form = validateInput(MarkReadForm, body);
    await this.notifications.markRead(user.id, form.all ? 'all' : (form.ids ?? []));
    return new Redirect(form.page && form.page > 1 ? `/inbox?page=${form.page}` : '/inbox');
  }
}
