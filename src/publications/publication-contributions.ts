import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FieldError } from '../common/errors/domain-error.js';
import type { TranslationRecord, UnitWithSegment } from '../translations/translation-records.js';
import type { PublicationContent } from './publication-content.rules.js';
import type { Publication } from './publication.entity.js';

/**
 * What other features add to publishing: more content (footnotes, explainers), more checks at
 * the gate, and records kept once a publication exists. Features register here at start, so
 * publishing does not depend on them.
 */
export interface PublicationContributor {
  extend?(
    m: EntityManager,
    record: TranslationRecord,
    units: UnitWithSegment[],
    content: PublicationContent,
  ): Promise<PublicationContent>;
  gateProblems?(
    m: EntityManager,
    record: TranslationRecord,
    units: UnitWithSegment[],
    content: PublicationContent,
  ): Promise<FieldError[]>;
  afterPublish?(m: EntityManager, publication: Publication): Promise<void>;
}

@Injectable()
export class PublicationContributions {
  private readonly contributors: PublicationContributor[] = [];

  register(contributor: PublicationContributor): void {
    this.contributors.push(contributor);
  }

  async extend(
    m: EntityManager,
    record: TranslationRecord,
    units: UnitWithSegment[],
    content: PublicationContent,
  ): Promise<PublicationContent> {
    let result = content;
    for (const c of this.contributors)
      if (c.extend) result = await c.extend(m, record, units, result);
    return result;
  }

  async gateProblems(
    m: EntityManager,
    record: TranslationRecord,
    units: UnitWithSegment[],
    content: PublicationContent,
  ): Promise<FieldError[]> {
    const problems: FieldError[] = [];
    for (const c of this.contributors)
      if (c.gateProblems) problems.push(...(await c.gateProblems(m, record, units, content)));
    return problems;
  }

  async afterPublish(m: EntityManager, publication: Publication): Promise<void> {
    for (const c of this.contributors) if (c.afterPublish) await c.afterPublish(m, publication);
  }
}
