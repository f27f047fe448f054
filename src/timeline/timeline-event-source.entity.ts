import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A "Read more" link from a timeline event to a source text. */
@Entity('timeline_event_source')
export class TimelineEventSource {
  @PrimaryColumn({ name: 'event_id', type: 'integer' })
  eventId!: number;

  @PrimaryColumn({ name: 'source_id', type: 'integer' })
  sourceId!: number;

  @Column({ type: 'integer', default: 0 })
  position!: number;
}
