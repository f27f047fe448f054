import { Module } from '@nestjs/common';
import { SourcesModule } from '../sources/sources.module.js';
import { TranslationsModule } from '../translations/translations.module.js';
import { UsersModule } from '../users/users.module.js';
import { StatsService } from './stats.service.js';

@Module({
  imports: [UsersModule, TranslationsModule, SourcesModule],
  providers: [StatsService],
  exports: [StatsService],
})
export class StatsModule {}
