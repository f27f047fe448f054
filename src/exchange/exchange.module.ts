import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GlossaryModule } from '../glossary/glossary.module.js';
import { MemoryModule } from '../memory/memory.module.js';
import { GlossaryExchangeService } from './glossary-exchange.service.js';
import { GlossaryImportDraftRow } from './glossary-import-draft.entity.js';
import { GlossaryImportDrafts } from './glossary-import-drafts.js';
import { QaModule } from '../qa/qa.module.js';
import { TmxService } from './tmx.service.js';
import { TranslationsModule } from '../translations/translations.module.js';
import { XliffExportService } from './xliff-export.service.js';
import { XliffImportService } from './xliff-import.service.js';

/** Files in and out for CAT tools and other platforms: XLIFF, TMX, TBX and CSV. */
@Module({
  imports: [
    TypeOrmModule.forFeature([GlossaryImportDraftRow]),
    TranslationsModule,
    QaModule,
    MemoryModule,
    GlossaryModule,
  ],
  providers: [
    XliffExportService,
    XliffImportService,
    TmxService,
    GlossaryExchangeService,
    GlossaryImportDrafts,
  ],
  exports: [XliffExportService, XliffImportService, TmxService, GlossaryExchangeService],
})
export class ExchangeModule {}
