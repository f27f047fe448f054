import { describe, expect, it } from 'vitest';
import {
  type AlignedSegment,
  type ExistingSegment,
  type NewParagraph,
  CHANGED_SIMILARITY,
  alignSegments,
  paragraphSimilarity,
  segmentHash,
} from './segment-alignment.rules.js';

const paragraphs = [
  'Верховный суд постановил ликвидировать «Мемориал».',
  'Организация обжаловала решение в апелляционной инстанции.',
  'Сотрудников задерживали на акциях против войны.',
  'Штраф по ст. 20.3.3 КоАП составляет до 100 тыс. руб.',
  'Правозащитники продолжают работать за границей.',
];

function existing(texts: string[], firstId = 1): ExistingSegment[] {
  return texts.map((text, position) => ({
    id: firstId + position,
    position,
    text,
    hash: segmentHash(text),
  }));
}

function fresh(texts: string[]): NewParagraph[] {
  return texts.map((text) => ({ text, hash: segmentHash(text) }));
}

/** The alignment in a compact form: kind and kept id per new paragraph, removed ids. */
function summary(old: string[], next: string[]): { segments: string[]; removed: number[] } {
  const { segments, removed } = alignSegments(existing(old), fresh(next));
  segments.forEach((segment, index) => expect(segment.position).toBe(index));
  return {
    segments: segments.map((s: AlignedSegment) =>
      s.kind === 'added' ? 'added' : `${s.kind} ${s.id}`,
    ),
    removed: removed.map((s) => s.id),
  };
}

