import { describe, expect, it } from 'vitest';
import { CandidateHeap, RankedMatches } from './tm-ranking.rules.js';

const match = (id: number, quality: number) => ({
  id,
  source: `s${id}`,
  target: `t${id}`,
  quality,
});

describe('RankedMatches', () => {
  it('keeps the best `limit` matches, ties by lower id, none below minQuality', () => {
    const ranked = new RankedMatches(3, 50);
    for (const [id, quality] of [
      [5, 70],
      [2, 49],
      [9, 90],
      [4, 70],
      [1, 60],
      [3, 70],
    ] as const) {
      ranked.offer(match(id, quality));
    }
    expect(ranked.matches.map((m) => [m.id, m.quality])).toEqual([
      [9, 90],
      [3, 70],
      [4, 70],
    ]);
  });

  it('raises the threshold to the last kept quality once full', () => {
    const ranked = RankedMatches.for({ limit: 2 });
    expect(ranked.threshold).toBe(50);
    ranked.offer(match(1, 80));
    expect(ranked.threshold).toBe(50);
    ranked.offer(match(2, 65));
    expect(ranked.threshold).toBe(65);
    expect(RankedMatches.for({ minQuality: 70 }).threshold).toBe(70);
  });
});

describe('CandidateHeap', () => {
  it('returns the slots with the best estimates, best first', () => {
    const heap = new CandidateHeap();
    heap.reset(3);
    [0.2, 0.9, 0.1, 0.5, 0.7, 0.3].forEach((estimate, slot) => heap.offer(slot, estimate));
    expect(heap.drainBestFirst()).toEqual([1, 4, 3]);
    expect(heap.drainBestFirst()).toEqual([]);
  });

  it('can be reused with a larger capacity', () => {
    const heap = new CandidateHeap();
    heap.reset(2);
    heap.offer(0, 1);
    heap.reset(200);
    for (let slot = 0; slot < 500; slot++) heap.offer(slot, (slot * 37) % 500);
    const best = heap.drainBestFirst();
    expect(best).toHaveLength(200);
    expect(best.map((slot) => (slot * 37) % 500)).toEqual(
      Array.from({ length: 200 }, (_, i) => 499 - i),
    );
  });
});
