import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ValidationFailed, notFound } from '../common/errors/domain-error.js';
import { InstanceCoordination } from '../database/instance-coordination.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { updateVersioned } from '../database/versioned-update.js';
import { matchesQuery, sameEntry } from './glossary-input.rules.js';
import type { PersonDto } from './person.dto.js';
import { Person } from './person.entity.js';
import { WholeTableCache } from './whole-table-cache.js';

export interface NameEntry {
  id: number;
  cyrillic: string;
  spelling: string;
  variants: string[];
  note: string;
}

/** An entry with the version that a write must carry back. */
export interface NameRecord extends NameEntry {
  version: number;
}

export interface NameFilter {
  /** Part of the Cyrillic name, the spelling or a variant; case and ё/е ignored. */
  q?: string;
}

/**
 * The name list, which wins over any transliteration scheme. Name hints, QA and search read
 * it whole, so it is kept in memory, loaded on first use and dropped on every write.
 */
@Injectable()
export class NamesService {
  private readonly cache: WholeTableCache<NameRecord[]>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    coordination: InstanceCoordination,
  ) {
    this.cache = new WholeTableCache(() => this.load()).droppedOnAnnouncement(
      coordination,
      'person',
    );
  }

  /**
   * Every name, in Russian alphabetical order. Until the next write this is the same frozen
   * array, so callers may key their own derived caches (matchers) on it.
   */
  async entries(): Promise<NameEntry[]> {
    return this.cache.get();
  }

  async list(filter: NameFilter = {}): Promise<NameRecord[]> {
    return (await this.cache.get()).filter((entry) =>
      matchesQuery(filter.q, [entry.cyrillic, entry.spelling, ...entry.variants]),
    );
  }

  async get(id: number): Promise<NameRecord> {
    const person = await this.dataSource.getRepository(Person).findOneBy({ id });
    if (!person) throw notFound();
    return record(person);
  }

  async create(actorId: number | null, input: PersonDto): Promise<NameRecord> {
    const work = async (m: EntityManager) => {
      await this.checkFree(m, input, null);
      const now = new Date();
      const person = await m.save(
        m.create(Person, { ...fields(input), version: 1, createdAt: now, updatedAt: now }),
      );
      await this.audit.record(m, {
        actorId,
        action: 'person.created',
        objectType: 'person',
        objectId: person.id,
      });
      return record(person);
    };
    return this.cache.droppedAfter(this.transactions.write(work));
  }

  async update(
    actorId: number,
    id: number,
    version: number,
    input: PersonDto,
  ): Promise<NameRecord> {
    return this.cache.droppedAfter(
      this.transactions.write(async (m) => {
        if (!(await m.existsBy(Person, { id }))) throw notFound();
        await this.checkFree(m, input, id);
        const person = await updateVersioned(
          m,
          Person,
          id,
          version,
          { ...fields(input), updatedAt: new Date() },
          (current) => ({ text: `${current.cyrillic} — ${current.spelling}` }),
        );
        await this.audit.record(m, {
          actorId,
          action: 'person.updated',
          objectType: 'person',
          objectId: id,
        });
        return record(person);
      }),
    );
  }

  async delete(actorId: number, id: number): Promise<void> {
    await this.cache.droppedAfter(
      this.transactions.write(async (m) => {
        const result = await m.delete(Person, { id });
        if (!result.affected) throw notFound();
        await this.audit.record(m, {
          actorId,
          action: 'person.deleted',
          objectType: 'person',
          objectId: id,
        });
      }),
    );
  }

  private async load(): Promise<NameRecord[]> {
    const collator = new Intl.Collator('ru');
    const people = await this.dataSource.getRepository(Person).find();
    const list = people
      .map((p) => freeze(record(p)))
      .sort((a, b) => collator.compare(a.cyrillic, b.cyrillic) || a.id - b.id);
    // Frozen: a caller's push or sort then throws instead of corrupting the cache.
    Object.freeze(list);
    return list;
  }

  private async checkFree(m: EntityManager, input: PersonDto, ownId: number | null) {
    const others = await m.find(Person, { select: { id: true, cyrillic: true } });
    if (others.some((o) => o.id !== ownId && sameEntry(o.cyrillic, input.cyrillic))) {
      throw ValidationFailed.field('cyrillic', 'glossary:name-taken');
    }
  }
}

function fields(input: PersonDto) {
  return {
    cyrillic: input.cyrillic,
    spelling: input.spelling,
    variants: input.variants ?? [],
    note: input.note ?? '',
  };
}

function record(person: Person): NameRecord {
  return {
    id: person.id,
    cyrillic: person.cyrillic,
    spelling: person.spelling,
    variants: person.variants,
    note: person.note,
    version: person.version,
  };
}

function freeze(entry: NameRecord): NameRecord {
  Object.freeze(entry.variants);
  return Object.freeze(entry);
}
