import { normaliseText, words } from '../common/text/normalise.rules.js';
import { qualityCeiling } from './match-quality.rules.js';
import { KeyPostings } from './key-postings.rules.js';
import { SequenceStore } from './sequence-store.rules.js';
import {
  CandidateHeap,
  compareEntry,
  RankedMatches,
  type TmEntry,
  type TmMatch,
  type TmSearchOptions,
} from './tm-ranking.rules.js';
import { estimatedShare, QueryAlignment } from './word-alignment.rules.js';

// A word is keyed by its first letters: a crude stem that lets "Мемориала" find "Мемориал"
// and an edited case ending still count as a shared word, at no stemming cost.
const KEY_LETTERS = 5;
// Keys found in more than this share of the entries ("в", "по", "и") would make every
// search walk most of the index while telling entries apart hardly at all.
const COMMON_SHARE = 0.3;
const COMMON_MIN_ENTRIES = 2_000;
// Shared words, counted without order, pick this many entries to align word by word...
const POOL = 1_536;
// ...and the best aligned go on to the exact edit distance, which costs about
// (query length / 32) × entry length: this budget allows ~64 paragraph-sized candidates
// (a few milliseconds) and many more for short queries.
const DISTANCE_BUDGET = 64 * 19 * 600;
const MIN_CANDIDATES = 64;
const MAX_CANDIDATES = 512;
// When the best match so far is weak, many entries are about equally (un)like the query
// and the estimates are least sure of their order: half as many candidates again are
// compared. A strong match ends the search at the first round.
const WEAK_MATCH = 60;
const MORE_CANDIDATES = 1.5;

/** Keys of a text's words, each weighted by its longest word plus the space after it. */
function weightedKeys(words: readonly string[]): Map<string, number> {
  const keys = new Map<string, number>();
  for (const word of words) {
    const key = word.length > KEY_LETTERS ? word.slice(0, KEY_LETTERS) : word;
    keys.set(key, Math.max(keys.get(key) ?? 0, word.length + 1));
  }
  return keys;
}

function candidateCount(queryLength: number): number {
  const perCandidate = Math.ceil(queryLength / 32) * Math.max(queryLength, 1);
  const affordable = Math.floor(DISTANCE_BUDGET / perCandidate);
  return Math.min(MAX_CANDIDATES, Math.max(MIN_CANDIDATES, affordable));
}

/**
 * Translation memory of one language pair, in memory. A search narrows the entries in
 * three steps, each dearer and sharper than the one before: the words shared with the
 * query, counted without order, pick a pool; aligning the words in order (see
 * `QueryAlignment`, `estimatedShare`) picks the best few of it; the exact edit distance
 * ranks those. Only entries whose length could still reach `minQuality` are considered.
 * Qualities are always exact; which entries get compared is a heuristic, checked against
 * `bruteForceSearch` by the tests and by `bench/tm.bench.ts`.
 *
 * Kept per entry: the caller's entry object, the normalised length, and the words as
 * 32-bit hashes (in one shared typed array). Normal forms are recomputed for the few
 * candidates of a search rather than kept for every entry.
 */
export class TmIndex {
  private readonly slotById = new Map<number, number>();
  private readonly entries: (TmEntry | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  private readonly postings = new KeyPostings();
  private readonly sequences = new SequenceStore();
  private lengths = new Uint32Array(1024);
  private readonly pool = new CandidateHeap();
  private readonly candidates = new CandidateHeap();

  get size(): number {
    return this.slotById.size;
  }

  /** Adds an entry; an entry with the same id is replaced. */
  add(entry: TmEntry): void {
    this.remove(entry.id);
    const slot = this.freeSlots.pop() ?? this.entries.length;
    if (slot >= this.lengths.length) {
      const lengths = new Uint32Array(Math.max(slot + 1, this.lengths.length * 2));
      lengths.set(this.lengths);
      this.lengths = lengths;
    }
    const normalised = normaliseText(entry.source);
    const entryWords = words(normalised);
    this.entries[slot] = entry;
    this.lengths[slot] = normalised.length;
    this.slotById.set(entry.id, slot);
    this.postings.add(slot, weightedKeys(entryWords).keys());
    this.sequences.set(slot, entryWords);
  }

  remove(id: number): void {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    this.postings.remove(slot, weightedKeys(words(this.entries[slot]!.source)).keys());
    this.sequences.delete(slot);
    this.entries[slot] = undefined;
    this.slotById.delete(id);
    this.freeSlots.push(slot);
  }

  /** Best matches first, equal qualities by lower id. */
  search(query: string, options: TmSearchOptions = {}): TmMatch[] {
    const ranked = RankedMatches.for(options);
    if ((options.limit ?? 1) <= 0) return [];
    const normalisedQuery = normaliseText(query);
    const firstRound = candidateCount(normalisedQuery.length);
    let compared = 0;
    for (const slot of this.candidateSlots(normalisedQuery, ranked.threshold)) {
      if (compared++ >= firstRound && (ranked.matches[0]?.quality ?? 0) >= WEAK_MATCH) break;
      if (qualityCeiling(normalisedQuery.length, this.lengths[slot]!) < ranked.threshold) continue;
      const entry = this.entries[slot]!;
      compareEntry(normalisedQuery, entry, normaliseText(entry.source), ranked);
    }
    return ranked.matches;
  }

  private candidateSlots(normalisedQuery: string, minQuality: number): Iterable<number> {
    const queryLength = normalisedQuery.length;
    const queryWords = words(normalisedQuery);
    const keys = weightedKeys(queryWords);
    for (const key of keys.keys()) if (this.postings.frequency(key) === 0) keys.delete(key);
    // Nothing to look words up by ("***", "—"): only the length can narrow the search.
    if (keys.size === 0) return this.slotsOfReachableLength(queryLength, minQuality);

    const common = Math.max(COMMON_MIN_ENTRIES, this.size * COMMON_SHARE);
    const rare = new Map([...keys].filter(([key]) => this.postings.frequency(key) <= common));
    const reachable = (slot: number) =>
      qualityCeiling(queryLength, this.lengths[slot]!) >= minQuality;
    const share = (score: number, slot: number) =>
      score / Math.max(queryLength, this.lengths[slot]!);

    this.pool.reset(POOL);
    this.postings.score(rare.size > 0 ? rare : keys, (slot, score) => {
      if (reachable(slot)) this.pool.offer(slot, share(score, slot));
    });
    const alignment = new QueryAlignment(queryWords);
    this.candidates.reset(Math.round(candidateCount(queryLength) * MORE_CANDIDATES));
    for (const slot of this.pool.drainBestFirst()) {
      const aligned = this.sequences.align(slot, alignment);
      this.candidates.offer(slot, estimatedShare(aligned, queryLength, this.lengths[slot]!));
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
