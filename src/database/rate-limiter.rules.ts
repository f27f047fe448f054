/**
 * Fixed-window counters held in memory only. Keys may be handles or (hashed) client
 * addresses; nothing here is ever written to disk or logged.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly maxKeys = 50_000,
  ) {}

  isBlocked(key: string, now = Date.now()): boolean {
    const window = this.current(key, now);
    return window !== undefined && window.count >= this.limit;
  }

  /** Counts one event; returns true when the key is now at or over its limit. */
  hit(key: string, now = Date.now()): boolean {
    let window = this.current(key, now);
    if (!window) {
      if (this.windows.size >= this.maxKeys) this.prune(now);
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    return window.count >= this.limit;
  }

  /** Seconds until the key may try again (0 when not blocked). */
  retryAfter(key: string, now = Date.now()): number {
    const window = this.current(key, now);
    if (!window || window.count < this.limit) return 0;
    return Math.ceil((window.start + this.windowMs - now) / 1000);
  }

  /** Gives back one counted event (a reserved attempt that turned out to succeed). */
  release(key: string, now = Date.now()): void {
    const window = this.current(key, now);
    if (!window) return;
    window.count -= 1;
    if (window.count <= 0) this.windows.delete(key);
  }

  reset(key: string): void {
    this.windows.delete(key);
  }

  private current(key: string, now: number) {
    const window = this.windows.get(key);
    if (window && now - window.start >= this.windowMs) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.start >= this.windowMs) this.windows.delete(key);
    }
    // Under a flood of distinct keys, forget the oldest rather than grow without bound.
    while (this.windows.size >= this.maxKeys) {
      const oldest = this.windows.keys().next().value;
      if (oldest === undefined) break;
      this.windows.delete(oldest);
    }
  }
}
