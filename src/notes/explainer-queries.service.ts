import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { notFound } from '../common/errors/domain-error.js';
import { renderMarkdown } from '../common/text/markdown.rules.js';
import type { TextLanguage } from '../config/language-pairs.rules.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import type { ExplainerKind } from './explainer-input.rules.js';
import { publishedText, sortByLanguage, type PublishedText } from './explainer-texts.js';
import { ExplainerVersion } from './explainer-version.entity.js';
import { Explainer } from './explainer.entity.js';

/** An approved explainer as readers see it; `language` is that of the text shown. */
export interface ApprovedExplainer extends PublishedText {
  id: number;
  slug: string;
  kind: ExplainerKind;
  language: TextLanguage;
}

export interface ApprovedShort {
  id: number;
  slug: string;
  language: TextLanguage;
  title: string;
  shortText: string;
}

export interface ExplainerReaderPage extends ApprovedExplainer {
  /** The long text as safe HTML. */
  longHtml: string;
  /** Languages in which an approved text exists. */
  languages: TextLanguage[];
  /** Live publications showing it: the latest version of each text. */
  publications: { id: number; slug: string; title: string; language: TextLanguage }[];
}

/**
 * Explainers as readers see them: only approved snapshots ever leave here, never a text that
 * is being worked on.
 */
@Injectable()
export class ExplainerQueriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  /**
   * Every explainer readers may open, each in `language` or else in another approved language
   * (its `language` says which, so the page can mark it); two queries whatever their number.
   */
  async approvedExplainers(language: TextLanguage): Promise<ApprovedExplainer[]> {
    const versions = await this.dataSource.manager.find(ExplainerVersion, {
      where: { publishedAt: Not(IsNull()) },
    });
    const byExplainer = new Map<number, ExplainerVersion[]>();
    for (const v of versions)
      byExplainer.set(v.explainerId, [...(byExplainer.get(v.explainerId) ?? []), v]);
    if (byExplainer.size === 0) return [];
    const explainers = await this.dataSource.manager.findBy(Explainer, {
      id: In([...byExplainer.keys()]),
    });
    return explainers.map((e) => approved(e, pick(byExplainer.get(e.id)!, language)!));
  }

  /** The inline text for an article in `language`, with the same fallback as above. */
  async approvedShort(explainerId: number, language: TextLanguage): Promise<ApprovedShort | null> {
    const m = this.transactions.manager;
    const explainer = await m.findOneBy(Explainer, { id: explainerId });
    if (!explainer) return null;
    const found = pick(await this.approvedVersions(explainerId), language);
    if (!found) return null;
    return {
      id: explainer.id,
      slug: explainer.slug,
      language: found.language,
      title: found.publishedTitle!,
      shortText: found.publishedShort!,
    };
  }

  /**
   * Whether an approved text exists, in `language` or in any. An approved explainer that is
   * being edited again still counts: readers keep its approved snapshot.
   */
  async isApproved(explainerId: number, language?: TextLanguage): Promise<boolean> {
    return (await this.approvedVersions(explainerId)).some(
      (v) => language === undefined || v.language === language,
    );
  }

  /** For the publish gate: every id asked for, true when it has an approved text in `language`. */
  async approvalStateFor(
    explainerIds: number[],
    language: TextLanguage,
  ): Promise<Map<number, boolean>> {
    const state = new Map(explainerIds.map((id) => [id, false]));
    if (explainerIds.length === 0) return state;
    const rows = await this.transactions.manager.find(ExplainerVersion, {
      select: { explainerId: true },
      where: {
        explainerId: In([...state.keys()]),
        language,
        publishedAt: Not(IsNull()),
      },
    });
    for (const row of rows) state.set(row.explainerId, true);
    return state;
  }

  /** What the reader page of an explainer shows; 404 until a version is approved. */
  async readerPage(slug: string, language: TextLanguage): Promise<ExplainerReaderPage> {
    const explainer = await this.dataSource.getRepository(Explainer).findOneBy({ slug });
    if (!explainer) throw notFound();
    const versions = await this.approvedVersions(explainer.id);
    const found = pick(versions, language);
    if (!found) throw notFound();
    const shown = approved(explainer, found);
    const publications: {
      id: number;
      slug: string;
      title: string;
      language: TextLanguage;
    }[] = await this.dataSource.query(
      `SELECT p.id AS id, p.slug AS slug, p.title AS title, p.language AS language
         FROM publication_explainer pe
         JOIN publication p ON p.id = pe.publication_id
        WHERE pe.explainer_id = ? AND p.withdrawn_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM publication later
                           WHERE later.translation_id = p.translation_id AND later.version > p.version)
        ORDER BY p.published_at DESC, p.id DESC`,
      [explainer.id],
    );
    return {
      ...shown,
      longHtml: renderMarkdown(shown.longText),
      languages: sortByLanguage(versions).map((v) => v.language),
      publications: publications.map((p) => ({
        id: Number(p.id),
        slug: p.slug,
        title: p.title,
        language: p.language,
      })),
    };
  }

  private approvedVersions(explainerId: number) {
    return this.transactions.manager.find(ExplainerVersion, {
      where: { explainerId, publishedAt: Not(IsNull()) },
    });
  }
}

/** The version in the language asked for, or else any approved one. */
function pick(versions: ExplainerVersion[], language: TextLanguage): ExplainerVersion | undefined {
  return versions.find((v) => v.language === language) ?? sortByLanguage(versions)[0];
}

function approved(explainer: Explainer, v: ExplainerVersion): ApprovedExplainer {
  return {
    ...publishedText(v)!,
    id: explainer.id,
    slug: explainer.slug,
    kind: explainer.kind,
    language: v.language,
  };
}
