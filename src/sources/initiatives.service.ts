import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ValidationFailed, notFound } from '../common/errors/domain-error.js';
import { slugify } from '../common/slug.rules.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { updateVersioned } from '../database/versioned-update.js';
import type { InitiativeDto } from './initiative.dto.js';
import { Initiative } from './initiative.entity.js';

@Injectable()
export class InitiativesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<Initiative[]> {
    return this.dataSource.getRepository(Initiative).find({ order: { nameEn: 'ASC' } });
  }

  async get(id: number): Promise<Initiative> {
    const initiative = await this.dataSource.getRepository(Initiative).findOneBy({ id });
    if (!initiative) throw notFound();
    return initiative;
  }

  async bySlug(slug: string): Promise<Initiative> {
    const initiative = await this.dataSource.getRepository(Initiative).findOneBy({ slug });
    if (!initiative) throw notFound();
    return initiative;
  }

  async byIds(ids: number[]): Promise<Map<number, Initiative>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(Initiative)
      .findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((i) => [i.id, i]));
  }

  async exists(manager: EntityManager, id: number): Promise<boolean> {
    return (await manager.countBy(Initiative, { id })) > 0;
  }

  async create(actorId: number | null, input: InitiativeDto): Promise<Initiative> {
    this.check(input);
    const work = async (m: EntityManager) => {
      const slug = await this.freeSlug(m, input.slug ?? slugify(input.nameEn), null, !!input.slug);
      const now = new Date();
      const saved = await m.save(
        m.create(Initiative, {
          ...this.fields(input),
          slug,
          version: 1,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await this.audit.record(m, {
        actorId,
        action: 'initiative.created',
        objectType: 'initiative',
        objectId: saved.id,
      });
      return saved;
    };
    return this.transactions.write(work);
  }

  async update(
    actorId: number,
    id: number,
    version: number,
    input: InitiativeDto,
  ): Promise<Initiative> {
    this.check(input);
    return this.transactions.write(async (m) => {
      const current = await m.findOneBy(Initiative, { id });
      if (!current) throw notFound();
      const slug = input.slug ? await this.freeSlug(m, input.slug, id, true) : current.slug;
      const updated = await updateVersioned(
        m,
        Initiative,
        id,
        version,
        { ...this.fields(input), slug, updatedAt: new Date() },
        (c) => ({ text: c.nameEn }),
      );
      await this.audit.record(m, {
        actorId,
        action: 'initiative.updated',
        objectType: 'initiative',
        objectId: id,
      });
      return updated;
    });
  }

  private fields(input: InitiativeDto) {
    return {
      nameOriginal: input.nameOriginal,
      nameEn: input.nameEn,
      siteUrl: input.siteUrl ?? null,
      descriptionEn: input.descriptionEn ?? '',
      descriptionRu: input.descriptionRu ?? '',
      defaultLicence: input.defaultLicence,
      undesirable: input.undesirable,
      foreignAgent: input.foreignAgent,
      foreignAgentLabel: input.foreignAgent ? (input.foreignAgentLabel ?? '') : '',
    };
  }

  private check(input: InitiativeDto): void {
    if (input.foreignAgent && !input.foreignAgentLabel) {
      throw ValidationFailed.field('foreignAgentLabel', 'sources:foreign-agent-label-required');
    }
  }

  /** A chosen slug must be free; a generated one gets a number until it is. */
  private async freeSlug(
    m: EntityManager,
    wanted: string,
    ownId: number | null,
    chosen: boolean,
  ): Promise<string> {
    let slug = wanted;
    for (let n = 2; ; n++) {
      const holder = await m.findOneBy(Initiative, { slug });
      if (!holder || holder.id === ownId) return slug;
      if (chosen) throw ValidationFailed.field('slug', 'validation:slug-taken');
      slug = `${wanted}-${n}`;
    }
  }
}
