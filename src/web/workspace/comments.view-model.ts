import type { RequestContext } from '../../auth/request-context.js';
import type { CommentItem, CommentThread } from '../../comments/comments.service.js';
import { safeLocalPath } from '../page.decorator.js';

export interface CommentView {
  id: number;
  anchor: string;
  author: string;
  body: string;
  created: string;
  createdIso: string;
}

export interface ThreadView extends CommentView {
  version: number;
  resolved: boolean;
  /** "Resolved by lipa", or null while open. */
  resolvedNote: string | null;
  replies: CommentView[];
  replyLabel: string;
  /** The resolve form: `resolved` is what the button sets. */
  resolve: { action: string; resolved: 'true' | 'false'; label: string };
}

export interface CommentGroupView {
  heading: string;
  /** The unit on the page, when the thread is about one that is still in the text. */
  unitHref: string | null;
  threads: ThreadView[];
}

export interface CommentsView {
  translationId: number;
  /** Where every form of the partial posts new comments and replies. */
  action: string;
  returnTo: string;
  countLabel: string;
  groups: CommentGroupView[];
  /** Units a new thread may be about, for the select of the new-comment form (empty: none shown). */
  units: { id: number; label: string }[];
}

const INTL_LOCALE = { en: 'en-GB', ru: 'ru-RU' } as const;

/**
 * The threads of a translation for `views/partials/comments.eta`: the whole translation first,
 * then unit by unit. Include it with `<%~ include('/partials/comments', it) %>` from a page whose
 * model has this as `comments`. `returnTo` is the page to come back to after posting (a local
 * path; anything else falls back to the translation).
 */
export function commentsView(
  ctx: RequestContext,
  threads: readonly CommentThread[],
  translationId: number,
  returnTo: string,
  options: { units?: readonly { id: number; position: number }[] } = {},
): CommentsView {
  const date = new Intl.DateTimeFormat(INTL_LOCALE[ctx.lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  const comment = (c: CommentItem): CommentView => ({
    id: c.id,
    anchor: `comment-${c.id}`,
    author: c.author ?? ctx.t('common:former-volunteer'),
    body: c.body,
    created: date.format(c.createdAt),
    createdIso: c.createdAt.toISOString(),
  });
  const groups: CommentGroupView[] = [];
  let group: CommentGroupView | undefined;
  let groupUnit: number | null | undefined;
  // Threads come in reading order, so a unit's threads are next to each other.
  for (const thread of threads) {
    if (!group || groupUnit !== thread.unitId) {
      groupUnit = thread.unitId;
      group = {
        heading:
          thread.unitId === null
            ? ctx.t('comments:group.translation')
            : thread.unitPosition === null
              ? ctx.t('comments:group.removed-unit')
              : ctx.t('comments:group.unit', { position: thread.unitPosition }),
        unitHref:
          thread.unitId !== null && thread.unitPosition !== null ? `#unit-${thread.unitId}` : null,
        threads: [],
      };
      groups.push(group);
    }
    const resolved = thread.resolvedAt !== null;
    group.threads.push({
      ...comment(thread),
      version: thread.version,
      resolved,
      resolvedNote: resolved
        ? ctx.t('comments:resolved-by', {
            handle: thread.resolvedBy ?? ctx.t('common:former-volunteer'),
          })
        : null,
      replies: thread.replies.map(comment),
      replyLabel: ctx.t('comments:reply-count', { count: thread.replies.length }),
      resolve: {
        action: `/workspace/comments/${thread.id}/resolve`,
        resolved: resolved ? 'false' : 'true',
        label: ctx.t(resolved ? 'comments:reopen' : 'comments:resolve'),
      },
    });
  }
  const total = threads.reduce((n, t) => n + 1 + t.replies.length, 0);
  return {
    translationId,
    action: `/workspace/translations/${translationId}/comments`,
    returnTo: safeLocalPath(returnTo, `/workspace/translations/${translationId}`),
    countLabel: ctx.t('comments:count', { count: total }),
    groups,
    units: (options.units ?? []).map((u) => ({
      id: u.id,
      label: ctx.t('comments:group.unit', { position: u.position }),
    })),
  };
}
