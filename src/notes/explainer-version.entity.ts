import { TIMESTAMP } from '../database/database-driver.js';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DatePrecision } from '../common/partial-date.rules.js';
import type { TextLanguage } from '../config/language-pairs.rules.js';
import type { ExplainerState } from './explainer-workflow.rules.js';

/** A source as frozen into the approved snapshot readers see. */
export interface PublishedSource {
  title: string;
  publisher: string;
  url: string | null;
  date: string | null;
  datePrecision: DatePrecision | null;
  primary: boolean;
}

/**
 * One language version of an explainer, reviewed on its own. The `published*` columns hold
 * the last approved text: readers see only that, whatever happens to the working text.
 */
@Entity('explainer_version')
export class ExplainerVersion {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'explainer_id', type: 'integer' })
  explainerId!: number;

  @Column({ type: 'varchar', length: 2 })
  language!: TextLanguage;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'short_text', type: 'text' })
  shortText!: string;

  @Column({ name: 'long_text', type: 'text', default: '' })
  longText!: string;

  /** As typed: "2024-11-01", "2024-11" or "2024". */
  @Column({ name: 'as_of', type: 'varchar', length: 10, nullable: true })
  asOf!: string | null;

  @Column({ type: 'varchar', length: 20 })
  status!: ExplainerState;

  /** Who wrote the current text last. */
  @Column({ name: 'author_id', type: 'integer', nullable: true })
  authorId!: number | null;

  /** Everyone who wrote part of the current text since it was last approved (four-eyes). */
  @Column({ name: 'contributor_ids', type: 'simple-json' })
  contributorIds!: number[];

  /** Who approved the published text. */
  @Column({ name: 'reviewer_id', type: 'integer', nullable: true })
  reviewerId!: number | null;

  @Column({ name: 'self_approved', type: 'boolean', default: false })
  selfApproved!: boolean;

  @Column({ name: 'review_comment', type: 'text', default: '' })
  reviewComment!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'updated_at', type: TIMESTAMP })
  updatedAt!: Date;

  @Column({ name: 'approved_at', type: TIMESTAMP, nullable: true })
  approvedAt!: Date | null;

  @Column({ name: 'published_title', type: 'varchar', length: 200, nullable: true })
  publishedTitle!: string | null;

  @Column({ name: 'published_short', type: 'text', nullable: true })
  publishedShort!: string | null;

  @Column({ name: 'published_long', type: 'text', nullable: true })
  publishedLong!: string | null;

  @Column({ name: 'published_as_of', type: 'varchar', length: 10, nullable: true })
  publishedAsOf!: string | null;

  @Column({ name: 'published_sources', type: 'simple-json', nullable: true })
  publishedSources!: PublishedSource[] | null;

  @Column({ name: 'published_at', type: TIMESTAMP, nullable: true })
  publishedAt!: Date | null;
}
