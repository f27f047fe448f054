import { normalisedMatchQuality, qualityCeiling } from './match-quality.rules.js';

export interface TmEntry {
  id: number;
  source: string;
  target: string;
}

export interface TmMatch {
  id: number;
  source: string;
  target: string;
  quality: number;
}

export interface TmSearchOptions {
  /** How many matches at most; 5 unless told. */
  limit?: number;
  /** The lowest quality worth showing a translator; 50 unless told. */
  minQuality?: number;
}

export const DEFAULT_LIMIT = 5;
export const DEFAULT_MIN_QUALITY = 50;

/** Best first; equal qualities by lower id, so the order never depends on insertion order. */
export function ranksBefore(a: TmMatch, b: TmMatch): boolean {
  return a.quality > b.quality || (a.quality === b.quality && a.id < b.id);
}

/**
 * The best matches found so far, at most `limit` of them. Also knows the quality a text
 * must reach to get in, so a search can skip texts whose length alone rules them out.
 */
export class RankedMatches {
  readonly matches: TmMatch[] = [];

  constructor(
    private readonly limit: number,
    private readonly minQuality: number,
  ) {}

  /** Texts whose quality ceiling is below this cannot enter (a tie on quality still can). */
  get threshold(): number {
    const last = this.matches.length >= this.limit ? this.matches[this.limit - 1] : undefined;
    return last ? Math.max(this.minQuality, last.quality) : this.minQuality;
  }

  static for(options: TmSearchOptions): RankedMatches {
    return new RankedMatches(
      options.limit ?? DEFAULT_LIMIT,
      options.minQuality ?? DEFAULT_MIN_QUALITY,
    );
  }

  offer(match: TmMatch): void {
    if (match.quality < this.minQuality) return;
    let at = this.matches.length;
    while (at > 0 && ranksBefore(match, this.matches[at - 1]!)) at--;
    if (at >= this.limit) return;
    this.matches.splice(at, 0, match);
    if (this.matches.length > this.limit) this.matches.pop();
  }
}

/** Compares a query in normal form with one entry, unless its length already rules it out. */
export function compareEntry(
  normalisedQuery: string,
  entry: TmEntry,
  normalisedSource: string,
  ranked: RankedMatches,
): void {
  if (qualityCeiling(normalisedQuery.length, normalisedSource.length) < ranked.threshold) return;
  const quality = normalisedMatchQuality(normalisedQuery, normalisedSource);
  ranked.offer({ id: entry.id, source: entry.source, target: entry.target, quality });
}

/**
 * The `capacity` entry slots with the best estimates, in a min-heap over typed arrays that
 * live as long as the index: a search allocates nothing per scored entry.
 */
export class CandidateHeap {
  private estimates = new Float64Array(64);
  private slots = new Uint32Array(64);
  private size = 0;
  private capacity = 0;

  reset(capacity: number): void {
    if (capacity > this.slots.length) {
      this.estimates = new Float64Array(capacity);
      this.slots = new Uint32Array(capacity);
    }
    this.capacity = capacity;
    this.size = 0;
  }

  offer(slot: number, estimate: number): void {
    if (this.size < this.capacity) {
      let at = this.size++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (this.estimates[parent]! <= estimate) break;
        this.estimates[at] = this.estimates[parent]!;
        this.slots[at] = this.slots[parent]!;
        at = parent;
      }
      this.estimates[at] = estimate;
      this.slots[at] = slot;
    } else if (this.capacity > 0 && estimate > this.estimates[0]!) {
      this.siftDownFromRoot(slot, estimate);
    }
  }

  /** The slots, best estimate first; leaves the heap empty. */
  drainBestFirst(): number[] {
    const best: number[] = new Array<number>(this.size);
    while (this.size > 0) {
      best[this.size - 1] = this.slots[0]!;
      const lastSlot = this.slots[this.size - 1]!;
      const lastEstimate = this.estimates[this.size - 1]!;
      this.size--;
      if (this.size > 0) this.siftDownFromRoot(lastSlot, lastEstimate);
    }
    return best;
  }

  private siftDownFromRoot(slot: number, estimate: number): void {
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.estimates[child + 1]! < this.estimates[child]!) child++;
      if (this.estimates[child]! >= estimate) break;
      this.estimates[at] = this.estimates[child]!;
      this.slots[at] = this.slots[child]!;
      at = child;
    }
    this.estimates[at] = estimate;
    this.slots[at] = slot;
  }
}
