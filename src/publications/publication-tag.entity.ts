import { Entity, PrimaryColumn } from 'typeorm';

@Entity('publication_tag')
export class PublicationTag {
  @PrimaryColumn({ name: 'publication_id', type: 'integer' })
  publicationId!: number;

  @PrimaryColumn({ type: 'varchar', length: 60 })
  tag!: string;
}
