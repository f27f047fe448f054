import { createHash } from 'node:crypto';
import { words } from '../common/text/normalise.rules.js';

/**
 * When an editor changes a source text, its new paragraphs are aligned with the old
 * segments so that translations of unchanged segments are kept and those of edited ones
 * are marked outdated instead of lost.
 */

/** What one revision changed, segment by segment, as shown on the revision page. */
export interface RevisionChanges {
  changed: { segmentId: number; before: string; after: string }[];
  added: { segmentId: number; text: string }[];
  removed: { segmentId: number; text: string }[];
  unchanged: number;
}

export interface ExistingSegment {
  id: number;
  position: number;
  hash: string;
  text: string;
}

export interface NewParagraph {
  hash: string;
  text: string;
}

export type AlignedSegment =
  | { kind: 'unchanged'; id: number; position: number; text: string; hash: string }
  | {
      kind: 'changed';
      id: number;
      position: number;
      text: string;
      hash: string;
      previousText: string;
    }
  | { kind: 'added'; position: number; text: string; hash: string };

export interface Alignment {
  segments: AlignedSegment[];
  removed: ExistingSegment[];
}

/** An edited paragraph keeps its segment when at least this share of its words survives. */
export const CHANGED_SIMILARITY = 0.5;

/** Beyond this many cells the LCS table would cost too much memory; unique paragraphs anchor instead. */
const MAX_TABLE_CELLS = 4_000_000;

/** How far ahead an edited paragraph is looked for among the old ones of its gap. */
const PAIRING_WINDOW = 8;

export function segmentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC'), 'utf8').digest('hex');
}

/** Dice coefficient of the two paragraphs' word sets. */
export function paragraphSimilarity(a: string, b: string): number {
  return diceOfSets(new Set(words(a)), new Set(words(b)));
}

function diceOfSets(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

type Pair = [oldIndex: number, newIndex: number];

/** Longest common subsequence of a[aFrom, aTo) and b[bFrom, bTo), as index pairs in order. */
function commonSubsequence(
  a: Int32Array,
  b: Int32Array,
  aFrom: number,
  aTo: number,
  bFrom: number,
  bTo: number,
  out: Pair[],
): void {
  while (aFrom < aTo && bFrom < bTo && a[aFrom] === b[bFrom]) out.push([aFrom++, bFrom++]);
  const suffix: Pair[] = [];
  while (aTo > aFrom && bTo > bFrom && a[aTo - 1] === b[bTo - 1]) suffix.push([--aTo, --bTo]);
  const n = aTo - aFrom;
  const m = bTo - bFrom;
  if (n > 0 && m > 0) {
    if (n * m <= MAX_TABLE_CELLS) tableSubsequence(a, b, aFrom, aTo, bFrom, bTo, out);
    else anchoredSubsequence(a, b, aFrom, aTo, bFrom, bTo, out);
  }
  for (let k = suffix.length - 1; k >= 0; k--) out.push(suffix[k]);
}

function tableSubsequence(
  a: Int32Array,
  b: Int32Array,
  aFrom: number,
  aTo: number,
  bFrom: number,
  bTo: number,
  out: Pair[],
): void {
  const n = aTo - aFrom;
  const m = bTo - bFrom;
  const width = m + 1;
  // Lengths never exceed min(n, m) ≤ 2,000 under the cell limit, so 16 bits suffice.
  const rest = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      rest[i * width + j] =
        a[aFrom + i] === b[bFrom + j]
          ? rest[(i + 1) * width + j + 1] + 1
          : Math.max(rest[(i + 1) * width + j], rest[i * width + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[aFrom + i] === b[bFrom + j]) {
      out.push([aFrom + i++, bFrom + j++]);
    } else if (rest[(i + 1) * width + j] >= rest[i * width + j + 1]) {
      i += 1;
    } else {
      j += 1;
    }
  }
}

/**
 * Patience-style: paragraphs that occur once on each side and keep their order anchor the
 * alignment, and the stretches between anchors are aligned on their own.
 */
function anchoredSubsequence(
  a: Int32Array,
  b: Int32Array,
  aFrom: number,
  aTo: number,
  bFrom: number,
  bTo: number,
  out: Pair[],
): void {
  const counts = new Map<number, { inA: number; inB: number; at: number }>();
  for (let i = aFrom; i < aTo; i++) {
    const entry = counts.get(a[i]) ?? { inA: 0, inB: 0, at: i };
    entry.inA += 1;
    counts.set(a[i], entry);
  }
  const candidates: Pair[] = [];
  for (let j = bFrom; j < bTo; j++) {
    const entry = counts.get(b[j]);
    if (entry) entry.inB += 1;
  }
  for (let j = bFrom; j < bTo; j++) {
    const entry = counts.get(b[j]);
    if (entry && entry.inA === 1 && entry.inB === 1) candidates.push([entry.at, j]);
  }
  candidates.sort((x, y) => x[0] - y[0]);
  const anchors = increasingByNew(candidates);
  let i = aFrom;
  let j = bFrom;
  for (const [ai, bj] of anchors) {
    commonSubsequence(a, b, i, ai, j, bj, out);
    out.push([ai, bj]);
    i = ai + 1;
    j = bj + 1;
  }
  if (anchors.length > 0) commonSubsequence(a, b, i, aTo, j, bTo, out);
}

/** Longest run of pairs (sorted by old index) whose new indices increase too. */
function increasingByNew(pairs: Pair[]): Pair[] {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([, newIndex], k) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (pairs[tails[mid]][1] < newIndex) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[k] = tails[low - 1];
    tails[low] = k;
  });
  const result: Pair[] = [];
  for (let k = tails.length > 0 ? tails[tails.length - 1] : -1; k !== -1; k = previous[k]) {
    result.push(pairs[k]);
  }
  return result.reverse();
}

