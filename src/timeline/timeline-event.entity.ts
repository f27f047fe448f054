import { TIMESTAMP } from '../database/database-driver.js';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DatePrecision } from '../common/partial-date.rules.js';

/** A dated entry of the timeline, told in both interface languages. */
@Entity('timeline_event')
export class TimelineEvent {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  /** ISO date; with month or year precision the day (and month) are 01. */
  @Column({ type: 'varchar', length: 10 })
  date!: string;

  @Column({ type: 'varchar', length: 5 })
  precision!: DatePrecision;

  @Column({ name: 'title_en', type: 'varchar', length: 200, default: '' })
  titleEn!: string;

  @Column({ name: 'title_ru', type: 'varchar', length: 200, default: '' })
  titleRu!: string;

  @Column({ name: 'summary_en', type: 'text' })
  summaryEn!: string;

  @Column({ name: 'summary_ru', type: 'text' })
  summaryRu!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_at', type: TIMESTAMP })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: TIMESTAMP })
  updatedAt!: Date;
}
