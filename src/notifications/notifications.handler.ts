import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainEvents, type DomainEventMap } from '../common/domain-events.js';
import { SourceQueriesService } from '../sources/source-queries.service.js';
import { canViewTranslation } from '../translations/translation-access.rules.js';
import { TranslationRecords } from '../translations/translation-records.js';
import { summariseUser, type UserSummary } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import {
  isReachable,
  translationRecipients,
  translatorsFrom,
  type TranslationNews,
} from './notification-recipients.rules.js';
import {
  Notification,
  type NotificationData,
  type NotificationKind,
} from './notification.entity.js';

/** Where readers find a publication (its latest version). */
export function publicationPath(slug: string): string {
  return `/texts/${slug}`;
}

/**
 * Fills inboxes as things happen, inside the transaction of the change itself: a notification
 * exists exactly when what it tells of does.
 */
@Injectable()
export class NotificationsHandler implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly records: TranslationRecords,
    private readonly sources: SourceQueriesService,
    private readonly users: UsersService,
  ) {}

  onModuleInit(): void {
    this.events.on('translation.changes-requested', (m, e) =>
      this.translationNews(m, 'changes-requested', e.translationId, e.actorId, {}),
    );
    this.events.on('translation.approved', (m, e) =>
      this.translationNews(m, 'approved', e.translationId, e.actorId, {}),
    );
    this.events.on('publication.published', (m, e) => this.published(m, e));
    this.events.on('comment.created', (m, e) => this.mentioned(m, e));
    this.events.on('source.created', (m, e) => this.sourceCreated(m, e));
  }

  private async translationNews(
    m: EntityManager,
    news: TranslationNews,
    translationId: number,
    actorId: number,
    data: NotificationData,
  ): Promise<void> {
    const { source, participation } = await this.records.load(translationId);
    const recipients = await this.reachable(translationRecipients(news, participation, actorId));
    await this.send(m, recipients, news, translationId, { actorId, title: source.title, ...data });
  }

  private async published(
    m: EntityManager,
    event: DomainEventMap['publication.published'],
  ): Promise<void> {
    const publication = await m
      .createQueryBuilder()
      .select('p.slug', 'slug')
      .from('publication', 'p')
      .where('p.id = :id', { id: event.publicationId })
      .getRawOne<{ slug: string }>();
    await this.translationNews(m, 'published', event.translationId, event.actorId, {
      version: event.version,
      ...(publication ? { url: publicationPath(publication.slug) } : {}),
    });
  }

  private async mentioned(
    m: EntityManager,
    event: DomainEventMap['comment.created'],
  ): Promise<void> {
    const ids = event.mentionedUserIds.filter((id) => id !== event.actorId);
    if (ids.length === 0) return;
    const { source, participation } = await this.records.load(event.translationId);
    // Checked again here: whoever emits, nobody hears of a translation they may not see.
    const recipients = (await this.reachable(ids)).filter((u) =>
      canViewTranslation(u, participation),
    );
    await this.send(m, recipients, 'mentioned', event.translationId, {
      actorId: event.actorId,
      title: source.title,
      commentId: event.commentId,
    });
  }

  private async sourceCreated(
    m: EntityManager,
    event: DomainEventMap['source.created'],
  ): Promise<void> {
    const users = (await this.users.list()).map(summariseUser);
    const ids = new Set(translatorsFrom(users, event.language, event.actorId));
    if (ids.size === 0) return;
    const source = await this.sources.find(event.sourceId);
    await this.send(
      m,
      users.filter((u) => ids.has(u.id)),
      'new-source',
      null,
      { actorId: event.actorId, title: source?.title ?? '', sourceId: event.sourceId },
    );
  }

  private async reachable(ids: number[]): Promise<UserSummary[]> {
    const users = await Promise.all(ids.map((id) => this.users.findSummary(id)));
    return users.filter((u): u is UserSummary => u !== null && isReachable(u));
  }

  private async send(
    m: EntityManager,
    recipients: readonly UserSummary[],
    kind: NotificationKind,
    translationId: number | null,
    data: NotificationData,
  ): Promise<void> {
    if (recipients.length === 0) return;
    const createdAt = new Date();
    await m.insert(
      Notification,
      recipients.map((u) => ({ userId: u.id, kind, translationId, data, readAt: null, createdAt })),
    );
  }
}
