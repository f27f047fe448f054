import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Events one feature raises and later features react to, inside the same transaction, without
 * the earlier feature importing the later one (sources know nothing of translations).
 */
export interface DomainEventMap {
  'source.revised': {
    sourceId: number;
    revision: number;
    actorId: number;
    changedSegmentIds: number[];
    addedSegmentIds: number[];
    removedSegmentIds: number[];
  };
  'translation.claimed': { translationId: number; actorId: number; claimantId: number };
  'translation.submitted': { translationId: number; actorId: number };
  'source.created': { sourceId: number; language: string; actorId: number | null };
  /** A unit was judged; `unitStatus` is where it stands now. */
  'unit.reviewed': {
    translationId: number;
    unitId: number;
    actorId: number;
    verdict: 'approve' | 'request_changes';
    unitStatus: string;
  };
  'translation.changes-requested': { translationId: number; actorId: number };
  'translation.approved': { translationId: number; actorId: number; selfApproved: boolean };
  'publication.published': {
    publicationId: number;
    translationId: number;
    actorId: number;
    version: number;
  };
  'publication.withdrawn': { translationId: number; actorId: number };
  /** An explainer's text in one language was approved: readers (and search) see the new text. */
  'explainer.approved': { explainerId: number; language: string; actorId: number };
  /** A comment was written; `mentionedUserIds` are the @handles it names. */
  'comment.created': {
    commentId: number;
    translationId: number;
    actorId: number;
    mentionedUserIds: number[];
  };
  /** The hourly purge (one instance at a time): features drop what has expired by `now`. */
  'expired.purge': { now: Date };
  /** An account was deleted: what features keep for that person goes with it. */
  'account.deleted': { userId: number };
  /** A unit reached `approved`: its pair joins the translation memory. */
  'unit.approved': {
    unitId: number;
    sourceLanguage: string;
    targetLanguage: string;
    sourceText: string;
    targetText: string;
  };
}

type Handler<K extends keyof DomainEventMap> = (
  manager: EntityManager,
  payload: DomainEventMap[K],
) => Promise<void>;

@Injectable()
export class DomainEvents {
  private readonly handlers = new Map<keyof DomainEventMap, Handler<keyof DomainEventMap>[]>();

  on<K extends keyof DomainEventMap>(name: K, handler: Handler<K>): void {
    const list = this.handlers.get(name) ?? [];
    list.push(handler as Handler<keyof DomainEventMap>);
    this.handlers.set(name, list);
  }

  async emit<K extends keyof DomainEventMap>(
    manager: EntityManager,
    name: K,
    payload: DomainEventMap[K],
  ): Promise<void> {
    for (const handler of this.handlers.get(name) ?? []) await handler(manager, payload);
  }
}
