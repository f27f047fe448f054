import { Injectable } from '@nestjs/common';
import type { TextLanguage } from '../config/language-pairs.rules.js';
import { GlossaryService, type GlossaryEntry } from './glossary.service.js';
import { NameFinder, type NameHint, type NameHit } from './name-hints.rules.js';
import { NamesService, type NameEntry } from './names.service.js';
import { TermMatcher, type GlossaryHit } from './term-matcher.rules.js';

export interface TermHint {
  termId: number;
  start: number;
  end: number;
  text: string;
  /** The preferred rendering in the target language, if the glossary has one. */
  rendering: string | null;
  /** Renderings in the target language not to use. */
  forbidden: readonly string[];
  note: string;
  explainerId: number | null;
}

/**
 * What the glossary and the name list say about one source segment: terms with their
 * renderings (highlighted for translators, checked by QA) and names with their spelling. The
 * matchers are rebuilt only when the glossary or name list changes.
 */
@Injectable()
export class GlossaryHintsService {
  private readonly termMatchers = new WeakMap<GlossaryEntry[], TermMatcher>();
  private readonly nameFinders = new WeakMap<NameEntry[], Map<string, NameFinder>>();

  constructor(
    private readonly glossary: GlossaryService,
    private readonly names: NamesService,
  ) {}

  async terms(
    sourceLanguage: TextLanguage,
    targetLanguage: TextLanguage,
    text: string,
  ): Promise<TermHint[]> {
    const entries = await this.glossary.entries(sourceLanguage);
    let matcher = this.termMatchers.get(entries);
    if (!matcher) {
      matcher = new TermMatcher(entries.map((e) => ({ id: e.id, forms: [e.term, ...e.forms] })));
      this.termMatchers.set(entries, matcher);
    }
    const byId = new Map(entries.map((e) => [e.id, e]));
    return matcher.find(text).map((occurrence) => {
      const entry = byId.get(occurrence.termId)!;
      return {
        termId: entry.id,
        start: occurrence.start,
        end: occurrence.end,
        text: occurrence.text,
        rendering: entry.renderings[targetLanguage] ?? null,
        forbidden: entry.forbidden[targetLanguage] ?? [],
        note: entry.note,
        explainerId: entry.explainerId,
      };
    });
  }

  /**
   * Names in a segment. In Russian: listed names (inflected forms too) with their preferred
   * spelling, other Cyrillic names with a transliteration. In English: listed spellings and
   * variants, full or the surname alone, with their Cyrillic form. The name list always wins.
   */
  async nameHints(sourceLanguage: TextLanguage, text: string): Promise<NameHint[]> {
    const entries = await this.names.entries();
    const script = sourceLanguage === 'ru' ? 'cyrillic' : 'latin';
    const finders = this.nameFinders.get(entries) ?? new Map<string, NameFinder>();
    this.nameFinders.set(entries, finders);
    let finder = finders.get(script);
    if (!finder) {
      finder = new NameFinder(entries, script);
      finders.set(script, finder);
    }
    return finder.find(text);
  }

  /** The hits QA checks need: terms with renderings, listed names with their target spelling. */
  async qaHits(
    sourceLanguage: TextLanguage,
    targetLanguage: TextLanguage,
    text: string,
  ): Promise<{ glossary: GlossaryHit[]; names: NameHit[] }> {
    const [terms, nameHints, entries] = await Promise.all([
      this.terms(sourceLanguage, targetLanguage, text),
      this.nameHints(sourceLanguage, text),
      this.names.entries(),
    ]);
    const byId = new Map(entries.map((n) => [n.id, n]));
    const glossary = terms
      .filter((t) => t.rendering)
      .map((t) => ({ term: t.text, renderings: [t.rendering!], forbidden: [...t.forbidden] }));
    const names: NameHit[] = [];
    for (const hint of nameHints) {
      const entry = hint.nameId === undefined ? undefined : byId.get(hint.nameId);
      if (!entry) continue;
      names.push(
        sourceLanguage === 'ru'
          ? { name: hint.text, spelling: entry.spelling, variants: entry.variants }
          : { name: hint.text, spelling: entry.cyrillic, variants: [] },
      );
    }
    return { glossary, names };
  }
}
