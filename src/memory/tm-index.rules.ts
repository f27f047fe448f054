import { normaliseText, words } from '../common/text/normalise.rules.js';
import { qualityCeiling } from './match-quality.rules.js';
import { CandidateHeap, compareEntry, RankedMatches } from './tm-ranking.rules.js';

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

// A word is keyed by its first letters: a crude stem that lets "Мемориала" find "Мемориал"
// and an edited case ending still count as a shared word, at no stemming cost.
const KEY_LETTERS = 5;
// Keys found in more than this share of the entries ("в", "по", "суд") would make every
// search walk most of the index while telling the entries apart hardly at all.
const COMMON_SHARE = 0.04;
const COMMON_MIN_ENTRIES = 2_000;
// Edit distance costs about (query length / 32) × entry length; this budget allows ~64
// paragraph-sized candidates (a few milliseconds) and many more for short queries.
const DISTANCE_BUDGET = 64 * 19 * 600;
const MIN_CANDIDATES = 64;
const MAX_CANDIDATES = 512;

/** Keys of a text in normal form, each with the length of its longest word. */
function keysOf(normalised: string): Map<string, number> {
  const keys = new Map<string, number>();
  for (const word of words(normalised)) {
    const key = word.length > KEY_LETTERS ? word.slice(0, KEY_LETTERS) : word;
    keys.set(key, Math.max(keys.get(key) ?? 0, word.length));
  }
  return keys;
}

function candidateCount(queryLength: number): number {
  const perCandidate = Math.ceil(queryLength / 32) * Math.max(queryLength, 1);
  const affordable = Math.floor(DISTANCE_BUDGET / perCandidate);
  return Math.min(MAX_CANDIDATES, Math.max(MIN_CANDIDATES, affordable));
}

/**
 * Translation memory of one language pair, in memory. A search scores entries by the words
 * they share with the query (weighted by word length, since a shared long word saves more
 * edits), keeps the best few candidates whose length could still reach `minQuality`, and
 * runs the exact edit distance on those only. The index keeps the caller's entry objects
 * and, per entry, its normalised length and key postings; normal forms of the few
 * candidates are recomputed per search rather than kept for every entry.
 */
export class TmIndex {
  private readonly slotById = new Map<number, number>();
  private entries: (TmEntry | undefined)[] = [];
  private lengths = new Uint32Array(1024);
  private scores = new Float64Array(1024);
  private touched = new Uint32Array(1024);
  private readonly freeSlots: number[] = [];
  private readonly keyIds = new Map<string, number>();
  private readonly postings: Uint32Array[] = [];
  private readonly postingSizes: number[] = [];
  private readonly candidates = new CandidateHeap();

  get size(): number {
    return this.slotById.size;
  }

  /** Adds an entry; an entry with the same id is replaced. */
  add(entry: TmEntry): void {
    this.remove(entry.id);
    const slot = this.freeSlots.pop() ?? this.entries.length;
    if (slot >= this.lengths.length) this.grow(slot + 1);
    const normalised = normaliseText(entry.source);
    this.entries[slot] = entry;
    this.lengths[slot] = normalised.length;
    this.slotById.set(entry.id, slot);
    for (const key of keysOf(normalised).keys()) {
      let keyId = this.keyIds.get(key);
      if (keyId === undefined) {
        keyId = this.postings.length;
        this.keyIds.set(key, keyId);
        this.postings.push(new Uint32Array(4));
        this.postingSizes.push(0);
      }
      let posting = this.postings[keyId]!;
      const size = this.postingSizes[keyId]!;
      if (size === posting.length) {
        const larger = new Uint32Array(size * 2);
        larger.set(posting);
        this.postings[keyId] = posting = larger;
      }
      posting[size] = slot;
      this.postingSizes[keyId] = size + 1;
    }
  }

