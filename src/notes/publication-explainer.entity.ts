import { Entity, PrimaryColumn } from 'typeorm';

/** An explainer that a publication shows; written when publishing, read by explainer pages. */
@Entity('publication_explainer')
export class PublicationExplainer {
  @PrimaryColumn({ name: 'publication_id', type: 'integer' })
  publicationId!: number;

  @PrimaryColumn({ name: 'explainer_id', type: 'integer' })
  explainerId!: number;
}
