import { Entity, PrimaryColumn } from 'typeorm';

@Entity('timeline_event_tag')
export class TimelineEventTag {
  @PrimaryColumn({ name: 'event_id', type: 'integer' })
  eventId!: number;

  @PrimaryColumn({ type: 'varchar', length: 60 })
  tag!: string;
}
