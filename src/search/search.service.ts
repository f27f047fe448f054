import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DatePrecision } from '../common/partial-date.rules.js';
import type { TextLanguage } from '../config/language-pairs.rules.js';
import { NamesService, type NameEntry } from '../glossary/names.service.js';
import { nameExpansions } from './name-expansions.rules.js';
import { MAX_SEARCH_PAGE, SEARCH_PAGE_SIZE } from './search-filter.rules.js';
import { buildMatchQuery, buildTsQuery } from './search-query.rules.js';
import { DATABASE_DRIVER } from '../config/database-url.js';
import {
  SNIPPET_ELLIPSIS,
  SNIPPET_END,
  SNIPPET_START,
  snippetHtml,
  withTrailingPunctuation,
} from './search-snippet.rules.js';
import type { SearchKind } from './search-sources.rules.js';

export interface SearchQuery {
  q: string;
  language?: TextLanguage | undefined;
  initiativeId?: number | undefined;
  tag?: string | undefined;
  /** First day included, YYYY-MM-DD. */
  from?: string | undefined;
  /** Last day included, YYYY-MM-DD. */
  to?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

export interface SearchHit {
  kind: SearchKind;
  refId: number;
  title: string;
  url: string;
  language: TextLanguage;
  date: string | null;
  datePrecision: DatePrecision | null;
  initiativeId: number | null;
  /** Escaped text with <mark> around the words found: safe to put into HTML as it is. */
  snippetHtml: string;
}

export interface SearchResults {
  hits: SearchHit[];
  total: number;
  page: number;
  pageSize: number;
  /** Set instead of searching when the query has nothing to search for. */
  messageKey: string | null;
}

/**
 * Column weights for bm25 (title, text, stems): a word in the title counts most, a word as
 * typed more than another form of it. Title stems are also repeated in `stems`.
 */
const WEIGHTS = [10, 4, 1] as const;
const SNIPPET_TOKENS = 28;
/** The same weights for ts_rank, which takes them as {D, C, B, A} scaled to at most 1. */
const TS_WEIGHTS = `{0, ${WEIGHTS[2] / WEIGHTS[0]}, ${WEIGHTS[1] / WEIGHTS[0]}, 1}`;
const POSTGRES = DATABASE_DRIVER === 'postgres';
/**
 * ts_headline options close to the FTS5 snippet: one fragment around the match. Its word
 * count excludes punctuation, hence fewer words than FTS5's tokens.
 */
const HEADLINE_OPTIONS = `StartSel=${SNIPPET_START}, StopSel=${SNIPPET_END}, MaxWords=20, MinWords=10, ShortWord=0, MaxFragments=1, FragmentDelimiter=${SNIPPET_ELLIPSIS}`;
/**
 * ts_headline's parser drops anything shaped like an HTML tag, but the text is plain text
 * whose `<…>` readers must see (escaped), so brackets pass through as two control
 * characters indexed text never holds, and come back after.
 */
const HIDDEN_BRACKETS = ['<>', '\u0004\u0005'] as const;

interface HitRow {
  id: number;
  kind: SearchKind;
  ref_id: number;
  title: string;
  url: string;
  language: TextLanguage;
  date: string | null;
  date_precision: DatePrecision | null;
  initiative_id: number | null;
}

/** Full-text search over published texts and approved explainers, in both languages. */
@Injectable()
export class SearchService {
  private readonly logger = new Logger('Search');
  private expansions: { names: readonly NameEntry[]; expand: (word: string) => string[] } | null =
    null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly names: NamesService,
  ) {}

