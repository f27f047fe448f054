import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { DomainEvents } from '../common/domain-events.js';
import { DomainError, ValidationFailed, notFound } from '../common/errors/domain-error.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { updateVersioned } from '../database/versioned-update.js';
import { canViewTranslation } from '../translations/translation-access.rules.js';
import { TranslationRecords } from '../translations/translation-records.js';
import { HANDLE_PATTERN } from '../users/user.dto.js';
import { handleKey, summariseUser, type UserSummary } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { MAX_COMMENT_LENGTH } from './comment.dto.js';
import { Comment } from './comment.entity.js';
import { mentionCandidates } from './mentions.rules.js';

export interface CommentInput {
  body: string;
  unitId?: number | undefined;
  parentId?: number | undefined;
}

/** One comment as it is shown: `author` is null for a deleted account ("former volunteer"). */
export interface CommentItem {
  id: number;
  translationId: number;
  unitId: number | null;
  parentId: number | null;
  authorId: number | null;
  author: string | null;
  body: string;
  createdAt: Date;
  resolvedAt: Date | null;
  resolvedBy: string | null;
  version: number;
}

export interface CommentThread extends CommentItem {
  /** The unit's place in the text (1 = the title); null for the whole translation or a removed unit. */
  unitPosition: number | null;
  replies: CommentItem[];
}

/**
 * Discussions on a translation and its units. Whoever may see the translation may read, write
 * and resolve; anyone else gets the same 404 as for the translation itself.
 */
