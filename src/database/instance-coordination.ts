import type { OnModuleDestroy } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * What changed, for instances that keep it in memory: `content` is anything a reader could see
 * (the audit service announces every audited change with its object type), `memory` the
 * translation memory of one pair.
 */
export type CoordinationTopic = 'content' | 'memory';

/** A payload, or `null` when announcements may have been missed: assume anything changed. */
export type AnnouncementListener = (payload: string | null) => void;

export interface AttemptVerdict {
  blocked: boolean;
  /** Seconds until the key may try again (0 when not blocked). */
  retryAfterSeconds: number;
}

/**
 * The part of running several app instances that differs by driver, chosen once at start:
 * one SQLite process needs nothing beyond its own memory, while instances on one PostgreSQL
 * database tell each other what changed (a generation row and NOTIFY), count rate limits in a
 * shared table and take advisory locks for jobs that one of them should run.
 */
export abstract class InstanceCoordination implements OnModuleDestroy {
  private readonly listeners = new Map<CoordinationTopic, AnnouncementListener[]>();

  /**
   * Inside the caller's write: moves the topic's generation and, once the write commits (never
   * if it rolls back), tells the other instances. This instance updates its own memory itself,
   * after its commit, as it always has.
   */
  abstract announce(
    manager: EntityManager,
    topic: CoordinationTopic,
    payload?: string,
  ): Promise<void>;

  /**
   * True when this write may run a job that only one instance should run at a time (another
   * instance holding it skips). The lock ends with the transaction.
   */
  abstract tryExclusive(manager: EntityManager, job: string): Promise<boolean>;

  /**
   * Counts one attempt for `key` in a fixed window, unless the key is already at its limit
   * (then it is blocked and nothing is counted). Check and count are one atomic step.
   */
  abstract takeAttempt(
    bucket: string,
    key: string,
    limit: number,
    windowMs: number,
  ): Promise<AttemptVerdict>;

  /** Gives back one counted attempt (a reserved one that turned out to succeed). */
  abstract giveBack(bucket: string, key: string, limit: number): Promise<void>;

  /** Forgets the key's window altogether. */
  abstract forget(bucket: string, key: string): Promise<void>;

  /** Drops rate-limit windows that ended long ago (run by the hourly purge). */
  abstract forgetExpired(manager: EntityManager): Promise<void>;

  /** Stops listening to the other instances (the app is closing). */
  async onModuleDestroy(): Promise<void> {}

  /** Hears what other instances announce. */
  onAnnouncement(topic: CoordinationTopic, listener: AnnouncementListener): void {
    this.listeners.set(topic, [...(this.listeners.get(topic) ?? []), listener]);
  }

  protected deliver(topic: CoordinationTopic, payload: string | null): void {
    for (const listener of this.listeners.get(topic) ?? []) listener(payload);
  }

  protected deliverToAll(): void {
    for (const topic of this.listeners.keys()) this.deliver(topic, null);
  }
}
