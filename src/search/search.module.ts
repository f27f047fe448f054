import { Module } from '@nestjs/common';
import { GlossaryModule } from '../glossary/glossary.module.js';
import { SearchIndexService } from './search-index.service.js';
import { SearchService } from './search.service.js';

/** Full-text search over what readers can read; the index follows publishing through events. */
@Module({
  imports: [GlossaryModule],
  providers: [SearchIndexService, SearchService],
  exports: [SearchService, SearchIndexService],
})
export class SearchModule {}
