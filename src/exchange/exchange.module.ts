import { Module } from '@nestjs/common';
import { MemoryModule } from '../memory/memory.module.js';
import { QaModule } from '../qa/qa.module.js';
import { TmxService } from './tmx.service.js';
import { TranslationsModule } from '../translations/translations.module.js';
import { XliffExportService } from './xliff-export.service.js';
import { XliffImportService } from './xliff-import.service.js';

/** Files in and out for CAT tools and other platforms: XLIFF, TMX, TBX and CSV. */
@Module({
  imports: [TranslationsModule, QaModule, MemoryModule],
  providers: [XliffExportService, XliffImportService, TmxService],
  exports: [XliffExportService, XliffImportService, TmxService],
})
export class ExchangeModule {}
