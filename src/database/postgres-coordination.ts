import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import {
  InstanceCoordination,
  type AttemptVerdict,
  type CoordinationTopic,
} from './instance-coordination.js';

const CHANNEL = 'bridges_changes';
const TOPICS: readonly CoordinationTopic[] = ['content', 'memory'];
const RECONNECT_MS = 1000;
/** Rate-limit windows that started longer ago than this are dropped by the hourly purge (the longest window is 15 minutes). */
const KEEP_WINDOWS_MS = 60 * 60 * 1000;

/**
 * Several app instances on one PostgreSQL database. An announcement moves the topic's row in
 * `coordination_generation` and sends `NOTIFY` in the same transaction, so it reaches the other
 * instances exactly when the change commits, in commit order. Each instance listens on its own
 * connection; a generation that skips a number, or a lost connection, means it may have missed
 * something, and its listeners are told to assume anything changed.
 */
export class PostgresCoordination extends InstanceCoordination {
  private readonly logger = new Logger('Coordination');
  /** Tells this instance's own announcements from the others'. */
  private readonly instance = randomBytes(6).toString('hex');
  private readonly seen = new Map<CoordinationTopic, number>();
  private client: pg.Client | null = null;
  private closed = false;
  private reconnecting: NodeJS.Timeout | undefined;

  constructor(
    private readonly url: string,
    private readonly dataSource: DataSource,
  ) {
    super();
  }

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (message) => this.heard(message.payload ?? ''));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
  }

  override async onModuleDestroy(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnecting);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  async announce(manager: EntityManager, topic: CoordinationTopic, payload = ''): Promise<void> {
    const [row] = (await manager.query(
      `INSERT INTO coordination_generation (topic, value) VALUES (?, 1)
       ON CONFLICT (topic) DO UPDATE SET value = coordination_generation.value + 1
       RETURNING value`,
      [topic],
    )) as { value: number }[];
    await manager.query(`SELECT pg_notify(?, ?)`, [
      CHANNEL,
      `${this.instance} ${topic} ${row!.value} ${payload}`,
    ]);
  }

  async tryExclusive(manager: EntityManager, job: string): Promise<boolean> {
    const [row] = (await manager.query(`SELECT pg_try_advisory_xact_lock(hashtext(?)) AS locked`, [
      `bridges:${job}`,
    ])) as { locked: number }[];
    return Boolean(row?.locked);
  }

  async takeAttempt(
    bucket: string,
    key: string,
    limit: number,
    windowMs: number,
  ): Promise<AttemptVerdict> {
    const now = Date.now();
    // One statement checks and counts: a window that has ended starts again at one; a key at
    // its limit stays there (blocked, not counted); otherwise the count moves by one.
    const [row] = (await this.query(
      `INSERT INTO rate_limit_window (bucket, key, started_at, count) VALUES ($1, $2, $3, 1)
       ON CONFLICT (bucket, key) DO UPDATE SET
         started_at = CASE WHEN rate_limit_window.started_at <= $4 THEN $3
                           ELSE rate_limit_window.started_at END,
         count = CASE WHEN rate_limit_window.started_at <= $4 THEN 1
                      WHEN rate_limit_window.count >= $5 THEN $5 + 1
                      ELSE rate_limit_window.count + 1 END
       RETURNING started_at, count`,
      [bucket, key, now, now - windowMs, limit],
    )) as { started_at: number; count: number }[];
    if (row!.count <= limit) return { blocked: false, retryAfterSeconds: 0 };
    return {
      blocked: true,
      retryAfterSeconds: Math.max(1, Math.ceil((Number(row!.started_at) + windowMs - now) / 1000)),
    };
  }

  async giveBack(bucket: string, key: string, limit: number): Promise<void> {
    // A blocked attempt left the count at limit + 1; giving one back frees exactly one.
    await this.query(
      `UPDATE rate_limit_window SET count = LEAST(count, $3) - 1 WHERE bucket = $1 AND key = $2`,
      [bucket, key, limit],
    );
  }

  async forget(bucket: string, key: string): Promise<void> {
    await this.query(`DELETE FROM rate_limit_window WHERE bucket = $1 AND key = $2`, [bucket, key]);
  }

  async forgetExpired(manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM rate_limit_window WHERE started_at < ?`, [
      Date.now() - KEEP_WINDOWS_MS,
    ]);
  }

  /** Rate limits are counted outside any write, each statement on its own. */
  private async query(sql: string, parameters: unknown[]): Promise<unknown[]> {
    return (await this.dataSource.query(sql, parameters)) as unknown[];
  }

  private heard(message: string): void {
    const [instance, topic, value, ...rest] = message.split(' ');
    if (!TOPICS.includes(topic as CoordinationTopic)) return;
    const generation = Number(value);
    const known = this.seen.get(topic as CoordinationTopic);
    this.seen.set(topic as CoordinationTopic, generation);
    const missed = known !== undefined && generation !== known + 1;
    if (missed) this.deliver(topic as CoordinationTopic, null);
    else if (instance !== this.instance) this.deliver(topic as CoordinationTopic, rest.join(' '));
  }

  private lost(client: pg.Client, error: Error | null): void {
    if (this.client !== client || this.closed) return;
    this.client = null;
    this.logger.warn(`lost the notification connection: ${error?.message ?? 'closed'}`);
    client.removeAllListeners();
    void client.end().catch(() => undefined);
    this.reconnect();
  }

  private reconnect(): void {
    this.reconnecting = setTimeout(() => {
      this.start().then(
        () => {
          // Whatever was announced meanwhile is unknown: start over from what the database holds.
          this.seen.clear();
          this.deliverToAll();
        },
        () => this.reconnect(),
      );
    }, RECONNECT_MS);
    this.reconnecting.unref();
  }
}
