import { Injectable } from '@nestjs/common';
import type { TextLanguage } from '../config/language-pairs.rules.js';
import { GlossaryHintsService } from '../glossary/glossary-hints.service.js';
import type { QaFinding } from './qa-check.rules.js';
import { runQaChecks } from './qa-runner.rules.js';

/** Runs the QA checks of a language pair on one unit, with the glossary and name list in hand. */
@Injectable()
export class QaService {
  constructor(private readonly hints: GlossaryHintsService) {}

  async findings(
    sourceLanguage: TextLanguage,
    targetLanguage: TextLanguage,
    source: string,
    target: string,
  ): Promise<QaFinding[]> {
    const { glossary, names } = await this.hints.qaHits(sourceLanguage, targetLanguage, source);
    return runQaChecks({ sourceLanguage, targetLanguage, source, target, glossary, names });
  }
}
