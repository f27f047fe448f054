import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Segment } from './segment.entity.js';
import { SegmentsService } from './segments.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Segment])],
  providers: [SegmentsService],
  exports: [SegmentsService],
})
export class SegmentsModule {}
