import { TIMESTAMP } from '../database/database-driver.js';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Editable site content such as the statement of stand, one row per language. */
@Entity('content_page')
export class ContentPage {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 80 })
  slug!: string;

  @Column({ type: 'varchar', length: 2 })
  language!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** Markdown. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'updated_at', type: TIMESTAMP })
  updatedAt!: Date;

  @Column({ name: 'updated_by_id', type: 'integer', nullable: true })
  updatedById!: number | null;
}
