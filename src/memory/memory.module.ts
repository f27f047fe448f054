import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TmEntryRow } from './tm-entry.entity.js';
import { TranslationMemoryService } from './translation-memory.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([TmEntryRow])],
  providers: [TranslationMemoryService],
  exports: [TranslationMemoryService],
})
export class MemoryModule {}
