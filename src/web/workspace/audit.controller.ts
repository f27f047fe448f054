import { Controller, Get, Query } from '@nestjs/common';
import { Ctx, Roles } from '../../auth/access.decorators.js';
import type { RequestContext } from '../../auth/request-context.js';
import { AuditService } from '../../audit/audit.service.js';
import { I18nService } from '../../i18n/i18n.service.js';
import { handleKey } from '../../users/user.entity.js';
import { UsersService } from '../../users/users.service.js';
import { Page } from '../page.decorator.js';
import { pagination, type Pagination } from '../pagination.view-model.js';
import { describeDetails } from './translation-activity.view-model.js';

export interface AuditView {
  pageTitle: string;
  wide: true;
  filters: { action: string; objectType: string; objectId: string; actor: string };
  filtered: boolean;
  countLabel: string;
  events: {
    id: number;
    time: string;
    timeIso: string;
    actor: string;
    action: string;
    object: string;
    objectHref: string | null;
    details: string;
  }[];
  pagination: Pagination;
}

const PAGE_SIZE = 50;

/** Where an object of the audit trail can be opened. */
const OBJECT_PAGES: Record<string, (id: string) => string> = {
  translation: (id) => `/workspace/translations/${id}`,
  source: (id) => `/workspace/sources/${id}`,
  user: (id) => `/admin/users/${id}`,
};

/** Who did what, for admins. The trail holds no network data, so there is none to show. */
@Controller('/admin/audit')
@Roles('admin')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly i18n: I18nService,
  ) {}

  @Get()
  @Page('admin/audit')
  async list(
    @Ctx() ctx: RequestContext,
    @Query('action') action?: string,
    @Query('objectType') objectType?: string,
    @Query('objectId') objectId?: string,
    @Query('actor') actor?: string,
    @Query('page') page?: string,
  ): Promise<AuditView> {
    const filters = {
      action: text(action, 64),
      objectType: text(objectType, 32),
      objectId: text(objectId, 64),
      actor: text(actor, 32),
    };
    const current = Math.max(1, Math.floor(Number(page) || 1));
    const actorId = filters.actor ? await this.actorId(filters.actor) : undefined;
    const { events, total } = await this.audit.list({
      action: filters.action || undefined,
      objectType: filters.objectType || undefined,
      objectId: filters.objectId || undefined,
      actorId,
      limit: PAGE_SIZE,
      offset: (current - 1) * PAGE_SIZE,
    });
    const handles = await this.users.handlesOf(
      events.map((e) => e.actorId).filter((id): id is number => id !== null),
    );
    const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== ''));
    return {
      pageTitle: ctx.t('audit:title'),
      wide: true,
      filters,
      filtered: Object.values(filters).some((v) => v !== ''),
      countLabel: ctx.t('audit:count', { count: total }),
      events: events.map((e) => ({
        id: e.id,
        time: this.i18n.formatDateTime(ctx.lang, e.createdAt),
        timeIso: e.createdAt.toISOString(),
        actor:
          e.actorId === null
            ? ctx.t('audit:system')
            : (handles.get(e.actorId) ?? ctx.t('common:former-volunteer')),
        action: e.action,
        object: e.objectId === null ? e.objectType : `${e.objectType} ${e.objectId}`,
        objectHref:
          e.objectId !== null && OBJECT_PAGES[e.objectType]
            ? OBJECT_PAGES[e.objectType]!(encodeURIComponent(e.objectId))
            : null,
        details: describeDetails(e.details),
      })),
      pagination: pagination(ctx, { page: current, pageSize: PAGE_SIZE, total }, (n) => {
        const params = new URLSearchParams(query);
        params.set('page', String(n));
        return `/admin/audit?${params.toString()}`;
      }),
    };
  }

  /** An unknown handle matches nobody, rather than everybody. */
  private async actorId(handle: string): Promise<number> {
    const key = handleKey(handle);
    const user = (await this.users.list()).find(
      (u) => u.handle !== null && handleKey(u.handle) === key,
    );
    return user?.id ?? -1;
  }
}

function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.trim().slice(0, max) : '';
}
