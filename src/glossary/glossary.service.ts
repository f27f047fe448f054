import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ValidationFailed, notFound } from '../common/errors/domain-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { TEXT_LANGUAGES, type TextLanguage } from '../config/language-pairs.rules.js';
import { InstanceCoordination } from '../database/instance-coordination.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { updateVersioned } from '../database/versioned-update.js';
import { matchesQuery, sameEntry, termProblems } from './glossary-input.rules.js';
import { GlossaryRendering } from './glossary-rendering.entity.js';
import { GlossaryTerm } from './glossary-term.entity.js';
import type { GlossaryTermDto } from './glossary.dto.js';
import { WholeTableCache } from './whole-table-cache.js';

export interface GlossaryEntry {
  id: number;
  sourceLanguage: TextLanguage;
  term: string;
  forms: string[];
  note: string;
  explainerId: number | null;
  renderings: Partial<Record<TextLanguage, string>>;
  /** Renderings not to use, per target language; only languages that have some. */
  forbidden: Partial<Record<TextLanguage, string[]>>;
}

/** An entry with the version that a write must carry back. */
export interface GlossaryTermRecord extends GlossaryEntry {
  version: number;
}

export interface GlossaryFilter {
  /** Part of the term, a form or a rendering; case and ё/е ignored. */
  q?: string;
  sourceLanguage?: TextLanguage;
}

type TermsByLanguage = Map<TextLanguage, GlossaryTermRecord[]>;

/**
 * Glossary terms. Term matching and QA read every term of a language for every unit, so all
 * terms are kept in memory, loaded on first use and dropped on every write.
 */
@Injectable()
export class GlossaryService {
  private readonly cache: WholeTableCache<TermsByLanguage>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    coordination: InstanceCoordination,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.cache = new WholeTableCache(() => this.load()).droppedOnAnnouncement(
      coordination,
      'glossary-term',
    );
  }

  /**
   * Every term of a source language, in alphabetical order. Until the next write this is the
   * same frozen array, so callers may key their own derived caches (matchers) on it.
   */
  async entries(sourceLanguage: TextLanguage): Promise<GlossaryEntry[]> {
    return (await this.cache.get()).get(sourceLanguage) ?? NO_TERMS;
  }

  async list(filter: GlossaryFilter = {}): Promise<GlossaryTermRecord[]> {
    const byLanguage = await this.cache.get();
    const languages = filter.sourceLanguage ? [filter.sourceLanguage] : TEXT_LANGUAGES;
    return languages.flatMap((language) =>
      (byLanguage.get(language) ?? []).filter((entry) =>
        matchesQuery(filter.q, [entry.term, ...entry.forms, ...Object.values(entry.renderings)]),
      ),
    );
  }

  async get(id: number): Promise<GlossaryTermRecord> {
    const term = await this.dataSource.getRepository(GlossaryTerm).findOneBy({ id });
    if (!term) throw notFound();
    const renderings = await this.dataSource
      .getRepository(GlossaryRendering)
      .findBy({ termId: id });
    return record(term, renderings);
  }

  /**
   * A fingerprint of the whole glossary (every term's id and version, read through the open
   * transaction inside a write): a plan made against one revision is stale once it moves.
   */
  async revision(): Promise<string> {
    const rows = (await this.transactions.manager.query(
      `SELECT id, version FROM glossary_term ORDER BY id`,
    )) as { id: number; version: number }[];
    return createHash('sha256')
      .update(rows.map((r) => `${r.id}:${r.version}`).join(','))
      .digest('base64url')
      .slice(0, 22);
  }

  async create(actorId: number | null, input: GlossaryTermDto): Promise<GlossaryTermRecord> {
    this.check(input);
    const work = async (m: EntityManager) => {
      await this.checkFree(m, input, null);
      await checkExplainer(m, input.explainerId);
      const now = new Date();
      const term = await m.save(
        m.create(GlossaryTerm, {
          ...fields(input),
          version: 1,
          createdById: actorId,
          createdAt: now,
          updatedAt: now,
        }),
      );
      const renderings = await this.saveRenderings(m, term.id, input);
      await this.audit.record(m, {
        actorId,
        action: 'glossary.created',
        objectType: 'glossary-term',
        objectId: term.id,
      });
      return record(term, renderings);
    };
    return this.cache.droppedAfter(this.transactions.write(work));
  }

  async update(
    actorId: number,
    id: number,
    version: number,
    input: GlossaryTermDto,
  ): Promise<GlossaryTermRecord> {
    this.check(input);
    return this.cache.droppedAfter(
      this.transactions.write(async (m) => {
        if (!(await m.existsBy(GlossaryTerm, { id }))) throw notFound();
        await this.checkFree(m, input, id);
        await checkExplainer(m, input.explainerId);
        const term = await updateVersioned(
          m,
          GlossaryTerm,
          id,
          version,
          { ...fields(input), updatedAt: new Date() },
          (current) => ({ text: current.term }),
        );
        await m.delete(GlossaryRendering, { termId: id });
        const renderings = await this.saveRenderings(m, id, input);
        await this.audit.record(m, {
          actorId,
          action: 'glossary.updated',
          objectType: 'glossary-term',
          objectId: id,
        });
        return record(term, renderings);
      }),
    );
  }

  async delete(actorId: number, id: number): Promise<void> {
    await this.cache.droppedAfter(
      this.transactions.write(async (m) => {
        const result = await m.delete(GlossaryTerm, { id });
        if (!result.affected) throw notFound();
        await this.audit.record(m, {
          actorId,
          action: 'glossary.deleted',
          objectType: 'glossary-term',
          objectId: id,
        });
      }),
    );
  }

  private async load(): Promise<TermsByLanguage> {
    const [terms, renderings] = await Promise.all([
      this.dataSource.getRepository(GlossaryTerm).find(),
      this.dataSource.getRepository(GlossaryRendering).find(),
    ]);
    const byTerm = new Map<number, GlossaryRendering[]>();
    for (const r of renderings) byTerm.set(r.termId, [...(byTerm.get(r.termId) ?? []), r]);
    const byLanguage: TermsByLanguage = new Map();
    for (const language of TEXT_LANGUAGES) {
      const collator = new Intl.Collator(language);
      byLanguage.set(
        language,
        frozen(
          terms
            .filter((t) => t.sourceLanguage === language)
            .map((t) => freeze(record(t, byTerm.get(t.id) ?? [])))
            .sort((a, b) => collator.compare(a.term, b.term) || a.id - b.id),
        ),
      );
    }
    return byLanguage;
  }

  private check(input: GlossaryTermDto): void {
    const problems = termProblems(
      this.config.languagePairs,
      input.sourceLanguage,
      { ...(input.renderings ?? {}) },
      { ...(input.forbidden ?? {}) },
    );
    if (problems.length) throw new ValidationFailed(problems);
  }

  private async checkFree(m: EntityManager, input: GlossaryTermDto, ownId: number | null) {
    const others = await m.find(GlossaryTerm, {
      select: { id: true, term: true },
      where: { sourceLanguage: input.sourceLanguage },
    });
    if (others.some((o) => o.id !== ownId && sameEntry(o.term, input.term))) {
      throw ValidationFailed.field('term', 'glossary:term-taken');
    }
  }

  private async saveRenderings(
    m: EntityManager,
    termId: number,
    input: GlossaryTermDto,
  ): Promise<GlossaryRendering[]> {
    const rows = TEXT_LANGUAGES.flatMap((targetLanguage) => {
      const rendering = input.renderings?.[targetLanguage];
      const forbidden = input.forbidden?.[targetLanguage] ?? [];
      return rendering
        ? [m.create(GlossaryRendering, { termId, targetLanguage, rendering, forbidden })]
        : [];
    });
    if (rows.length) await m.insert(GlossaryRendering, rows);
    return rows;
  }
}

