import type { InstanceCoordination } from '../database/instance-coordination.js';

/**
 * A table that readers take whole (terms, names), kept in memory: loaded on first use, shared
 * while it loads, dropped after every write.
 */
export class WholeTableCache<T> {
  private value: Promise<T> | null = null;

  constructor(private readonly load: () => Promise<T>) {}

  get(): Promise<T> {
    if (!this.value) {
      const loading = this.load();
      this.value = loading;
      // A failed load is not kept: the next read tries again.
      loading.catch(() => {
        if (this.value === loading) this.value = null;
      });
    }
    return this.value;
  }

  /**
   * Drops the cache whenever another instance announces a change to this table (audited with
   * `objectType`), or may have changed anything.
   */
  droppedOnAnnouncement(coordination: InstanceCoordination, objectType: string): this {
    coordination.onAnnouncement('content', (changed) => {
      if (changed === null || changed === objectType) this.value = null;
    });
    return this;
  }

  /**
   * Drops the cache once a write has finished, committed or not: a read made while the
   * transaction was open shares its connection and may have cached uncommitted rows.
   */
  async droppedAfter<W>(write: Promise<W>): Promise<W> {
    try {
      return await write;
    } finally {
      this.value = null;
    }
  }
}