function internHashes(old: ExistingSegment[], next: NewParagraph[]): [Int32Array, Int32Array] {
  const ids = new Map<string, number>();
  const intern = (hash: string): number => {
    let id = ids.get(hash);
    if (id === undefined) ids.set(hash, (id = ids.size));
    return id;
  };
  return [
    Int32Array.from(old, (s) => intern(s.hash)),
    Int32Array.from(next, (p) => intern(p.hash)),
  ];
}

/**
 * A paragraph moved out of the common order is still the same text: it keeps its segment.
 * Duplicates are taken in order.
 */
function matchMoved(
  old: ExistingSegment[],
  next: NewParagraph[],
  oldFor: Int32Array,
  used: Uint8Array,
): void {
  const waiting = new Map<string, number[]>();
  old.forEach((segment, i) => {
    if (used[i]) return;
    const queue = waiting.get(segment.hash) ?? [];
    queue.push(i);
    waiting.set(segment.hash, queue);
  });
  next.forEach((paragraph, j) => {
    if (oldFor[j] !== -1) return;
    const i = waiting.get(paragraph.hash)?.shift();
    if (i === undefined) return;
    oldFor[j] = i;
    used[i] = 1;
  });
}

/** Within one gap between anchors, pairs edited paragraphs with the old ones they replace, in order. */
function pairEdited(
  old: ExistingSegment[],
  next: NewParagraph[],
  oldInGap: number[],
  newInGap: number[],
  edited: Map<number, number>,
): void {
  const wordsOf = new Map<number, Set<string>>();
  const oldWords = (i: number): Set<string> => {
    let set = wordsOf.get(i);
    if (!set) wordsOf.set(i, (set = new Set(words(old[i].text))));
    return set;
  };
  let from = 0;
  for (const j of newInGap) {
    const newWords = new Set(words(next[j].text));
    const to = Math.min(oldInGap.length, from + PAIRING_WINDOW);
    for (let k = from; k < to; k++) {
      if (diceOfSets(oldWords(oldInGap[k]), newWords) >= CHANGED_SIMILARITY) {
        edited.set(j, oldInGap[k]);
        from = k + 1;
        break;
      }
    }
  }
}

export function alignSegments(old: ExistingSegment[], next: NewParagraph[]): Alignment {
  const sorted = [...old].sort((x, y) => x.position - y.position);
  const [a, b] = internHashes(sorted, next);
  const anchors: Pair[] = [];
  commonSubsequence(a, b, 0, a.length, 0, b.length, anchors);

  const oldFor = new Int32Array(next.length).fill(-1);
  const used = new Uint8Array(sorted.length);
  for (const [i, j] of anchors) {
    oldFor[j] = i;
    used[i] = 1;
  }
  matchMoved(sorted, next, oldFor, used);

  const edited = new Map<number, number>();
  let oldStart = 0;
  let newStart = 0;
  for (const [ai, bj] of [...anchors, [sorted.length, next.length] as Pair]) {
    const oldInGap: number[] = [];
    const newInGap: number[] = [];
    for (let i = oldStart; i < ai; i++) if (!used[i]) oldInGap.push(i);
    for (let j = newStart; j < bj; j++) if (oldFor[j] === -1) newInGap.push(j);
    if (oldInGap.length > 0 && newInGap.length > 0)
      pairEdited(sorted, next, oldInGap, newInGap, edited);
    oldStart = ai + 1;
    newStart = bj + 1;
  }
  for (const i of edited.values()) used[i] = 1;

  const segments = next.map((paragraph, position): AlignedSegment => {
    const { text, hash } = paragraph;
    const same = oldFor[position];
    if (same !== -1) return { kind: 'unchanged', id: sorted[same].id, position, text, hash };
    const previous = edited.get(position);
    if (previous !== undefined) {
      const { id, text: previousText } = sorted[previous];
      return { kind: 'changed', id, position, text, hash, previousText };
    }
    return { kind: 'added', position, text, hash };
  });
  return { segments, removed: sorted.filter((_, i) => !used[i]) };
}
