import type { Translate } from '../i18n/i18n.service.js';
import type { NotificationKind } from './notification.entity.js';
import type { InboxEntry } from './notifications.service.js';

const MESSAGES: Record<NotificationKind, string> = {
  'changes-requested': 'notifications:message.changes-requested',
  approved: 'notifications:message.approved',
  published: 'notifications:message.published',
  mentioned: 'notifications:message.mentioned',
  'new-source': 'notifications:message.new-source',
};

export interface TranslatedNotification {
  message: string;
  /** The translation in the workspace, the source text, or the publication readers see. */
  href: string;
}

/** One inbox entry as a sentence in the reader's language, with where it leads. */
export function translateNotification(t: Translate, entry: InboxEntry): TranslatedNotification {
  const actor = entry.actor
    ? (entry.actor.handle ?? t('common:former-volunteer'))
    : t('notifications:someone');
  const message = t(MESSAGES[entry.kind], { actor, title: entry.title });
  return { message, href: hrefOf(entry) };
}

function hrefOf(entry: InboxEntry): string {
  if (entry.kind === 'new-source' && entry.sourceId !== null) {
    return `/workspace/sources/${entry.sourceId}`;
  }
  if (entry.kind === 'published' && entry.url) return entry.url;
  if (entry.translationId === null) return '/inbox';
  const translation = `/workspace/translations/${entry.translationId}`;
  return entry.kind === 'mentioned' && entry.commentId !== null
    ? `${translation}#comment-${entry.commentId}`
    : translation;
}
