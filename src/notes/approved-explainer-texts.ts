import { Injectable } from '@nestjs/common';
import type { TextLanguage } from '../config/language-pairs.rules.js';
import { TransactionRunner } from '../database/transaction-runner.js';

/** The approved snapshot of one explainer text in one language. */
export interface ApprovedExplainerText {
  explainerId: number;
  slug: string;
  language: TextLanguage;
  title: string;
  shortText: string;
  /** Markdown. */
  longText: string;
  /** As typed: "2024-11-01", "2024-11" or "2024". */
  asOf: string | null;
}

/**
 * Every approved explainer text, for the search index. It reads through the open transaction:
 * the index is rebuilt inside the approval that changed it.
 */
@Injectable()
export class ApprovedExplainerTexts {
  constructor(private readonly transactions: TransactionRunner) {}

  async all(): Promise<ApprovedExplainerText[]> {
    const rows: {
      explainerId: number;
      slug: string;
      language: TextLanguage;
      title: string | null;
      shortText: string | null;
      longText: string | null;
      asOf: string | null;
    }[] = await this.transactions.manager.query(
      `SELECT e.id AS "explainerId", e.slug AS slug, v.language AS language,
              v.published_title AS title, v.published_short AS "shortText",
              v.published_long AS "longText", v.published_as_of AS "asOf"
         FROM explainer_version v
         JOIN explainer e ON e.id = v.explainer_id
        WHERE v.published_at IS NOT NULL
        ORDER BY e.id, v.language`,
    );
    return rows.map((r) => ({
      explainerId: Number(r.explainerId),
      slug: r.slug,
      language: r.language,
      title: r.title ?? '',
      shortText: r.shortText ?? '',
      longText: r.longText ?? '',
      asOf: r.asOf,
    }));
  }
}
