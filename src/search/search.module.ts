import { Module } from '@nestjs/common';
import { GlossaryModule } from '../glossary/glossary.module.js';
import { NotesModule } from '../notes/notes.module.js';
import { PublicationsModule } from '../publications/publications.module.js';
import { SearchIndexService } from './search-index.service.js';
import { SearchService } from './search.service.js';

/** Full-text search over what readers can read; the index follows publishing through events. */
@Module({
  imports: [GlossaryModule, PublicationsModule, NotesModule],
  providers: [SearchIndexService, SearchService],
  exports: [SearchService, SearchIndexService],
})
export class SearchModule {}
