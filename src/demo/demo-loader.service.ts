import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { GlossaryService } from '../glossary/glossary.service.js';
import { NamesService } from '../glossary/names.service.js';
import { TranslationMemoryService } from '../memory/translation-memory.service.js';
import { ContentPagesService } from '../pages/content-pages.service.js';
import { InitiativesService } from '../sources/initiatives.service.js';
import { SourcesService } from '../sources/sources.service.js';
import { TimelineService } from '../timeline/timeline.service.js';
import { summariseUser } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { DEMO_GLOSSARY, DEMO_NAMES } from './demo-glossary.js';
import { DemoPublisher } from './demo-publisher.service.js';
import { standMemoryPairs } from './stand-memory.js';
import {
  DEMO_ACCOUNTS,
  DEMO_INITIATIVE,
  DEMO_SOURCES,
  DEMO_TIMELINE_LINKS,
  SEED_STAND,
  SEED_TIMELINE,
} from './seed-content.js';

export interface DemoAccount {
  handle: string;
  password: string;
  roles: readonly string[];
}

/**
 * Fills an empty database with the seed's content and demo accounts, so a fresh clone shows a
 * working site. Never in production; never over existing data.
 */
@Injectable()
export class DemoLoader {
  constructor(
    private readonly users: UsersService,
    private readonly timeline: TimelineService,
    private readonly pages: ContentPagesService,
    private readonly initiatives: InitiativesService,
    private readonly sources: SourcesService,
    private readonly memory: TranslationMemoryService,
    private readonly glossary: GlossaryService,
    private readonly names: NamesService,
    private readonly publisher: DemoPublisher,
    private readonly transactions: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async loadIfEmpty(): Promise<DemoAccount[] | null> {
    if (!this.config.demoData || this.config.production) return null;
    if ((await this.users.count()) > 0) return null;
    const accounts = DEMO_ACCOUNTS.map((account) => ({
      ...account,
      password: randomBytes(12).toString('base64url'),
    }));
    // Hashing is slow and must not run inside the write transaction.
    const inserts = await Promise.all(
      accounts.map((account) =>
        this.users.prepare({
          handle: account.handle,
          password: account.password,
          roles: [...account.roles],
          languagePairs: [...account.languagePairs],
        }),
      ),
    );
    const { users, sourceIds } = await this.transactions.write(async (manager) => {
      const users = [];
      for (const insert of inserts) users.push(await insert(manager, null));
      const editorId = users.find((u) => u.handle === 'demo-editor')?.id ?? null;
      const initiative = await this.initiatives.create(editorId, DEMO_INITIATIVE);
      const sourceIds: Record<string, number> = {};
      for (const [key, text] of Object.entries(DEMO_SOURCES)) {
        const source = await this.sources.create(editorId, {
          ...text,
          initiativeId: initiative.id,
          licence: initiative.defaultLicence,
          authors: [],
        });
        sourceIds[key] = source.id;
      }
      for (const event of SEED_TIMELINE) {
        const links = DEMO_TIMELINE_LINKS[event.date] ?? [];
        await this.timeline.create(editorId, {
          ...event,
          sourceIds: links.map((key) => sourceIds[key]!),
        });
      }
      for (const term of DEMO_GLOSSARY) await this.glossary.create(editorId, term);
      for (const person of DEMO_NAMES) await this.names.create(editorId, person);
      // The seed's own bilingual lines are the memory's first entries, both ways.
      const pairs = [
        ...SEED_TIMELINE.map((e) => ({ ru: e.summaryRu, en: e.summaryEn })),
        ...standMemoryPairs({ ru: SEED_STAND.ru.body, en: SEED_STAND.en.body }),
      ];
      await this.memory.importPairs(
        'ru',
        'en',
        pairs.map((p) => ({ source: p.ru, target: p.en })),
      );
      await this.memory.importPairs(
        'en',
        'ru',
        pairs.map((p) => ({ source: p.en, target: p.ru })),
      );
      for (const language of ['en', 'ru'] as const) {
        await this.pages.save(null, {
          slug: 'about',
          language,
          ...SEED_STAND[language],
          version: 0,
        });
      }
      return { users: users.map(summariseUser), sourceIds };
    });
    // Reviewed content goes through the real workflow, one transaction per step, as people do it.
    const by = (handle: string) => users.find((u) => u.handle === handle)!;
    const cast = {
      editor: by('demo-editor'),
      reviewer: by('demo-reviewer'),
      translator: by('demo-translator'),
    };
    await this.publisher.explainersWithGlossary(cast);
    await this.publisher.memorialPublication(cast, sourceIds.memorial!);
    return accounts.map(({ handle, password, roles }) => ({ handle, password, roles }));
  }
}
