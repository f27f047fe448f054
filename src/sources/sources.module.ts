import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SegmentsModule } from '../segments/segments.module.js';
import { Initiative } from './initiative.entity.js';
import { InitiativesService } from './initiatives.service.js';
import { SourceImportService } from './source-import.service.js';
import { SourceQueriesService } from './source-queries.service.js';
import { SourceRevision } from './source-revision.entity.js';
import { SourceTag } from './source-tag.entity.js';
import { SourceText } from './source-text.entity.js';
import { SourcesService } from './sources.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Initiative, SourceText, SourceTag, SourceRevision]),
    SegmentsModule,
  ],
  providers: [InitiativesService, SourcesService, SourceQueriesService, SourceImportService],
  exports: [
    InitiativesService,
    SourcesService,
    SourceQueriesService,
    SourceImportService,
    SegmentsModule,
  ],
})
export class SourcesModule {}
