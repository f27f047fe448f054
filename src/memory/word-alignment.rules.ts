/**
 * 32-bit FNV-1a hash of a word. The index stores each entry as a sequence of word hashes:
 * a fraction of the text's size, and no vocabulary of every word form ever seen. A rare
 * collision only nudges an estimate; qualities are always computed on the texts.
 */
export function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const TABLE_BITS = 10;

/**
 * Words of one or two letters ("в", "по", "на") repeat in every paragraph: aligning them
 * costs most of the work and tells texts apart least, so entries store and queries align
 * only longer words.
 */
export function alignedWords(words: readonly string[]): string[] {
  return words.filter((word) => word.length >= 3);
}

/**
 * The words of one query, ready to be aligned with many entries: estimates how many
 * characters two texts share in order, as the longest common subsequence of their words
 * weighted by word length (plus the space after it). Word order is what tells a text that
 * really resembles the query from one that merely uses the same vocabulary.
 *
 * Runs in time proportional to the pairs of equal words, not to the product of the
 * lengths (sparse dynamic programming with a prefix-maximum Fenwick tree), and allocates
 * nothing per entry.
 */
export class QueryAlignment {
  // Open-addressing table from word hash to the query's last position of that word;
  // earlier positions of the same word are chained through `previous`.
  private readonly tableHashes: Uint32Array;
  private readonly tableHeads: Int32Array;
  private readonly tableMask: number;
  private readonly previous: Int32Array;
  private readonly weights: Int32Array;
  private readonly tree: Int32Array;

  constructor(queryWords: readonly string[]) {
    const words = alignedWords(queryWords);
    const size = Math.max(1 << TABLE_BITS, 1 << Math.ceil(Math.log2(words.length * 2 + 1)));
    this.tableHashes = new Uint32Array(size);
    this.tableHeads = new Int32Array(size).fill(-1);
    this.tableMask = size - 1;
    this.previous = new Int32Array(words.length);
    this.weights = new Int32Array(words.length);
    this.tree = new Int32Array(words.length + 1);
    words.forEach((word, position) => {
      const hash = wordHash(word);
      const at = this.slotOf(hash);
      this.previous[position] = this.tableHeads[at]!;
      this.tableHashes[at] = hash;
      this.tableHeads[at] = position;
      this.weights[position] = word.length + 1;
    });
  }

  /** Weighted length of the longest common word subsequence with `sequence[start, end)`. */
  score(sequence: Uint32Array, start: number, end: number): number {
    const tree = this.tree;
    tree.fill(0);
    let best = 0;
    for (let j = start; j < end; j++) {
      // Query positions of this word, last first, so that one entry word never extends a
      // chain through another occurrence of itself.
      for (
        let position = this.tableHeads[this.slotOf(sequence[j]!)]!;
        position >= 0;
        position = this.previous[position]!
      ) {
        let value = 0;
        for (let i = position; i > 0; i -= i & -i) if (tree[i]! > value) value = tree[i]!;
        value += this.weights[position]!;
        for (let i = position + 1; i < tree.length; i += i & -i)
          if (tree[i]! < value) tree[i] = value;
        if (value > best) best = value;
      }
    }
    return best;
  }

  /** The table slot holding `hash`, or the empty slot where it would go. */
  private slotOf(hash: number): number {
    let at = hash & this.tableMask;
    while (this.tableHeads[at] !== -1 && this.tableHashes[at] !== hash)
      at = (at + 1) & this.tableMask;
    return at;
  }
}

/**
 * The share of the longer text that an edit script can keep, estimated from the characters
 * of the words aligned in order. Between aligned words, unrelated stretches still match
 * some letters by chance, and more of them when one stretch is much longer than the other
 * (the edit script picks the best-fitting letters out of the longer one): measured on
 * generated news paragraphs, about 6 % of the shorter stretch plus a quarter of the
 * logarithm of the ratio of their lengths. Without that allowance short entries that share
 * a sentence or two with a long query rank far below their real quality.
 */
export function estimatedShare(aligned: number, lengthA: number, lengthB: number): number {
  const restA = Math.max(lengthA - aligned, 1);
  const restB = Math.max(lengthB - aligned, 1);
  const shorter = Math.min(restA, restB);
  const chance = shorter * (0.06 + 0.25 * Math.log(Math.max(restA, restB) / shorter));
  return (aligned + chance) / Math.max(lengthA, lengthB, 1);
}
