import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GlossaryHintsService } from './glossary-hints.service.js';
import { GlossaryRendering } from './glossary-rendering.entity.js';
import { GlossaryTerm } from './glossary-term.entity.js';
import { GlossaryService } from './glossary.service.js';
import { NamesService } from './names.service.js';
import { Person } from './person.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([GlossaryTerm, GlossaryRendering, Person])],
  providers: [GlossaryService, NamesService, GlossaryHintsService],
  exports: [GlossaryService, NamesService, GlossaryHintsService],
})
export class GlossaryModule {}
