import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GlossaryModule } from '../glossary/glossary.module.js';
import { MemoryModule } from '../memory/memory.module.js';
import { QaModule } from '../qa/qa.module.js';
import { SourcesModule } from '../sources/sources.module.js';
import { UsersModule } from '../users/users.module.js';
import { ContributionCounts } from './contribution-counts.service.js';
import { Footnote } from './footnote.entity.js';
import { FootnotesService } from './footnotes.service.js';
import { LifecycleFacts } from './lifecycle-facts.js';
import { LifecycleReviewWrites } from './lifecycle-review-writes.js';
import { LifecycleSourceChange } from './lifecycle-source-change.js';
import { LifecycleTranslationWrites } from './lifecycle-translation-writes.js';
import { LifecycleUnitWrites } from './lifecycle-unit-writes.js';
import { OutdatedUnitsHandler } from './outdated-units.handler.js';
import { TranslationLifecycle } from './translation-lifecycle.service.js';
import { ReviewEvent } from './review-event.entity.js';
import { SubmissionService } from './submission.service.js';
import { TranslationQueriesService } from './translation-queries.service.js';
import { TranslationRecords } from './translation-records.js';
import { TranslationWorkbenchService } from './translation-workbench.service.js';
import { TranslationUnit } from './translation-unit.entity.js';
import { Translation } from './translation.entity.js';
import { TranslationsService } from './translations.service.js';
import { UnitRevision } from './unit-revision.entity.js';
import { UnitHistoryService, UnitsService } from './units.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Footnote, Translation, TranslationUnit, UnitRevision, ReviewEvent]),
    SourcesModule,
    UsersModule,
    QaModule,
    MemoryModule,
    GlossaryModule,
  ],
  providers: [
    ContributionCounts,
    LifecycleFacts,
    LifecycleTranslationWrites,
    LifecycleUnitWrites,
    LifecycleReviewWrites,
    LifecycleSourceChange,
    TranslationLifecycle,
    FootnotesService,
    UnitHistoryService,
    TranslationRecords,
    TranslationsService,
    UnitsService,
    SubmissionService,
    TranslationQueriesService,
    TranslationWorkbenchService,
    OutdatedUnitsHandler,
  ],
  exports: [
    ContributionCounts,
    TranslationLifecycle,
    FootnotesService,
    UnitHistoryService,
    TranslationRecords,
    TranslationsService,
    UnitsService,
    SubmissionService,
    TranslationQueriesService,
    TranslationWorkbenchService,
  ],
})
export class TranslationsModule {}
