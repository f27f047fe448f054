import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** `title` is the text's title, always the first segment: it is translated and reviewed like the rest. */
export type SegmentKind = 'title' | 'paragraph' | 'heading' | 'list-item' | 'quote';

/**
 * One block of a source text. It keeps its id while its text is unchanged across revisions, so
 * the work on it is kept; a changed one keeps its id too, with the text it had before.
 */
@Entity('segment')
export class Segment {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'source_id', type: 'integer' })
  sourceId!: number;

  /** Null once the segment was removed from the text. */
  @Column({ type: 'integer', nullable: true })
  position!: number | null;

  @Column({ type: 'varchar', length: 12 })
  kind!: SegmentKind;

  @Column({ type: 'integer', nullable: true })
  level!: number | null;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'varchar', length: 64 })
  hash!: string;

  /** Sentence boundaries, shown to translators as hints. */
  @Column({ type: 'simple-json' })
  sentences!: string[];

  @Column({ name: 'previous_text', type: 'text', nullable: true })
  previousText!: string | null;

  @Column({ name: 'added_revision', type: 'integer' })
  addedRevision!: number;

  @Column({ name: 'changed_revision', type: 'integer', nullable: true })
  changedRevision!: number | null;

  @Column({ name: 'removed_revision', type: 'integer', nullable: true })
  removedRevision!: number | null;
}