@Injectable()
export class CommentsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly records: TranslationRecords,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  /** Threads in reading order: the whole translation first, then unit by unit, oldest first. */
  async threads(user: UserSummary, translationId: number): Promise<CommentThread[]> {
    await this.records.loadFor(user, translationId);
    const manager = this.records.manager;
    const [comments, units] = await Promise.all([
      manager.find(Comment, { where: { translationId }, order: { id: 'ASC' } }),
      this.records.units(translationId),
    ]);
    const positions = new Map(
      units.map(({ unit, segment }) => [unit.id, (segment.position ?? 0) + 1]),
    );
    const handles = await this.users.handlesOf(
      comments
        .flatMap((c) => [c.authorId, c.resolvedById])
        .filter((id): id is number => id !== null),
    );
    const threads = comments
      .filter((c) => c.parentId === null)
      .map((root) => ({
        ...toItem(root, handles),
        unitPosition: root.unitId === null ? null : (positions.get(root.unitId) ?? null),
        replies: comments.filter((c) => c.parentId === root.id).map((c) => toItem(c, handles)),
      }));
    return threads.sort((a, b) => threadRank(a) - threadRank(b) || a.id - b.id);
  }

  async create(
    user: UserSummary,
    translationId: number,
    input: CommentInput,
  ): Promise<CommentItem> {
    const body = input.body.trim();
    if (body === '') throw ValidationFailed.field('body', 'validation:required');
    if (body.length > MAX_COMMENT_LENGTH) {
      throw ValidationFailed.field('body', 'validation:max-length', {
        max: MAX_COMMENT_LENGTH,
        count: MAX_COMMENT_LENGTH,
      });
    }
    // Looked up before the write queue: the transaction itself only reads what it decides on.
    const named = await this.namedUsers(body);
    const comment = await this.transactions.write(async (m) => {
      const record = await this.records.loadFor(user, translationId);
      const place = await this.place(m, translationId, input);
      const saved = await m.save(
        m.create(Comment, {
          translationId,
          ...place,
          authorId: user.id,
          body,
          resolvedAt: null,
          resolvedById: null,
          version: 1,
          createdAt: new Date(),
        }),
      );
      // Someone who may not see the translation is not told about it: the mention stays text.
      const mentionedUserIds = named
        .filter((u) => canViewTranslation(u, record.participation))
        .map((u) => u.id);
      await this.audit.record(m, {
        actorId: user.id,
        action: 'comment.created',
        objectType: 'comment',
        objectId: saved.id,
        details: {
          translationId,
          unitId: saved.unitId,
          parentId: saved.parentId,
          mentions: mentionedUserIds.length,
        },
      });
      await this.events.emit(m, 'comment.created', {
        commentId: saved.id,
        translationId,
        actorId: user.id,
        mentionedUserIds,
      });
      return saved;
    });
    return toItem(comment, new Map([[user.id, user.handle]]));
  }

  /** Resolves or reopens a thread; carries the version read, a stale one is a conflict. */
  async setResolved(
    user: UserSummary,
    commentId: number,
    version: number,
    resolved: boolean,
  ): Promise<CommentItem> {
    const comment = await this.transactions.write(async (m) => {
      const current = await m.findOneBy(Comment, { id: commentId });
      if (!current) throw notFound();
      await this.records.loadFor(user, current.translationId);
      if (current.parentId !== null) throw new DomainError('invalid', 'comments:resolve-reply');
      if (current.version === version && (current.resolvedAt !== null) === resolved) return current;
      const updated = await updateVersioned(
        m,
        Comment,
        commentId,
        version,
        { resolvedAt: resolved ? new Date() : null, resolvedById: resolved ? user.id : null },
        (c) => ({ text: c.body, resolved: c.resolvedAt !== null }),
      );
      await this.audit.record(m, {
        actorId: user.id,
        action: resolved ? 'comment.resolved' : 'comment.reopened',
        objectType: 'comment',
        objectId: commentId,
        details: { translationId: current.translationId },
      });
      return updated;
    });
    const ids = [comment.authorId, comment.resolvedById].filter((id): id is number => id !== null);
    return toItem(comment, await this.users.handlesOf(ids));
  }

  /** Where a new comment goes: a reply joins its thread's root and the root's unit. */
  private async place(
    m: EntityManager,
    translationId: number,
    input: CommentInput,
  ): Promise<{ unitId: number | null; parentId: number | null }> {
    if (input.parentId !== undefined) {
      const parent = await m.findOneBy(Comment, { id: input.parentId, translationId });
      if (!parent) throw notFound();
      const root =
        parent.parentId === null
          ? parent
          : await m.findOneBy(Comment, { id: parent.parentId, translationId });
      if (!root) throw notFound();
      if (input.unitId !== undefined && input.unitId !== root.unitId) {
        throw ValidationFailed.field('unitId', 'comments:reply-elsewhere');
      }
      return { unitId: root.unitId, parentId: root.id };
    }
    if (input.unitId !== undefined) {
      // A unit of another translation, or of a removed segment, is not here.
      await this.records.unit(m, translationId, input.unitId);
      return { unitId: input.unitId, parentId: null };
    }
    return { unitId: null, parentId: null };
  }

  /** The existing, active accounts a comment names; unknown handles are plain text. */
  private async namedUsers(body: string): Promise<UserSummary[]> {
    const mentions = mentionCandidates(body, (text) => HANDLE_PATTERN.test(text));
    if (mentions.length === 0) return [];
    const byHandle = new Map(
      (await this.users.list())
        .filter((u) => u.handle !== null && !u.disabled)
        .map((u) => [handleKey(u.handle!), u]),
    );
    const named = new Map<number, UserSummary>();
    for (const candidates of mentions) {
      const user = candidates.map((c) => byHandle.get(handleKey(c))).find((u) => u !== undefined);
      if (user) named.set(user.id, summariseUser(user));
    }
    return [...named.values()];
  }
}

function toItem(c: Comment, handles: Map<number, string | null>): CommentItem {
  return {
    id: c.id,
    translationId: c.translationId,
    unitId: c.unitId,
    parentId: c.parentId,
    authorId: c.authorId,
    author: c.authorId === null ? null : (handles.get(c.authorId) ?? null),
    body: c.body,
    createdAt: c.createdAt,
    resolvedAt: c.resolvedAt,
    resolvedBy: c.resolvedById === null ? null : (handles.get(c.resolvedById) ?? null),
    version: c.version,
  };
}

/** The whole translation first, then units in text order, then units no longer in the text. */
function threadRank(thread: CommentThread): number {
  if (thread.unitId === null) return 0;
  return thread.unitPosition ?? Number.MAX_SAFE_INTEGER;
}
