import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TextLanguage } from '../config/language-pairs.rules.js';

/** The preferred rendering of a term in one target language. */
@Entity('glossary_rendering')
export class GlossaryRendering {
  @PrimaryColumn({ name: 'term_id', type: 'integer' })
  termId!: number;

  @PrimaryColumn({ name: 'target_language', type: 'varchar', length: 2 })
  targetLanguage!: TextLanguage;

  @Column({ type: 'varchar', length: 200 })
  rendering!: string;

  /** Renderings not to use for the term in this language (TBX's deprecated terms). */
  @Column({ type: 'simple-json' })
  forbidden!: string[];
}
