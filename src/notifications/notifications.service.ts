import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner.js';
import { UsersService } from '../users/users.service.js';
import { Notification, type NotificationKind } from './notification.entity.js';

export interface InboxEntry {
  id: number;
  kind: NotificationKind;
  translationId: number | null;
  /** Who did it: a handle, null for a deleted account ("former volunteer"); absent when nobody did. */
  actor: { handle: string | null } | null;
  title: string;
  sourceId: number | null;
  commentId: number | null;
  url: string | null;
  version: number | null;
  read: boolean;
  createdAt: Date;
}

export interface InboxPage {
  entries: InboxEntry[];
  unread: number;
  total: number;
  page: number;
  pageSize: number;
}

/** A user's inbox. Every query is scoped to the user asking: nobody reads or marks another's. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly users: UsersService,
  ) {}

  /** Newest first. */
  async inbox(userId: number, page = 1, pageSize = 25): Promise<InboxPage> {
    const current = Math.max(1, Math.floor(page));
    const [rows, total] = await this.dataSource.getRepository(Notification).findAndCount({
      where: { userId },
      order: { id: 'DESC' },
      take: pageSize,
      skip: (current - 1) * pageSize,
    });
    const actorIds = rows
      .map((n) => n.data.actorId)
      .filter((id): id is number => typeof id === 'number');
    const handles = await this.users.handlesOf(actorIds);
    return {
      entries: rows.map((n) => ({
        id: n.id,
        kind: n.kind,
        translationId: n.translationId,
        actor:
          typeof n.data.actorId === 'number'
            ? { handle: handles.get(n.data.actorId) ?? null }
            : null,
        title: n.data.title ?? '',
        sourceId: n.data.sourceId ?? null,
        commentId: n.data.commentId ?? null,
        url: n.data.url ?? null,
        version: n.data.version ?? null,
        read: n.readAt !== null,
        createdAt: n.createdAt,
      })),
      unread: await this.unreadCount(userId),
      total,
      page: current,
      pageSize,
    };
  }

  /** One COUNT over the (user_id, read_at) index; asked on every page view. */
  async unreadCount(userId: number): Promise<number> {
    return this.dataSource.getRepository(Notification).countBy({ userId, readAt: IsNull() });
  }

  /** Marks the user's own notifications read; ids of anyone else's change nothing. */
  async markRead(userId: number, which: number[] | 'all'): Promise<number> {
    if (which !== 'all' && which.length === 0) return 0;
    return this.transactions.write(async (m) => {
      const update = m
        .createQueryBuilder()
        .update(Notification)
        .set({ readAt: new Date() })
        .where('user_id = :userId AND read_at IS NULL', { userId });
      if (which !== 'all') update.andWhere('id IN (:...ids)', { ids: which });
      return (await update.execute()).affected ?? 0;
    });
  }
}
