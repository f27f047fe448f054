import { Module } from '@nestjs/common';
import { SourcesModule } from '../sources/sources.module.js';
import { ContributionCounts } from '../translations/contribution-counts.service.js';
import { TranslationsModule } from '../translations/translations.module.js';
import { UsersModule } from '../users/users.module.js';
import { StatsService } from './stats.service.js';

@Module({
  imports: [UsersModule, TranslationsModule, SourcesModule],
  // ContributionCounts is translations' read model; it moves to TranslationsModule at the merge
  // of the issue #12 lifecycle branch, which rewrites that module.
  providers: [StatsService, ContributionCounts],
  exports: [StatsService],
})
export class StatsModule {}
