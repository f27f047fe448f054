import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ValidationFailed, notFound } from '../common/errors/domain-error.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { updateVersioned } from '../database/versioned-update.js';
import { parseEventDate } from './event-date.rules.js';
import { TimelineEventTag } from './timeline-event-tag.entity.js';
import { TimelineEvent } from './timeline-event.entity.js';
import type { TimelineEventDto } from './timeline.dto.js';

export interface TimelineEntry {
  event: TimelineEvent;
  tags: string[];
}

export interface TimelinePage {
  entries: TimelineEntry[];
  total: number;
  page: number;
  pageSize: number;
}

@Injectable()
export class TimelineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** Newest first, as readers scroll back in time. */
  async list(
    options: { page?: number; pageSize?: number; tag?: string | undefined } = {},
  ): Promise<TimelinePage> {
    const page = Math.max(1, Math.floor(options.page ?? 1));
    const pageSize = Math.min(100, Math.max(1, Math.floor(options.pageSize ?? 20)));
    const qb = this.dataSource.getRepository(TimelineEvent).createQueryBuilder('e');
    if (options.tag) {
      qb.innerJoin(TimelineEventTag, 't', 't.event_id = e.id AND t.tag = :tag', {
        tag: options.tag,
      });
    }
    const [events, total] = await qb
      .orderBy('e.date', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { entries: await this.withTags(events), total, page, pageSize };
  }

  async get(id: number): Promise<TimelineEntry> {
    const event = await this.dataSource.getRepository(TimelineEvent).findOneBy({ id });
    if (!event) throw notFound();
    const [entry] = await this.withTags([event]);
    return entry!;
  }

  async create(
    actorId: number | null,
    input: TimelineEventDto,
    manager?: EntityManager,
  ): Promise<TimelineEntry> {
    const date = this.checkDate(input);
    const work = async (m: EntityManager) => {
      const now = new Date();
      const event = await m.save(
        m.create(TimelineEvent, {
          date,
          precision: input.precision,
          titleEn: input.titleEn ?? '',
          titleRu: input.titleRu ?? '',
          summaryEn: input.summaryEn,
          summaryRu: input.summaryRu,
          version: 1,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await this.saveTags(m, event.id, input.tags ?? []);
      await this.audit.record(m, {
        actorId,
        action: 'timeline.created',
        objectType: 'timeline-event',
        objectId: event.id,
      });
      return { event, tags: input.tags ?? [] };
    };
    return manager ? work(manager) : this.transactions.write(work);
  }

  async update(
    actorId: number,
    id: number,
    version: number,
    input: TimelineEventDto,
  ): Promise<TimelineEntry> {
    const date = this.checkDate(input);
    return this.transactions.write(async (m) => {
      const event = await updateVersioned(
        m,
        TimelineEvent,
        id,
        version,
        {
          date,
          precision: input.precision,
          titleEn: input.titleEn ?? '',
          titleRu: input.titleRu ?? '',
          summaryEn: input.summaryEn,
          summaryRu: input.summaryRu,
          updatedAt: new Date(),
        },
        (current) => ({ text: current.summaryEn }),
      );
      await m.delete(TimelineEventTag, { eventId: id });
      await this.saveTags(m, id, input.tags ?? []);
      await this.audit.record(m, {
        actorId,
        action: 'timeline.updated',
        objectType: 'timeline-event',
        objectId: id,
      });
      return { event, tags: input.tags ?? [] };
    });
  }

  async delete(actorId: number, id: number): Promise<void> {
    await this.transactions.write(async (m) => {
      const result = await m.delete(TimelineEvent, { id });
      if (!result.affected) throw notFound();
      await this.audit.record(m, {
        actorId,
        action: 'timeline.deleted',
        objectType: 'timeline-event',
        objectId: id,
      });
    });
  }

  async count(): Promise<number> {
    return this.dataSource.getRepository(TimelineEvent).count();
  }

  private checkDate(input: TimelineEventDto): string {
    const parsed = parseEventDate(input.date, input.precision);
    if (!parsed.ok) throw ValidationFailed.field('date', parsed.key);
    return parsed.date;
  }

  private async saveTags(m: EntityManager, eventId: number, tags: string[]): Promise<void> {
    const unique = [...new Set(tags.map((t) => t.toLowerCase()))];
    if (unique.length)
      await m.insert(
        TimelineEventTag,
        unique.map((tag) => ({ eventId, tag })),
      );
  }

  private async withTags(events: TimelineEvent[]): Promise<TimelineEntry[]> {
    if (events.length === 0) return [];
    const tags = await this.dataSource
      .getRepository(TimelineEventTag)
      .createQueryBuilder('t')
      .where('t.event_id IN (:...ids)', { ids: events.map((e) => e.id) })
      .orderBy('t.tag')
      .getMany();
    return events.map((event) => ({
      event,
      tags: tags.filter((t) => t.eventId === event.id).map((t) => t.tag),
    }));
  }
}
