import { Module } from '@nestjs/common';
import { GlossaryModule } from '../glossary/glossary.module.js';
import { QaService } from './qa.service.js';

@Module({
  imports: [GlossaryModule],
  providers: [QaService],
  exports: [QaService],
})
export class QaModule {}
