import { TIMESTAMP } from '../database/database-driver.js';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An entry of the name list: its spelling wins over any transliteration scheme. */
@Entity('person')
export class Person {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 200, unique: true })
  cyrillic!: string;

  /** The preferred Latin spelling, e.g. "Alexei Navalny". */
  @Column({ type: 'varchar', length: 200 })
  spelling!: string;

  /** Other Latin spellings seen in the press, e.g. "Aleksei Navalny". */
  @Column({ type: 'simple-json' })
  variants!: string[];

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_at', type: TIMESTAMP })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: TIMESTAMP })
  updatedAt!: Date;
}