function fields(input: GlossaryTermDto) {
  return {
    sourceLanguage: input.sourceLanguage,
    term: input.term,
    forms: input.forms ?? [],
    note: input.note ?? '',
    explainerId: input.explainerId ?? null,
  };
}

/**
 * A term may point at an explainer that exists. Explainers reach texts through glossary terms,
 * so the notes module is to build on this one; importing it here would make a cycle, so the
 * table is asked directly (the column predates it and has no foreign key).
 */
async function checkExplainer(m: EntityManager, explainerId: number | null | undefined) {
  if (explainerId === undefined || explainerId === null) return;
  const found: unknown = await m
    .createQueryBuilder()
    .select('e.id')
    .from('explainer', 'e')
    .where('e.id = :explainerId', { explainerId })
    .getRawOne();
  if (!found) throw ValidationFailed.field('explainerId', 'notes:explainer.unknown');
}

function record(term: GlossaryTerm, renderings: GlossaryRendering[]): GlossaryTermRecord {
  const sorted = [...renderings].sort((a, b) => a.targetLanguage.localeCompare(b.targetLanguage));
  return {
    id: term.id,
    sourceLanguage: term.sourceLanguage,
    term: term.term,
    forms: term.forms,
    note: term.note,
    explainerId: term.explainerId,
    renderings: Object.fromEntries(sorted.map((r) => [r.targetLanguage, r.rendering])),
    forbidden: Object.fromEntries(
      sorted.filter((r) => r.forbidden.length > 0).map((r) => [r.targetLanguage, r.forbidden]),
    ),
    version: term.version,
  };
}

const NO_TERMS: GlossaryTermRecord[] = frozen([]);

/** Freezes a shared list; a caller's push or sort then throws instead of corrupting the cache. */
function frozen<T>(list: T[]): T[] {
  Object.freeze(list);
  return list;
}

function freeze(entry: GlossaryTermRecord): GlossaryTermRecord {
  Object.freeze(entry.forms);
  Object.freeze(entry.renderings);
  for (const list of Object.values(entry.forbidden)) Object.freeze(list);
  Object.freeze(entry.forbidden);
  return Object.freeze(entry);
}
