import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { notFound } from '../common/errors/domain-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { TEXT_LANGUAGES, type TextLanguage } from '../config/language-pairs.rules.js';
import type { UserSummary } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import {
  canSeeCurrentText,
  canSeeExplainer,
  canWriteExplainers,
  explainerActions,
} from './explainer-access.rules.js';
import type { ExplainerKind } from './explainer-input.rules.js';
import { sourceRecord } from './explainer-records.js';
import { ExplainerSource } from './explainer-source.entity.js';
import {
  publishedText,
  sortByLanguage,
  type ExplainerSourceRecord,
  type ExplainerText,
  type PublishedText,
} from './explainer-texts.js';
import { ExplainerVersion } from './explainer-version.entity.js';
import type { ExplainerAction, ExplainerState } from './explainer-workflow.rules.js';
import { Explainer } from './explainer.entity.js';

/** The working text of a language version, for those who may see it. */
export interface WorkingVersion extends ExplainerText {
  language: TextLanguage;
  status: ExplainerState;
  version: number;
  /** Null once the account is deleted (shown as "former volunteer"), or never set. */
  author: { id: number; handle: string | null } | null;
  /** Who approved the published text, when one exists. */
  reviewer: { id: number; handle: string | null } | null;
  selfApproved: boolean;
  reviewComment: string;
  updatedAt: Date;
  approvedAt: Date | null;
  /** What this person may do with the version now. */
  actions: ExplainerAction[];
}

export interface ExplainerLanguageVersion {
  language: TextLanguage;
  /** Null when the person may not see the text being worked on. */
  working: WorkingVersion | null;
  published: PublishedText | null;
}

export interface ExplainerDetail {
  id: number;
  slug: string;
  kind: ExplainerKind;
  createdAt: Date;
  updatedAt: Date;
  versions: ExplainerLanguageVersion[];
  /** Languages this person may start a version in (a translation). */
  canTranslateInto: TextLanguage[];
}

export interface ExplainerSummary {
  id: number;
  slug: string;
  kind: ExplainerKind;
  updatedAt: Date;
  languages: {
    language: TextLanguage;
    title: string;
    /** Null when the person sees only the approved text. */
    status: ExplainerState | null;
    published: boolean;
  }[];
}

/**
 * Explainers in the workspace: the texts being worked on are shown only to the people working
 * on them; anyone else sees at most the approved texts that readers see too.
 */
@Injectable()
export class ExplainerWorkspaceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The explainers this person may know of, most recently changed first. */
  async list(viewer: UserSummary): Promise<ExplainerSummary[]> {
    const explainers = await this.dataSource
      .getRepository(Explainer)
      .find({ order: { updatedAt: 'DESC', id: 'DESC' } });
    const versions = await this.dataSource.getRepository(ExplainerVersion).find({
      select: {
        id: true,
        explainerId: true,
        language: true,
        title: true,
        status: true,
        authorId: true,
        contributorIds: true,
        publishedTitle: true,
        publishedAt: true,
      },
    });
    return explainers.flatMap((explainer) => {
      const own = versions.filter((v) => v.explainerId === explainer.id);
      if (!canSeeExplainer(viewer, explainer, own.map(withPublished))) return [];
      const languages = sortByLanguage(own).flatMap((v) => {
        const working = canSeeCurrentText(viewer, v);
        if (!working && !v.publishedAt) return [];
        return [
          {
            language: v.language,
            title: working ? v.title : v.publishedTitle!,
            status: working ? v.status : null,
            published: v.publishedAt !== null,
          },
        ];
      });
      return [
        {
          id: explainer.id,
          slug: explainer.slug,
          kind: explainer.kind,
          updatedAt: explainer.updatedAt,
          languages,
        },
      ];
    });
  }

  /** One explainer for the workspace: 404 for anyone who may not know of it. */
  async detail(viewer: UserSummary, id: number): Promise<ExplainerDetail> {
    const explainer = await this.dataSource.getRepository(Explainer).findOneBy({ id });
    if (!explainer) throw notFound();
    const versions = sortByLanguage(
      await this.dataSource.getRepository(ExplainerVersion).findBy({ explainerId: id }),
    );
    if (!canSeeExplainer(viewer, explainer, versions.map(withPublished))) throw notFound();
    const visible = versions.filter((v) => canSeeCurrentText(viewer, v));
    const sources = await this.sourcesOf(visible.map((v) => v.id));
    const handles = await this.users.handlesOf(
      visible.flatMap((v) => [v.authorId, v.reviewerId]).filter((x): x is number => x !== null),
    );
    const person = (userId: number | null) =>
      userId === null ? null : { id: userId, handle: handles.get(userId) ?? null };
    const selfApproval = this.config.selfApproval === 'editor';
    return {
      id: explainer.id,
      slug: explainer.slug,
      kind: explainer.kind,
      createdAt: explainer.createdAt,
      updatedAt: explainer.updatedAt,
      // Someone else's unpublished version is not shown at all, not even as existing.
      versions: versions
        .filter((v) => v.publishedAt || visible.includes(v))
        .map((v) => ({
          language: v.language,
          working: visible.includes(v)
            ? {
                ...workingText(v, sources.get(v.id) ?? []),
                language: v.language,
                status: v.status,
                version: v.version,
                author: person(v.authorId),
                reviewer: person(v.reviewerId),
                selfApproved: v.selfApproved,
                reviewComment: v.reviewComment,
                updatedAt: v.updatedAt,
                approvedAt: v.approvedAt,
                actions: explainerActions(viewer, v, selfApproval),
              }
            : null,
          published: publishedText(v),
        })),
      canTranslateInto: canWriteExplainers(viewer)
        ? TEXT_LANGUAGES.filter((l) => !versions.some((v) => v.language === l))
        : [],
    };
  }

  /** Every explainer by its titles, for choosing one (the glossary's link). */
  async choices(): Promise<{ id: number; slug: string; titles: string[] }[]> {
    const [explainers, versions] = await Promise.all([
      this.dataSource.getRepository(Explainer).find({ order: { slug: 'ASC' } }),
      this.dataSource
        .getRepository(ExplainerVersion)
        .find({ select: { explainerId: true, language: true, title: true } }),
    ]);
    return explainers.map((e) => ({
      id: e.id,
      slug: e.slug,
      titles: sortByLanguage(versions.filter((v) => v.explainerId === e.id)).map((v) => v.title),
    }));
  }

  private async sourcesOf(versionIds: number[]): Promise<Map<number, ExplainerSourceRecord[]>> {
    const map = new Map<number, ExplainerSourceRecord[]>();
    if (versionIds.length === 0) return map;
    const rows = await this.dataSource.getRepository(ExplainerSource).find({
      where: { versionId: In(versionIds) },
      order: { position: 'ASC' },
    });
    for (const row of rows)
      map.set(row.versionId, [...(map.get(row.versionId) ?? []), sourceRecord(row)]);
    return map;
  }
}

function withPublished(v: ExplainerVersion) {
  return { ...v, published: v.publishedAt !== null };
}

function workingText(v: ExplainerVersion, sources: ExplainerSourceRecord[]): ExplainerText {
  return {
    title: v.title,
    shortText: v.shortText,
    longText: v.longText,
    asOf: v.asOf,
    sources,
  };
}
