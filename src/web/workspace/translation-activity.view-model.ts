import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../../auth/request-context.js';
import { AuditService } from '../../audit/audit.service.js';
import { I18nService } from '../../i18n/i18n.service.js';
import { UsersService } from '../../users/users.service.js';

export interface ActivityItem {
  id: number;
  time: string;
  timeIso: string;
  /** A handle, "former volunteer" for a deleted account, or "the system". */
  actor: string;
  /** The audit action, e.g. `translation.submitted`. */
  action: string;
  /** The action in words, or the action itself when it has none. */
  label: string;
  /** The unit it concerned, if any: the page may link `#unit-<id>`. */
  unitId: number | null;
  /** `key: value` pairs as recorded (people shown by handle). */
  details: string;
}

const LABELS: Record<string, string> = {
  'translation.started': 'audit:activity.translation.started',
  'translation.claimed': 'audit:activity.translation.claimed',
  'translation.released': 'audit:activity.translation.released',
  'translation.reassigned': 'audit:activity.translation.reassigned',
  'translation.submitted': 'audit:activity.translation.submitted',
  'translation.withdrawn': 'audit:activity.translation.withdrawn',
  'translation.source-changed': 'audit:activity.translation.source-changed',
  'translation.changes-requested': 'audit:activity.translation.changes-requested',
  'translation.approved': 'audit:activity.translation.approved',
  'translation.self-approved': 'audit:activity.translation.self-approved',
  'unit.edited': 'audit:activity.unit.edited',
  'unit.reverted': 'audit:activity.unit.reverted',
  'unit.approved': 'audit:activity.unit.approved',
  'unit.self-approved': 'audit:activity.unit.self-approved',
  'unit.changes-requested': 'audit:activity.unit.changes-requested',
  'publication.published': 'audit:activity.publication.published',
  'publication.withdrawn': 'audit:activity.publication.withdrawn',
  'footnote.added': 'audit:activity.footnote.added',
  'footnote.edited': 'audit:activity.footnote.edited',
  'footnote.removed': 'audit:activity.footnote.removed',
};

/** Details that name a person by id: shown by handle instead. */
const PERSON_KEYS = ['claimantId'];

/**
 * The activity of one translation: its audit events (`objectType: 'translation'`), newest
 * first. It does not check access: call it for a translation the page already loaded for
 * this user (`TranslationRecords.loadFor`).
 */
@Injectable()
export class TranslationActivityViews {
  constructor(
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly i18n: I18nService,
  ) {}

  async items(ctx: RequestContext, translationId: number, limit = 100): Promise<ActivityItem[]> {
    const { events } = await this.audit.list({
      objectType: 'translation',
      objectId: String(translationId),
      limit,
    });
    const people = events.flatMap((e) => [e.actorId, ...PERSON_KEYS.map((key) => e.details[key])]);
    const handles = await this.users.handlesOf(
      people.filter((id): id is number => typeof id === 'number'),
    );
    const person = (id: number) => handles.get(id) ?? ctx.t('common:former-volunteer');
    return events.map((e) => {
      const details = Object.fromEntries(
        Object.entries(e.details).map(([key, value]) =>
          PERSON_KEYS.includes(key) && typeof value === 'number'
            ? [key.replace(/Id$/, ''), person(value)]
            : [key, value],
        ),
      );
      const label = LABELS[e.action];
      return {
        id: e.id,
        time: this.i18n.formatDateTime(ctx.lang, e.createdAt),
        timeIso: e.createdAt.toISOString(),
        actor: e.actorId === null ? ctx.t('audit:system') : person(e.actorId),
        action: e.action,
        label: label ? ctx.t(label) : e.action,
        unitId: typeof e.details.unitId === 'number' ? e.details.unitId : null,
        details: describeDetails(details),
      };
    });
  }
}

/** `key: value` pairs, in the order they were recorded. */
export function describeDetails(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${value === null ? '—' : String(value)}`)
    .join(', ');
}