describe('segmentHash', () => {
  it('is the SHA-256 of the text in NFC', () => {
    expect(segmentHash('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(segmentHash('И\u0306ошкар-Ола')).toBe(segmentHash('Йошкар-Ола'));
    expect(segmentHash('Мемориал')).not.toBe(segmentHash('Мемориал.'));
  });
});

describe('paragraphSimilarity', () => {
  it('compares word sets ignoring case, ё and punctuation', () => {
    expect(paragraphSimilarity('Её задержали!', 'ее задержали')).toBe(1);
    expect(paragraphSimilarity('один два', 'три четыре')).toBe(0);
    expect(paragraphSimilarity('один два три', 'один два четыре')).toBeCloseTo(2 / 3);
    expect(paragraphSimilarity('—', '—')).toBe(0);
  });
});

describe('alignSegments', () => {
  it('keeps every segment of an unchanged text', () => {
    expect(summary(paragraphs, paragraphs)).toEqual({
      segments: ['unchanged 1', 'unchanged 2', 'unchanged 3', 'unchanged 4', 'unchanged 5'],
      removed: [],
    });
  });

  it('marks an edit in the middle as changed, with the previous text', () => {
    const next = [...paragraphs];
    next[2] = 'Сотрудников задерживали на акциях против войны в Москве.';
    const { segments, removed } = alignSegments(existing(paragraphs), fresh(next));
    expect(segments[2]).toEqual({
      kind: 'changed',
      id: 3,
      position: 2,
      text: next[2],
      hash: segmentHash(next[2]),
      previousText: paragraphs[2],
    });
    expect(segments.filter((s) => s.kind === 'unchanged').map((s) => s.position)).toEqual([
      0, 1, 3, 4,
    ]);
    expect(removed).toEqual([]);
  });

  it('adds a paragraph inserted at the start and shifts the others', () => {
    const result = alignSegments(existing(paragraphs), fresh(['Новое вступление.', ...paragraphs]));
    expect(result.segments[0]).toEqual({
      kind: 'added',
      position: 0,
      text: 'Новое вступление.',
      hash: segmentHash('Новое вступление.'),
    });
    expect(result.segments.slice(1).map((s) => [s.kind, 'id' in s ? s.id : 0, s.position])).toEqual(
      [
        ['unchanged', 1, 1],
        ['unchanged', 2, 2],
        ['unchanged', 3, 3],
        ['unchanged', 4, 4],
        ['unchanged', 5, 5],
      ],
    );
  });

  it('removes a paragraph deleted at the end', () => {
    const { segments, removed } = alignSegments(
      existing(paragraphs),
      fresh(paragraphs.slice(0, 4)),
    );
    expect(segments.map((s) => s.kind)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
    expect(removed).toEqual([existing(paragraphs)[4]]);
  });

  it('keeps the segment of a paragraph moved to another place', () => {
    const [first, ...rest] = paragraphs;
    expect(summary(paragraphs, [...rest, first])).toEqual({
      segments: ['unchanged 2', 'unchanged 3', 'unchanged 4', 'unchanged 5', 'unchanged 1'],
      removed: [],
    });
  });

  it('matches duplicated paragraphs in order', () => {
    const refrain = 'Нет войне!';
    expect(
      summary([refrain, paragraphs[0], refrain], [refrain, paragraphs[0], refrain, refrain]),
    ).toEqual({
      segments: ['unchanged 1', 'unchanged 2', 'unchanged 3', 'added'],
      removed: [],
    });
    expect(summary([refrain, refrain, paragraphs[0]], [refrain, paragraphs[0]])).toEqual({
      segments: ['unchanged 1', 'unchanged 3'],
      removed: [2],
    });
  });

  it('adds and removes everything when the text is rewritten', () => {
    const rewritten = ['Совсем другой текст.', 'О другом событии.', 'Ничего общего с прежним.'];
    expect(summary(paragraphs, rewritten)).toEqual({
      segments: ['added', 'added', 'added'],
      removed: [1, 2, 3, 4, 5],
    });
  });

  it('tells a changed paragraph from a replaced one by the share of words kept', () => {
    const old = ['один два три четыре'];
    // Dice: 2·2/(4+4) = 0.5, just enough.
    expect(summary(old, ['один два пять шесть']).segments).toEqual(['changed 1']);
    expect(paragraphSimilarity('один два три четыре', 'один два пять шесть')).toBe(
      CHANGED_SIMILARITY,
    );
    // Dice: 2·1/(4+4) = 0.25.
    expect(summary(old, ['один семь пять шесть'])).toEqual({ segments: ['added'], removed: [1] });
  });

  it('pairs an edited paragraph past an unrelated insertion in the same gap', () => {
    const next = [
      paragraphs[0],
      'Вставленный абзац о другом.',
      'Организация обжаловала решение в кассационной инстанции.',
      ...paragraphs.slice(2),
    ];
    expect(summary(paragraphs, next).segments).toEqual([
      'unchanged 1',
      'added',
      'changed 2',
      'unchanged 3',
      'unchanged 4',
      'unchanged 5',
    ]);
  });

  it('pairs an edited paragraph past a deletion in the same gap', () => {
    const next = [
      paragraphs[0],
      'Сотрудников задерживали на акциях против войны и мобилизации.',
      ...paragraphs.slice(3),
    ];
    expect(summary(paragraphs, next)).toEqual({
      segments: ['unchanged 1', 'changed 3', 'unchanged 4', 'unchanged 5'],
      removed: [2],
    });
  });

  it('never pairs across an unchanged paragraph', () => {
    const next = [paragraphs[1], 'Верховный суд постановил ликвидировать «Мемориал» окончательно.'];
    expect(summary(paragraphs.slice(0, 2), next)).toEqual({
      segments: ['unchanged 2', 'added'],
      removed: [1],
    });
  });

  it('reads old segments in position order whatever order they come in', () => {
    const old = existing(paragraphs.slice(0, 3)).reverse();
    const { segments } = alignSegments(old, fresh(paragraphs.slice(0, 3)));
    expect(segments.map((s) => ('id' in s ? s.id : 0))).toEqual([1, 2, 3]);
  });

  it('handles empty texts on either side', () => {
    expect(alignSegments([], fresh(paragraphs.slice(0, 2))).segments.map((s) => s.kind)).toEqual([
      'added',
      'added',
    ]);
    expect(alignSegments(existing(paragraphs), [])).toEqual({
      segments: [],
      removed: existing(paragraphs),
    });
  });

  it('aligns a 2,000-paragraph text with one edit quickly', () => {
    const texts = Array.from(
      { length: 2000 },
      (_, i) => `Абзац номер ${i} о задержаниях на акциях.`,
    );
    const next = [...texts];
    next[1000] = 'Абзац номер 1000 о задержаниях на акциях в Москве.';
    const started = performance.now();
    const { segments, removed } = alignSegments(existing(texts), fresh(next));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(segments.filter((s) => s.kind === 'unchanged')).toHaveLength(1999);
    expect(segments[1000]).toMatchObject({ kind: 'changed', id: 1001, previousText: texts[1000] });
    expect(removed).toEqual([]);
  });

  it('aligns texts too large for the LCS table through unique paragraphs', () => {
    const texts = Array.from({ length: 3000 }, (_, i) => `Абзац ${i}: хроника репрессий.`);
    // Edits at both ends leave a middle of 3,000 × 3,000 cells, beyond the table.
    const next = texts.map((text, i) =>
      i % 500 === 0 && i !== 1500 ? `${text} Дополнено.` : text,
    );
    next.splice(1501, 1);
    next.push('Совсем новый абзац в конце.');
    const { segments, removed } = alignSegments(existing(texts), fresh(next));
    expect(segments).toHaveLength(3000);
    expect(segments.filter((s) => s.kind === 'changed').map((s) => ('id' in s ? s.id : 0))).toEqual(
      [1, 501, 1001, 2001, 2501],
    );
    expect(segments.filter((s) => s.kind === 'unchanged')).toHaveLength(2994);
    expect(segments.at(-1)?.kind).toBe('added');
    expect(removed.map((s) => s.id)).toEqual([1502]);
  });
});
