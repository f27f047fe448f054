import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DatePrecision } from '../common/partial-date.rules.js';

/** A source the working text of one language version rests on. */
@Entity('explainer_source')
export class ExplainerSource {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'version_id', type: 'integer' })
  versionId!: number;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  publisher!: string;

  /** Laws and court decisions may have no stable address; publisher and date find them. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  url!: string | null;

  /** ISO date; with month or year precision the day (and month) are 01. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  date!: string | null;

  @Column({ name: 'date_precision', type: 'varchar', length: 5, nullable: true })
  datePrecision!: DatePrecision | null;

  @Column({ name: 'is_primary', type: 'boolean', default: false })
  primary!: boolean;
}