  async search(query: SearchQuery): Promise<SearchResults> {
    const page = Math.min(MAX_SEARCH_PAGE, Math.max(1, Math.floor(query.page ?? 1)));
    const pageSize = Math.min(100, Math.max(1, Math.floor(query.pageSize ?? SEARCH_PAGE_SIZE)));
    const empty = (messageKey: string | null): SearchResults => ({
      hits: [],
      total: 0,
      page,
      pageSize,
      messageKey,
    });
    const expander = await this.expander();
    const match = POSTGRES ? buildTsQuery(query.q, expander) : buildMatchQuery(query.q, expander);
    if (match === null) return empty('search:no-words');

    const conditions = [
      POSTGRES ? `search_document.vector @@ to_tsquery('simple', ?)` : 'search_document MATCH ?',
    ];
    const params: unknown[] = [match];
    if (query.language) {
      conditions.push('e.language = ?');
      params.push(query.language);
    }
    if (query.initiativeId !== undefined) {
      conditions.push('e.initiative_id = ?');
      params.push(query.initiativeId);
    }
    if (query.tag) {
      conditions.push(
        'EXISTS (SELECT 1 FROM search_entry_tag t WHERE t.entry_id = e.id AND t.tag = ?)',
      );
      params.push(query.tag);
    }
    if (query.from) {
      conditions.push('e.date >= ?');
      params.push(query.from);
    }
    if (query.to) {
      conditions.push('e.date <= ?');
      params.push(query.to);
    }
    const from = `FROM search_document JOIN search_entry e ON e.id = search_document.rowid
      WHERE ${conditions.join(' AND ')}`;
    try {
      const [counted] = await this.dataSource.query(`SELECT count(*) AS n ${from}`, params);
      const total = Number(counted.n);
      if (total === 0 || (page - 1) * pageSize >= total) return { ...empty(null), total };
      const rows: HitRow[] = await this.dataSource.query(
        `SELECT e.id, e.kind, e.ref_id, e.title, e.url, e.language, e.date, e.date_precision,
                e.initiative_id
           ${from}
          ORDER BY ${POSTGRES ? `ts_rank('${TS_WEIGHTS}', search_document.vector, to_tsquery('simple', ?)) DESC` : `bm25(search_document, ${WEIGHTS.join(', ')})`},
                   e.date DESC, e.id DESC
          LIMIT ? OFFSET ?`,
        [...params, ...(POSTGRES ? [match] : []), pageSize, (page - 1) * pageSize],
      );
      const snippets = await this.snippets(
        match,
        rows.map((r) => Number(r.id)),
      );
      return {
        hits: rows.map((row) => hit(row, snippets.get(Number(row.id)) ?? '')),
        total,
        page,
        pageSize,
        messageKey: null,
      };
    } catch (error) {
      // The expression is built to be valid whatever was typed; should FTS5 still refuse
      // one, the reader gets a message rather than an error page.
      if (!/fts5|tsquery|syntax error|unterminated/i.test((error as Error).message)) throw error;
      this.logger.warn(`the full-text index refused a query: ${(error as Error).message}`);
      return empty('search:unreadable');
    }
  }

  /**
   * Snippets of the page shown only: in the ranking query SQLite would cut one from every
   * matching text before sorting, which costs more than the search itself.
   */
  private async snippets(match: string, ids: number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    if (POSTGRES) {
      const rows: { id: number; snippet: string | null; text: string }[] =
        await this.dataSource.query(
          `SELECT rowid AS id, text,
                  translate(ts_headline('simple', translate(text, ?, ?), to_tsquery('simple', ?), ?),
                            ?, ?) AS snippet
             FROM search_document WHERE rowid IN (${ids.map(() => '?').join(', ')})`,
          [...HIDDEN_BRACKETS, match, HEADLINE_OPTIONS, ...[...HIDDEN_BRACKETS].reverse(), ...ids],
        );
      return new Map(
        rows.map((r) => [Number(r.id), withTrailingPunctuation(r.snippet ?? '', r.text)]),
      );
    }
    const rows: { id: number; snippet: string | null }[] = await this.dataSource.query(
      `SELECT rowid AS id, snippet(search_document, 1, ?, ?, ?, ${SNIPPET_TOKENS}) AS snippet
         FROM search_document
        WHERE search_document MATCH ? AND rowid IN (${ids.map(() => '?').join(', ')})`,
      [SNIPPET_START, SNIPPET_END, SNIPPET_ELLIPSIS, match, ...ids],
    );
    return new Map(rows.map((r) => [Number(r.id), r.snippet ?? '']));
  }

  /** Initiatives that have texts in the index, for the filter. */
  async initiativeIds(): Promise<number[]> {
    const rows: { id: number }[] = await this.dataSource.query(
      `SELECT DISTINCT initiative_id AS id FROM search_entry WHERE initiative_id IS NOT NULL`,
    );
    return rows.map((r) => Number(r.id));
  }

  /** Name-list expansions, rebuilt when the list changes (it is a new array then). */
  private async expander(): Promise<(word: string) => string[]> {
    const names = await this.names.entries();
    if (this.expansions?.names !== names)
      this.expansions = { names, expand: nameExpansions(names) };
    return this.expansions.expand;
  }
}

function hit(row: HitRow, snippet: string): SearchHit {
  return {
    kind: row.kind,
    refId: Number(row.ref_id),
    title: row.title,
    url: row.url,
    language: row.language,
    date: row.date,
    datePrecision: row.date_precision,
    initiativeId: row.initiative_id === null ? null : Number(row.initiative_id),
    snippetHtml: snippetHtml(snippet),
  };
}
