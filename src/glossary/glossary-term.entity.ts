import { TIMESTAMP } from '../database/database-driver.js';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TextLanguage } from '../config/language-pairs.rules.js';

/** A source-language term that translators render the same way every time. */
@Entity('glossary_term')
export class GlossaryTerm {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'source_language', type: 'varchar', length: 2 })
  sourceLanguage!: TextLanguage;

  @Column({ type: 'varchar', length: 200 })
  term!: string;

  /** Other forms the term takes in texts (abbreviations, colloquial forms), e.g. «иноагент». */
  @Column({ type: 'simple-json' })
  forms!: string[];

  @Column({ type: 'text', default: '' })
  note!: string;

  /** The reader-facing context note; linked once explainers exist, hence no foreign key yet. */
  @Column({ name: 'explainer_id', type: 'integer', nullable: true })
  explainerId!: number | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_by_id', type: 'integer', nullable: true })
  createdById!: number | null;

  @Column({ name: 'created_at', type: TIMESTAMP })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: TIMESTAMP })
  updatedAt!: Date;
}