  remove(id: number): void {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    for (const key of keysOf(normaliseText(this.entries[slot]!.source)).keys()) {
      const keyId = this.keyIds.get(key)!;
      const posting = this.postings[keyId]!;
      const last = this.postingSizes[keyId]! - 1;
      posting[posting.subarray(0, last + 1).indexOf(slot)] = posting[last]!;
      this.postingSizes[keyId] = last;
    }
    this.entries[slot] = undefined;
    this.slotById.delete(id);
    this.freeSlots.push(slot);
  }

  /** Best matches first, equal qualities by lower id. */
  search(query: string, options: TmSearchOptions = {}): TmMatch[] {
    const ranked = RankedMatches.for(options);
    const normalisedQuery = normaliseText(query);
    const slots = this.candidateSlots(normalisedQuery, ranked.threshold);
    for (const slot of slots) {
      const entry = this.entries[slot]!;
      if (qualityCeiling(normalisedQuery.length, this.lengths[slot]!) < ranked.threshold) continue;
      compareEntry(normalisedQuery, entry, normaliseText(entry.source), ranked);
    }
    return ranked.matches;
  }

  private candidateSlots(normalisedQuery: string, minQuality: number): Iterable<number> {
    const keyIds: number[] = [];
    const weights: number[] = [];
    for (const [key, wordLength] of keysOf(normalisedQuery)) {
      const keyId = this.keyIds.get(key);
      if (keyId === undefined || this.postingSizes[keyId] === 0) continue;
      keyIds.push(keyId);
      weights.push(wordLength + 1);
    }
    // Nothing to look words up by ("***", "—"): only the length can narrow the search.
    if (keyIds.length === 0) return this.slotsOfReachableLength(normalisedQuery.length, minQuality);

    const common = Math.max(COMMON_MIN_ENTRIES, this.size * COMMON_SHARE);
    const hasRare = keyIds.some((keyId) => this.postingSizes[keyId]! <= common);
    let touchedCount = 0;
    for (let k = 0; k < keyIds.length; k++) {
      const keyId = keyIds[k]!;
      const size = this.postingSizes[keyId]!;
      if (hasRare && size > common) continue;
      const posting = this.postings[keyId]!;
      const weight = weights[k]!;
      for (let i = 0; i < size; i++) {
        const slot = posting[i]!;
        if (this.scores[slot] === 0) this.touched[touchedCount++] = slot;
        this.scores[slot] += weight;
      }
    }

    const queryLength = normalisedQuery.length;
    this.candidates.reset(candidateCount(queryLength));
    for (let i = 0; i < touchedCount; i++) {
      const slot = this.touched[i]!;
      const length = this.lengths[slot]!;
      if (qualityCeiling(queryLength, length) >= minQuality) {
        // Shared characters over the longer text: what the quality itself measures.
        this.candidates.offer(slot, this.scores[slot]! / Math.max(queryLength, length));
      }
      this.scores[slot] = 0;
    }
    return this.candidates.drainBestFirst();
  }

  private *slotsOfReachableLength(queryLength: number, minQuality: number): Iterable<number> {
    for (let slot = 0; slot < this.entries.length; slot++) {
      if (this.entries[slot] && qualityCeiling(queryLength, this.lengths[slot]!) >= minQuality) {
        yield slot;
      }
    }
  }

  private grow(needed: number): void {
    const capacity = Math.max(needed, this.lengths.length * 2);
    const lengths = new Uint32Array(capacity);
    lengths.set(this.lengths);
    this.lengths = lengths;
    this.scores = new Float64Array(capacity);
    this.touched = new Uint32Array(capacity);
  }
}

/** The reference search: compares the query with every entry. Checks `TmIndex` in tests. */
export function bruteForceSearch(
  entries: Iterable<TmEntry>,
  query: string,
  options: TmSearchOptions = {},
): TmMatch[] {
  const ranked = RankedMatches.for(options);
  const normalisedQuery = normaliseText(query);
  for (const entry of entries) {
    compareEntry(normalisedQuery, entry, normaliseText(entry.source), ranked);
  }
  return ranked.matches;
}
