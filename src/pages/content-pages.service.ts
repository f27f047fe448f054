import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ConflictError, notFound } from '../common/errors/domain-error.js';
import type { InterfaceLanguage } from '../config/app-config.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { ContentPage } from './content-page.entity.js';

export const CONTENT_PAGE_SLUGS = ['about'] as const;
export type ContentPageSlug = (typeof CONTENT_PAGE_SLUGS)[number];

@Injectable()
export class ContentPagesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** The page in the reader's language, or in the other one when it has not been written yet. */
  async find(slug: string, language: InterfaceLanguage): Promise<ContentPage> {
    const pages = await this.dataSource.getRepository(ContentPage).findBy({ slug });
    const page = pages.find((p) => p.language === language) ?? pages[0];
    if (!page) throw notFound();
    return page;
  }

  async get(slug: string, language: InterfaceLanguage): Promise<ContentPage | null> {
    return this.dataSource.getRepository(ContentPage).findOneBy({ slug, language });
  }

  /** Creates or edits one language of a page; `version` 0 means "I read no existing page". */
  async save(
    actorId: number | null,
    input: {
      slug: string;
      language: InterfaceLanguage;
      title: string;
      body: string;
      version: number;
    },
  ): Promise<ContentPage> {
    const work = async (m: EntityManager) => {
      const repository = m.getRepository(ContentPage);
      const existing = await repository.findOneBy({ slug: input.slug, language: input.language });
      if ((existing?.version ?? 0) !== input.version) {
        throw new ConflictError(
          'errors:stale-write',
          { version: existing?.version ?? 0, text: existing?.body ?? '' },
          { version: input.version, text: input.body },
        );
      }
      const page =
        existing ?? repository.create({ slug: input.slug, language: input.language, version: 0 });
      page.title = input.title;
      page.body = input.body;
      page.version += 1;
      page.updatedAt = new Date();
      page.updatedById = actorId;
      const saved = await repository.save(page);
      await this.audit.record(m, {
        actorId,
        action: 'page.saved',
        objectType: 'page',
        objectId: `${input.slug}:${input.language}`,
      });
      return saved;
    };
    return this.transactions.write(work);
  }
}
