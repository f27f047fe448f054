import { Column, Entity, PrimaryColumn } from 'typeorm';

export type CreditRole = 'translator' | 'reviewer';

/** Credits name users by id, so a deleted account is shown as "former volunteer" at once. */
@Entity('publication_credit')
export class PublicationCredit {
  @PrimaryColumn({ name: 'publication_id', type: 'integer' })
  publicationId!: number;

  @PrimaryColumn({ name: 'user_id', type: 'integer' })
  userId!: number;

  @PrimaryColumn({ type: 'varchar', length: 12 })
  role!: CreditRole;

  @Column({ name: 'self_reviewed', type: 'boolean', default: false })
  selfReviewed!: boolean;
}
