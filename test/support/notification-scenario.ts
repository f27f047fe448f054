import { DataSource } from 'typeorm';
import { DomainEvents, type DomainEventMap } from '../../src/common/domain-events.js';
import { TransactionRunner } from '../../src/database/transaction-runner.js';
import { ReviewEvent } from '../../src/translations/review-event.entity.js';
import type { SignedInClient, TestApp } from './test-app.js';
import { api, createSource } from './workflow.js';

/**
 * Steps of the story the notification and inbox tests tell — a new text is translated, handed
 * over, reviewed and published — and a look into the `notification` table.
 */

export interface StoredNotification {
  kind: string;
  translationId: number | null;
  data: string;
  readAt: string | null;
}

/** A user's notifications, oldest first, as stored. */
export function notificationsOf(t: TestApp, userId: number): Promise<StoredNotification[]> {
  return t
    .get(DataSource)
    .query(
      `SELECT kind, translation_id AS "translationId", data, read_at AS "readAt" FROM notification WHERE user_id = ? ORDER BY id`,
      [userId],
    );
}

export async function notificationKindsOf(t: TestApp, userId: number): Promise<string[]> {
  return (await notificationsOf(t, userId)).map((n) => n.kind);
}

/** Adds a news text (two paragraphs in Russian, one in English) and returns its id. */
export async function addNewsSource(
  editor: SignedInClient,
  initiativeId: number,
  title: string,
  language = 'ru',
): Promise<number> {
  const body = language === 'ru' ? 'Первый абзац.\n\nВторой абзац.' : 'First paragraph.';
  return (await createSource(editor, initiativeId, body, title, { language })).id;
}

/** Raises a domain event in a transaction of its own, as the feature that owns it would. */
export function emit<K extends keyof DomainEventMap>(
  t: TestApp,
  name: K,
  payload: DomainEventMap[K],
): Promise<void> {
  return t.get(TransactionRunner).write((m) => t.get(DomainEvents).emit(m, name, payload));
}

/** The claimant drafts the first paragraph and releases the translation; `next` claims it. */
export async function handOver(
  translationId: number,
  claimant: SignedInClient,
  next: SignedInClient,
): Promise<void> {
  const units = (await api(claimant).get(`/api/v1/translations/${translationId}`).expect(200)).body
    .units;
  await api(claimant)
    .put(`/api/v1/translations/${translationId}/units/${units[1].id}`, {
      text: 'First paragraph.',
      version: units[1].version,
    })
    .expect(200);
  const { version } = (await api(claimant).get(`/api/v1/translations/${translationId}`).expect(200))
    .body;
  await api(claimant)
    .post(`/api/v1/translations/${translationId}/release`, { version })
    .expect(200);
  await api(next)
    .post(`/api/v1/translations/${translationId}/claim`, { version: version + 1 })
    .expect(200);
}

/** Records each reviewer's approval of the whole translation. */
export async function recordApprovals(
  t: TestApp,
  translationId: number,
  reviewerIds: number[],
): Promise<void> {
  await t.get(TransactionRunner).write(async (m) => {
    for (const actorId of reviewerIds) {
      await m.insert(ReviewEvent, {
        translationId,
        unitId: null,
        unitVersion: null,
        actorId,
        verdict: 'approve',
        selfApproval: false,
        comment: '',
        createdAt: new Date(),
      });
    }
  });
}

/**
 * Publishes the translation as /texts/detentions-at-a-rally (version 1) by writing the
 * publication row and raising `publication.published` for it.
 */
export async function publishDirectly(
  t: TestApp,
  translationId: number,
  actorId: number,
): Promise<void> {
  const db = t.get(DataSource);
  const [source] = await db.query(
    `SELECT s.id, s.initiative_id FROM source_text s JOIN translation t ON t.source_id = s.id WHERE t.id = ?`,
    [translationId],
  );
  await db.query(
    `INSERT INTO publication (translation_id, source_id, initiative_id, language, source_language, slug, version, title, summary, content, published_at)
     VALUES (?, ?, ?, 'en', 'ru', 'detentions-at-a-rally', 1, 'Detentions at a rally', '', ?, ?)`,
    [
      translationId,
      source.id,
      source.initiative_id,
      JSON.stringify({
        title: 'Detentions at a rally',
        originalTitle: '',
        blocks: [],
        footnotes: [],
        explainers: [],
        attribution: null,
        selfReviewed: false,
      }),
      new Date().toISOString(),
    ],
  );
  const [{ id: publicationId }] = await db.query(
    `SELECT id FROM publication WHERE translation_id = ?`,
    [translationId],
  );
  await emit(t, 'publication.published', { publicationId, translationId, actorId, version: 1 });
}
