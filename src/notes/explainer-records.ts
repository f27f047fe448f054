import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import {
  ConflictError,
  ValidationFailed,
  notFound,
  type FieldError,
} from '../common/errors/domain-error.js';
import type { TextLanguage } from '../config/language-pairs.rules.js';
import { allowedOrThrow } from '../common/workflow-refusal.js';
import type { UserSummary } from '../users/user.entity.js';
import { canSeeCurrentText, canSeeExplainer, explainerActor } from './explainer-access.rules.js';
import { checkAsOf, checkSources, shortTextProblems } from './explainer-input.rules.js';
import { ExplainerSource } from './explainer-source.entity.js';
import { ExplainerVersion, type PublishedSource } from './explainer-version.entity.js';
import {
  explainerWorkflow,
  type ExplainerAction,
  type ExplainerState,
} from './explainer-workflow.rules.js';
import { Explainer } from './explainer.entity.js';
import type { ExplainerTextDto } from './explainer.dto.js';

/** A version's text once checked: what is stored, sources included. */
export interface CheckedText {
  title: string;
  shortText: string;
  longText: string;
  asOf: string | null;
  sources: PublishedSource[];
}

/** Loading, storing and auditing explainer versions: what every write use case shares. */
@Injectable()
export class ExplainerRecords {
  constructor(private readonly audit: AuditService) {}

  /**
   * The explainer and its version in `language`. Work the person may not see is answered as
   * if it did not exist; `forWriting` lets a missing version through (a translation).
   */
  async load(
    m: EntityManager,
    user: UserSummary,
    explainerId: number,
    language: TextLanguage,
    forWriting = false,
  ): Promise<{ explainer: Explainer; current: ExplainerVersion | null }> {
    const explainer = await m.findOneBy(Explainer, { id: explainerId });
    if (!explainer) throw notFound();
    const versions = await m.findBy(ExplainerVersion, { explainerId });
    const published = versions.map((v) => ({ ...v, published: v.publishedAt !== null }));
    if (!canSeeExplainer(user, explainer, published)) throw notFound();
    const current = versions.find((v) => v.language === language) ?? null;
    if (current && !canSeeCurrentText(user, current)) throw notFound();
    if (!current && !forWriting) throw notFound();
    return { explainer, current };
  }

  /** An existing version, checked to be the one the person read. */
  async fresh(
    m: EntityManager,
    user: UserSummary,
    explainerId: number,
    language: TextLanguage,
    version: number,
  ): Promise<ExplainerVersion> {
    const { current } = await this.load(m, user, explainerId, language);
    refuseStale(current!, version);
    return current!;
  }

  async insertVersion(
    m: EntityManager,
    explainerId: number,
    language: TextLanguage,
    authorId: number,
    text: CheckedText,
  ): Promise<ExplainerVersion> {
    const version = await m.save(
      m.create(ExplainerVersion, {
        explainerId,
        language,
        title: text.title,
        shortText: text.shortText,
        longText: text.longText,
        asOf: text.asOf,
        status: 'draft',
        authorId,
        contributorIds: [authorId],
        reviewerId: null,
        selfApproved: false,
        reviewComment: '',
        version: 1,
        updatedAt: new Date(),
        approvedAt: null,
        publishedTitle: null,
        publishedShort: null,
        publishedLong: null,
        publishedAsOf: null,
        publishedSources: null,
        publishedAt: null,
      }),
    );
    await this.replaceSources(m, version.id, text.sources);
    return version;
  }

  async replaceSources(
    m: EntityManager,
    versionId: number,
    sources: PublishedSource[],
  ): Promise<void> {
    await m.delete(ExplainerSource, { versionId });
    if (sources.length === 0) return;
    await m.insert(
      ExplainerSource,
      sources.map((source, position) => ({ versionId, position, ...source })),
    );
  }

  async sources(m: EntityManager, versionId: number): Promise<PublishedSource[]> {
    const rows = await m.find(ExplainerSource, {
      where: { versionId },
      order: { position: 'ASC' },
    });
    return rows.map(sourceRecord);
  }

  /** Audits a change and marks the explainer as changed, in the caller's transaction. */
  async record(
    m: EntityManager,
    user: UserSummary,
    action: string,
    explainerId: number,
    details: Record<string, string | number>,
  ): Promise<void> {
    await m.update(Explainer, { id: explainerId }, { updatedAt: new Date() });
    await this.audit.record(m, {
      actorId: user.id,
      action,
      objectType: 'explainer',
      objectId: explainerId,
      details,
    });
  }
}

/** The workflow's answer for this person, or the refusal as a domain error. */
export function decide(
  user: UserSummary,
  current: ExplainerVersion,
  action: ExplainerAction,
): ExplainerState {
  return allowedOrThrow(
    explainerWorkflow.decide(current.status, action, explainerActor(user, current, action)),
  );
}

/** A stale write is refused before anything else: the person acted on what they saw. */
export function refuseStale(current: ExplainerVersion, version: number): void {
  if (current.version !== version) {
    throw new ConflictError('errors:stale-write', conflictSide(current), { version });
  }
}

export function conflictSide(current: ExplainerVersion) {
  return {
    version: current.version,
    text: `${current.title}\n\n${current.shortText}`,
    status: current.status,
  };
}

/** Checks what the DTO cannot: word count, dates, findable sources. All problems at once. */
export function checkText(input: ExplainerTextDto): CheckedText {
  const problems: FieldError[] = [...shortTextProblems(input.shortText)];
  const asOf = checkAsOf(input.asOf);
  if (!asOf.ok) problems.push(asOf.problem);
  const given = input.sources ?? [];
  const sources = checkSources(given);
  if (!sources.ok) problems.push(...sources.problems);
  if (problems.length || !asOf.ok || !sources.ok) throw new ValidationFailed(problems);
  return {
    title: input.title,
    shortText: input.shortText,
    longText: input.longText ?? '',
    asOf: asOf.asOf,
    sources: given.map((source, index) => ({
      title: source.title,
      publisher: source.publisher ?? '',
      url: source.url ?? null,
      date: sources.sources[index]!.date,
      datePrecision: sources.sources[index]!.datePrecision,
      primary: source.primary,
    })),
  };
}

export function sourceRecord(source: ExplainerSource): PublishedSource {
  return {
    title: source.title,
    publisher: source.publisher,
    url: source.url,
    date: source.date,
    datePrecision: source.datePrecision,
    primary: source.primary,
  };
}
