import { Module } from '@nestjs/common';
import { MemoryModule } from '../memory/memory.module.js';
import { QaModule } from '../qa/qa.module.js';
import { SourcesModule } from '../sources/sources.module.js';
import { TranslationsModule } from '../translations/translations.module.js';
import { UsersModule } from '../users/users.module.js';
import { ReviewQueueService } from './review-queue.service.js';
import { ReviewWorkbenchService } from './review-workbench.service.js';
import { ReviewService } from './review.service.js';

@Module({
  imports: [TranslationsModule, SourcesModule, UsersModule, QaModule, MemoryModule],
  providers: [ReviewService, ReviewQueueService, ReviewWorkbenchService],
  exports: [ReviewService, ReviewQueueService, ReviewWorkbenchService],
})
export class ReviewModule {}
