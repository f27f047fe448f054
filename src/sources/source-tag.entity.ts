import { Entity, PrimaryColumn } from 'typeorm';

@Entity('source_tag')
export class SourceTag {
  @PrimaryColumn({ name: 'source_id', type: 'integer' })
  sourceId!: number;

  @PrimaryColumn({ type: 'varchar', length: 60 })
  tag!: string;
}
