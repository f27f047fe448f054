import { alignedWords, wordHash, type QueryAlignment } from './word-alignment.rules.js';

/**
 * The words of every entry (those `QueryAlignment` looks at), in order, as 32-bit hashes in one shared typed array: about
 * four bytes a word and no object per entry. Space left by removed entries is reclaimed
 * once it outgrows the space in use.
 */
export class SequenceStore {
  private hashes = new Uint32Array(1 << 16);
  private used = 0;
  private garbage = 0;
  private starts = new Uint32Array(1024);
  private ends = new Uint32Array(1024);

  set(slot: number, entryWords: readonly string[]): void {
    const words = alignedWords(entryWords);
    this.delete(slot);
    if (slot >= this.starts.length) {
      const capacity = Math.max(slot + 1, this.starts.length * 2);
      this.starts = grown(this.starts, capacity);
      this.ends = grown(this.ends, capacity);
    }
    if (this.used + words.length > this.hashes.length) this.makeRoom(words.length);
    this.starts[slot] = this.used;
    for (const word of words) this.hashes[this.used++] = wordHash(word);
    this.ends[slot] = this.used;
  }

  delete(slot: number): void {
    if (slot >= this.starts.length) return;
    this.garbage += this.ends[slot]! - this.starts[slot]!;
    this.starts[slot] = this.ends[slot] = 0;
  }

  align(slot: number, alignment: QueryAlignment): number {
    if (slot >= this.starts.length) return 0;
    return alignment.score(this.hashes, this.starts[slot]!, this.ends[slot]!);
  }

  private makeRoom(needed: number): void {
    const live = this.used - this.garbage;
    const capacity = Math.max(this.hashes.length * (this.garbage > live ? 1 : 2), live + needed);
    const hashes = new Uint32Array(capacity);
    let used = 0;
    for (let slot = 0; slot < this.starts.length; slot++) {
      const start = this.starts[slot]!;
      const end = this.ends[slot]!;
      hashes.set(this.hashes.subarray(start, end), used);
      this.starts[slot] = used;
      used += end - start;
      this.ends[slot] = used;
    }
    this.hashes = hashes;
    this.used = used;
    this.garbage = 0;
  }
}

function grown(array: Uint32Array, capacity: number): Uint32Array<ArrayBuffer> {
  const larger = new Uint32Array(capacity);
  larger.set(array);
  return larger;
}
