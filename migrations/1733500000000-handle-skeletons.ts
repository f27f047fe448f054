import type { MigrationInterface, QueryRunner } from 'typeorm';
import { handleSkeleton } from '../src/users/handle-skeleton.rules.js';

/**
 * Handle keys become confusable skeletons. Where existing accounts already look alike, one
 * gets the skeleton and the others keep their old keys, so nobody is locked out; new lookalikes
 * are refused.
 */
export class HandleSkeletons1733500000000 implements MigrationInterface {
  name = 'HandleSkeletons1733500000000';

  async up(db: QueryRunner): Promise<void> {
    const users = (await db.query(
      `SELECT "id", "handle", "handle_key" AS "key" FROM "user" WHERE "handle" IS NOT NULL ORDER BY "id"`,
    )) as { id: number; handle: string; key: string }[];
    // Per skeleton, the account already holding it as its key keeps it, else the oldest one.
    const holder = new Map<string, { id: number; key: string }>();
    for (const user of users) {
      const skeleton = handleSkeleton(user.handle);
      const current = holder.get(skeleton);
      if (!current || (user.key === skeleton && current.key !== skeleton))
        holder.set(skeleton, user);
    }
    const keyOf = new Map<number, string>();
    for (const user of users) keyOf.set(user.id, user.key);
    for (const [skeleton, user] of holder) keyOf.set(user.id, skeleton);
    await db.query(`UPDATE "user" SET "handle_key" = NULL WHERE "handle" IS NOT NULL`);
    for (const [id, key] of keyOf) {
      await db.query(`UPDATE "user" SET "handle_key" = ? WHERE "id" = ?`, [key, id]);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE "user" SET "handle_key" = lower("handle") WHERE "handle" IS NOT NULL`);
  }
}
