import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { FieldError } from '../common/errors/domain-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { GlossaryHintsService } from '../glossary/glossary-hints.service.js';
import { TermMatcher } from '../glossary/term-matcher.rules.js';
import type {
  PublicationContent,
  PublishedExplainer,
} from '../publications/publication-content.rules.js';
import { PublicationContributions } from '../publications/publication-contributions.js';
import type { TranslationRecord, UnitWithSegment } from '../translations/translation-records.js';
import { ExplainerQueriesService } from './explainer-queries.service.js';
import { ExplainersService } from './explainers.service.js';

interface Found {
  explainerId: number;
  /** The term as the source wrote it, and its rendering, to find it in the translation. */
  term: string;
  rendering: string | null;
  unitIndex: number;
}

/**
 * Explainers at publishing: each glossary term of the text that points at an explainer brings
 * it along — its short text beside the first occurrence, a link to the long one — and the gate
 * refuses to publish while such an explainer is not approved in the publication's language.
 */
@Injectable()
export class ExplainerPublishing implements OnModuleInit {
  constructor(
    private readonly contributions: PublicationContributions,
    private readonly hints: GlossaryHintsService,
    private readonly queries: ExplainerQueriesService,
    private readonly explainers: ExplainersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.contributions.register({
      gateProblems: (_m, record, units) => this.gateProblems(record, units),
      extend: (_m, record, units, content) => this.extend(record, units, content),
      afterPublish: (m, publication) =>
        this.explainers.recordUse(
          m,
          publication.id,
          publication.content.explainers.map((e) => e.explainerId),
        ),
    });
  }

  private async gateProblems(
    record: TranslationRecord,
    units: UnitWithSegment[],
  ): Promise<FieldError[]> {
    if (!this.config.publishGate) return [];
    const found = await this.found(record, units);
    const approved = await this.queries.approvalStateFor(
      found.map((f) => f.explainerId),
      record.translation.targetLanguage,
    );
    return found
      .filter((f) => !approved.get(f.explainerId))
      .map((f) => ({
        field: 'gate',
        key: 'publications:gate.explainer',
        params: { term: f.term },
      }));
  }

  private async extend(
    record: TranslationRecord,
    units: UnitWithSegment[],
    content: PublicationContent,
  ): Promise<PublicationContent> {
    const language = record.translation.targetLanguage;
    const blocks = units.filter((u) => u.segment.kind !== 'title');
    const explainers: PublishedExplainer[] = [];
    for (const f of await this.found(record, units)) {
      const short = await this.queries.approvedShort(f.explainerId, language);
      if (!short) continue;
      // From the block of the term's first occurrence (the first block, when it is in the title),
      // the first block whose translation shows the rendering carries the link.
      const from = Math.max(
        0,
        blocks.findIndex((b) => b.unit.id === units[f.unitIndex]!.unit.id),
      );
      let blockIndex = from;
      let place: { start: number; end: number } | null = null;
      for (let i = from; i < blocks.length && f.rendering && !place; i++) {
        place = firstOccurrence(blocks[i]!.unit.text, f.rendering);
        if (place) blockIndex = i;
      }
      explainers.push({
        explainerId: f.explainerId,
        slug: short.slug,
        title: short.title,
        short: short.shortText,
        blockIndex,
        start: place?.start ?? 0,
        end: place?.end ?? 0,
      });
    }
    return { ...content, explainers };
  }

  /** Explained terms in reading order, each explainer once (at its first occurrence). */
  private async found(record: TranslationRecord, units: UnitWithSegment[]): Promise<Found[]> {
    const seen = new Set<number>();
    const found: Found[] = [];
    for (const [unitIndex, { segment }] of units.entries()) {
      for (const term of await this.hints.terms(
        record.source.language,
        record.translation.targetLanguage,
        segment.text,
      )) {
        if (term.explainerId === null || seen.has(term.explainerId)) continue;
        seen.add(term.explainerId);
        found.push({
          explainerId: term.explainerId,
          term: term.text,
          rendering: term.rendering,
          unitIndex,
        });
      }
    }
    return found;
  }
}

/** Where a rendering first occurs in the translation, inflected forms included (stems). */
function firstOccurrence(text: string, rendering: string): { start: number; end: number } | null {
  const [hit] = new TermMatcher([{ id: 1, forms: [rendering] }]).find(text);
  return hit ? { start: hit.start, end: hit.end } : null;
}
