import { Module } from '@nestjs/common';
import { GlossaryModule } from '../glossary/glossary.module.js';
import { ApprovedExplainerTexts } from '../notes/approved-explainer-texts.js';
import { LivePublications } from '../publications/live-publications.service.js';
import { SearchIndexService } from './search-index.service.js';
import { SearchService } from './search.service.js';

/** Full-text search over what readers can read; the index follows publishing through events. */
@Module({
  imports: [GlossaryModule],
  // LivePublications and ApprovedExplainerTexts are read models of publications and notes; they
  // move to those modules at the merge of the issue #12 lifecycle branch, which rewrites them.
  providers: [SearchIndexService, SearchService, LivePublications, ApprovedExplainerTexts],
  exports: [SearchService, SearchIndexService],
})
export class SearchModule {}
