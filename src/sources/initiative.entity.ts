import { TIMESTAMP } from '../database/database-driver.js';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Licence } from './source-vocabulary.js';

/** A source organisation whose texts are translated. */
@Entity('initiative')
export class Initiative {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 80, unique: true })
  slug!: string;

  /** The name in its original script, e.g. «Мемориал». */
  @Column({ name: 'name_original', type: 'varchar', length: 200 })
  nameOriginal!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn!: string;

  @Column({ name: 'site_url', type: 'varchar', length: 2000, nullable: true })
  siteUrl!: string | null;

  @Column({ name: 'description_en', type: 'text', default: '' })
  descriptionEn!: string;

  @Column({ name: 'description_ru', type: 'text', default: '' })
  descriptionRu!: string;

  @Column({ name: 'default_licence', type: 'varchar', length: 32 })
  defaultLicence!: Licence;

  /** Designated an "undesirable organisation": working with it is prosecuted in Russia. */
  @Column({ type: 'boolean', default: false })
  undesirable!: boolean;

  @Column({ name: 'foreign_agent', type: 'boolean', default: false })
  foreignAgent!: boolean;

  /** The label Russian law makes a "foreign agent" print, shown with its texts where flagged. */
  @Column({ name: 'foreign_agent_label', type: 'text', default: '' })
  foreignAgentLabel!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_at', type: TIMESTAMP })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: TIMESTAMP })
  updatedAt!: Date;
}
