import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ValidationFailed, notFound } from '../common/errors/domain-error.js';
import { parsePartialDate } from '../common/partial-date.rules.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { updateVersioned } from '../database/versioned-update.js';
import { SourceQueriesService } from '../sources/source-queries.service.js';
import { TimelineEventSource } from './timeline-event-source.entity.js';
import { TimelineEventTag } from './timeline-event-tag.entity.js';
import { TimelineEvent } from './timeline-event.entity.js';
import type { TimelineEventDto } from './timeline.dto.js';

export interface TimelineEntry {
  event: TimelineEvent;
  tags: string[];
  /** Source texts behind "Read more", in order. */
  sourceIds: number[];
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
    private readonly sources: SourceQueriesService,
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
    return { entries: await this.withLinks(events), total, page, pageSize };
  }

  async get(id: number): Promise<TimelineEntry> {
    const event = await this.dataSource.getRepository(TimelineEvent).findOneBy({ id });
    if (!event) throw notFound();
    const [entry] = await this.withLinks([event]);
    return entry!;
  }

  async create(actorId: number | null, input: TimelineEventDto): Promise<TimelineEntry> {
    const date = this.checkDate(input);
    const work = async (m: EntityManager) => {
      const now = new Date();
      const event = await m.save(
        m.create(TimelineEvent, {
          ...this.fields(input, date),
          version: 1,
          createdAt: now,
          updatedAt: now,
        }),
      );
      const links = await this.saveLinks(m, event.id, input);
      await this.audit.record(m, {
        actorId,
        action: 'timeline.created',
        objectType: 'timeline-event',
        objectId: event.id,
      });
      return { event, ...links };
    };
    return this.transactions.write(work);
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
        { ...this.fields(input, date), updatedAt: new Date() },
        (current) => ({
          text: current.summaryEn,
        }),
      );
      await m.delete(TimelineEventTag, { eventId: id });
      await m.delete(TimelineEventSource, { eventId: id });
      const links = await this.saveLinks(m, id, input);
      await this.audit.record(m, {
        actorId,
        action: 'timeline.updated',
        objectType: 'timeline-event',
        objectId: id,
      });
      return { event, ...links };
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

  /** Events whose "Read more" points at this source text. */
  async eventsLinkedTo(sourceId: number): Promise<TimelineEvent[]> {
    const links = await this.dataSource.getRepository(TimelineEventSource).findBy({ sourceId });
    return links.length
      ? this.dataSource.getRepository(TimelineEvent).findBy({ id: In(links.map((l) => l.eventId)) })
      : [];
  }

  private fields(input: TimelineEventDto, date: string) {
    return {
      date,
      precision: input.precision,
      titleEn: input.titleEn ?? '',
      titleRu: input.titleRu ?? '',
      summaryEn: input.summaryEn,
      summaryRu: input.summaryRu,
    };
  }

  private checkDate(input: TimelineEventDto): string {
    const parsed = parsePartialDate(input.date, input.precision);
    if (!parsed.ok) throw ValidationFailed.field('date', parsed.key);
    return parsed.date;
  }

  private async saveLinks(
    m: EntityManager,
    eventId: number,
    input: TimelineEventDto,
  ): Promise<{ tags: string[]; sourceIds: number[] }> {
    const tags = [...new Set((input.tags ?? []).map((t) => t.toLowerCase()))];
    if (tags.length)
      await m.insert(
        TimelineEventTag,
        tags.map((tag) => ({ eventId, tag })),
      );
    const sourceIds = input.sourceIds ?? [];
    const existing = new Set(await this.sources.existingIds(sourceIds));
    const unknown = sourceIds.filter((id) => !existing.has(id));
    if (unknown.length)
      throw ValidationFailed.field('sourceIds', 'sources:unknown-sources', {
        ids: unknown.join(', '),
      });
    if (sourceIds.length)
      await m.insert(
        TimelineEventSource,
        sourceIds.map((sourceId, position) => ({ eventId, sourceId, position })),
      );
    return { tags, sourceIds };
  }

  private async withLinks(events: TimelineEvent[]): Promise<TimelineEntry[]> {
    if (events.length === 0) return [];
    const ids = events.map((e) => e.id);
    const [tags, sources] = await Promise.all([
      this.dataSource
        .getRepository(TimelineEventTag)
        .find({ where: { eventId: In(ids) }, order: { tag: 'ASC' } }),
      this.dataSource
        .getRepository(TimelineEventSource)
        .find({ where: { eventId: In(ids) }, order: { position: 'ASC' } }),
    ]);
    return events.map((event) => ({
      event,
      tags: tags.filter((t) => t.eventId === event.id).map((t) => t.tag),
      sourceIds: sources.filter((s) => s.eventId === event.id).map((s) => s.sourceId),
    }));
  }
}
