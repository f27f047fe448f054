/**
 * Inverted index from word keys to the entry slots that contain them, in growable typed
 * arrays, with one reusable score array: the first, cheapest filter of a memory search.
 */
export class KeyPostings {
  private readonly keyIds = new Map<string, number>();
  private readonly postings: Uint32Array[] = [];
  private readonly sizes: number[] = [];
  private scores = new Float64Array(1024);
  private touched = new Uint32Array(1024);

  add(slot: number, keys: Iterable<string>): void {
    if (slot >= this.scores.length) {
      const capacity = Math.max(slot + 1, this.scores.length * 2);
      this.scores = new Float64Array(capacity);
      this.touched = new Uint32Array(capacity);
    }
    for (const key of keys) {
      let keyId = this.keyIds.get(key);
      if (keyId === undefined) {
        keyId = this.postings.length;
        this.keyIds.set(key, keyId);
        this.postings.push(new Uint32Array(4));
        this.sizes.push(0);
      }
      let posting = this.postings[keyId]!;
      const size = this.sizes[keyId]!;
      if (size === posting.length) {
        const larger = new Uint32Array(size * 2);
        larger.set(posting);
        this.postings[keyId] = posting = larger;
      }
      posting[size] = slot;
      this.sizes[keyId] = size + 1;
    }
  }

  remove(slot: number, keys: Iterable<string>): void {
    for (const key of keys) {
      const keyId = this.keyIds.get(key);
      if (keyId === undefined) continue;
      const posting = this.postings[keyId]!;
      const last = this.sizes[keyId]! - 1;
      const at = posting.subarray(0, last + 1).indexOf(slot);
      if (at < 0) continue;
      posting[at] = posting[last]!;
      this.sizes[keyId] = last;
    }
  }

  /** How many entries contain the key. */
  frequency(key: string): number {
    const keyId = this.keyIds.get(key);
    return keyId === undefined ? 0 : this.sizes[keyId]!;
  }

  /**
   * Adds up the weights of the given keys per slot and calls `visit` once for every slot
   * that has any of them, with its total; the scores are cleared again as they are visited.
   */
  score(weightedKeys: Map<string, number>, visit: (slot: number, score: number) => void): void {
    const scores = this.scores;
    const touched = this.touched;
    let count = 0;
    for (const [key, weight] of weightedKeys) {
      const keyId = this.keyIds.get(key);
      if (keyId === undefined) continue;
      const posting = this.postings[keyId]!;
      const size = this.sizes[keyId]!;
      for (let i = 0; i < size; i++) {
        const slot = posting[i]!;
        if (scores[slot] === 0) touched[count++] = slot;
        scores[slot] += weight;
      }
    }
    for (let i = 0; i < count; i++) {
      const slot = touched[i]!;
      visit(slot, scores[slot]!);
      scores[slot] = 0;
    }
  }
}
