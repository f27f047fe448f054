import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SourcesModule } from '../sources/sources.module.js';
import { TimelineEventSource } from './timeline-event-source.entity.js';
import { TimelineEventTag } from './timeline-event-tag.entity.js';
import { TimelineEvent } from './timeline-event.entity.js';
import { TimelineService } from './timeline.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([TimelineEvent, TimelineEventTag, TimelineEventSource]),
    SourcesModule,
  ],
  providers: [TimelineService],
  exports: [TimelineService],
})
export class TimelineModule {}
