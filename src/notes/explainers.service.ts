import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConflictError, ValidationFailed, forbidden } from '../common/errors/domain-error.js';
import { slugify } from '../common/slug.rules.js';
import type { TextLanguage } from '../config/language-pairs.rules.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { updateVersioned } from '../database/versioned-update.js';
import type { UserSummary } from '../users/user.entity.js';
import { EXPLAINER_WRITERS, canWriteExplainers } from './explainer-access.rules.js';
import {
  ExplainerRecords,
  checkText,
  conflictSide,
  decide,
  refuseStale,
} from './explainer-records.js';
import { ExplainerVersion } from './explainer-version.entity.js';
import { Explainer } from './explainer.entity.js';
import type { CreateExplainerDto, ExplainerTextDto } from './explainer.dto.js';
import { PublicationExplainer } from './publication-explainer.entity.js';

/**
 * Writing explainers: starting one and writing or translating its language versions. Every
 * write carries the version read and is audited in the same transaction.
 */
@Injectable()
export class ExplainersService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly records: ExplainerRecords,
  ) {}

  /** Starts an explainer with its first language version, as a draft of its writer. */
  async create(user: UserSummary, input: CreateExplainerDto): Promise<Explainer> {
    mustWrite(user);
    const text = checkText(input);
    const work = async (m: EntityManager) => {
      const slug = await freeSlug(m, input.slug, input.title);
      const now = new Date();
      const explainer = await m.save(
        m.create(Explainer, {
          slug,
          kind: input.kind,
          createdById: user.id,
          createdAt: now,
          updatedAt: now,
        }),
      );
      const version = await this.records.insertVersion(
        m,
        explainer.id,
        input.language,
        user.id,
        text,
      );
      await this.records.record(m, user, 'explainer.created', explainer.id, {
        language: input.language,
        version: version.version,
      });
      return explainer;
    };
    return this.transactions.write(work);
  }

  /**
   * Saves the text of one language version. A version that does not exist yet is a
   * translation, expected with version 0; an approved one goes back to draft, while readers
   * keep seeing its approved snapshot until the new text is approved.
   */
  async saveVersion(
    user: UserSummary,
    explainerId: number,
    language: TextLanguage,
    version: number,
    input: ExplainerTextDto,
  ): Promise<ExplainerVersion> {
    const text = checkText(input);
    const work = async (m: EntityManager) => {
      const { current } = await this.records.load(m, user, explainerId, language, true);
      if (!current) {
        mustWrite(user);
        if (version !== 0) {
          throw new ConflictError('errors:stale-write', { version: 0 }, { version });
        }
        const created = await this.records.insertVersion(m, explainerId, language, user.id, text);
        await this.records.record(m, user, 'explainer.translated', explainerId, {
          language,
          version: created.version,
        });
        return created;
      }
      refuseStale(current, version);
      const to = decide(user, current, 'edit');
      // Four-eyes covers everyone who wrote part of the text under review, not only the last.
      const contributorIds =
        current.status === 'approved'
          ? [user.id]
          : [...new Set([...current.contributorIds, user.id])];
      const saved = await updateVersioned(
        m,
        ExplainerVersion,
        current.id,
        version,
        {
          title: text.title,
          shortText: text.shortText,
          longText: text.longText,
          asOf: text.asOf,
          status: to,
          authorId: user.id,
          contributorIds,
          updatedAt: new Date(),
        },
        conflictSide,
      );
      await this.records.replaceSources(m, current.id, text.sources);
      await this.records.record(m, user, 'explainer.edited', explainerId, {
        language,
        from: current.status,
        to,
        version: saved.version,
      });
      return saved;
    };
    return this.transactions.write(work);
  }

  /** Records which explainers a publication shows, in the publishing transaction. */
  async recordUse(m: EntityManager, publicationId: number, explainerIds: number[]): Promise<void> {
    const ids = [...new Set(explainerIds)];
    if (ids.length === 0) return;
    await m.insert(
      PublicationExplainer,
      ids.map((explainerId) => ({ publicationId, explainerId })),
    );
  }
}

function mustWrite(user: UserSummary): void {
  if (!canWriteExplainers(user)) {
    throw forbidden('errors:role-required', { roles: EXPLAINER_WRITERS.join(', ') });
  }
}

/** The address the editor chose (refused when taken), or one made from the title. */
async function freeSlug(m: EntityManager, wanted: string | undefined, title: string) {
  const taken = (slug: string) => m.existsBy(Explainer, { slug });
  if (wanted) {
    if (await taken(wanted)) throw ValidationFailed.field('slug', 'validation:slug-taken');
    return wanted;
  }
  const base = slugify(title, 80);
  let candidate = base;
  for (let n = 2; await taken(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}
