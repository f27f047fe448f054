import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ContentGeneration } from '../common/content-generation.js';
import { InstanceCoordination } from '../database/instance-coordination.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditRecord {
  actorId: number | null;
  action: string;
  objectType: string;
  objectId?: string | number | null;
  details?: Record<string, string | number | boolean | null>;
}

export interface AuditQuery {
  action?: string;
  objectType?: string;
  objectId?: string;
  actorId?: number;
  limit?: number;
  offset?: number;
}

@Injectable()
export class AuditService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly generation: ContentGeneration,
    private readonly coordination: InstanceCoordination,
  ) {}

  /** A change another instance committed makes this one's cached reader pages stale too. */
  onModuleInit(): void {
    this.coordination.onAnnouncement('content', () => this.generation.bump());
  }

  /**
   * Recorded inside the caller's transaction, so the event exists exactly when the change does;
   * once it commits, cached reader pages know they may be stale, here and (told with the
   * object type) on other instances.
   */
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    this.transactions.afterCommit(() => this.generation.bump());
    await this.coordination.announce(manager, 'content', record.objectType);
    await manager.insert(AuditEvent, {
      actorId: record.actorId,
      action: record.action,
      objectType: record.objectType,
      objectId:
        record.objectId === undefined || record.objectId === null ? null : String(record.objectId),
      details: record.details ?? {},
      createdAt: new Date(),
    });
  }

  async list(query: AuditQuery): Promise<{ events: AuditEvent[]; total: number }> {
    const qb = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e');
    if (query.action) qb.andWhere('e.action = :action', { action: query.action });
    if (query.objectType)
      qb.andWhere('e.object_type = :objectType', { objectType: query.objectType });
    if (query.objectId) qb.andWhere('e.object_id = :objectId', { objectId: query.objectId });
    if (query.actorId !== undefined)
      qb.andWhere('e.actor_id = :actorId', { actorId: query.actorId });
    const [events, total] = await qb
      .orderBy('e.id', 'DESC')
      .take(query.limit ?? 50)
      .skip(query.offset ?? 0)
      .getManyAndCount();
    return { events, total };
  }
}
