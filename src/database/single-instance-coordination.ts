import type { EntityManager } from 'typeorm';
import { RateLimiter } from './rate-limiter.rules.js';
import { InstanceCoordination, type AttemptVerdict } from './instance-coordination.js';

/**
 * SQLite: one process owns the database, so there is nobody to tell, every job is its own, and
 * rate limits are counters in memory (never written anywhere).
 */
export class SingleInstanceCoordination extends InstanceCoordination {
  private readonly limiters = new Map<string, RateLimiter>();

  async announce(): Promise<void> {}

  async tryExclusive(): Promise<boolean> {
    return true;
  }

  async takeAttempt(
    bucket: string,
    key: string,
    limit: number,
    windowMs: number,
  ): Promise<AttemptVerdict> {
    let limiter = this.limiters.get(bucket);
    if (!limiter) {
      limiter = new RateLimiter(limit, windowMs);
      this.limiters.set(bucket, limiter);
    }
    if (limiter.isBlocked(key))
      return { blocked: true, retryAfterSeconds: limiter.retryAfter(key) };
    limiter.hit(key);
    return { blocked: false, retryAfterSeconds: 0 };
  }

  async giveBack(bucket: string, key: string): Promise<void> {
    this.limiters.get(bucket)?.release(key);
  }

  async forget(bucket: string, key: string): Promise<void> {
    this.limiters.get(bucket)?.reset(key);
  }

  async forgetExpired(_manager: EntityManager): Promise<void> {}
}
