import { Module } from '@nestjs/common';
import { QaModule } from '../qa/qa.module.js';
import { TranslationsModule } from '../translations/translations.module.js';
import { XliffExportService } from './xliff-export.service.js';
import { XliffImportService } from './xliff-import.service.js';

/** Files in and out for CAT tools and other platforms: XLIFF, TMX, TBX and CSV. */
@Module({
  imports: [TranslationsModule, QaModule],
  providers: [XliffExportService, XliffImportService],
  exports: [XliffExportService, XliffImportService],
})
export class ExchangeModule {}
