import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, sessions, invitations, API tokens, audit log, content pages and the timeline. */
export class Foundation1732300000000 implements MigrationInterface {
  name = 'Foundation1732300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "user" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "handle" varchar(32),
      "handle_key" varchar(32) UNIQUE,
      "email" varchar(254),
      "password_hash" varchar(200),
      "roles" text NOT NULL DEFAULT '[]',
      "language_pairs" text NOT NULL DEFAULT '[]',
      "disabled" boolean NOT NULL DEFAULT (0),
      "deleted_at" datetime,
      "created_at" datetime NOT NULL,
      "updated_at" datetime NOT NULL,
      "version" integer NOT NULL DEFAULT (1)
    )`);
    await db.query(`CREATE TABLE "session" (
      "id" varchar(64) PRIMARY KEY NOT NULL,
      "user_id" integer REFERENCES "user" ("id") ON DELETE CASCADE,
      "csrf_token" varchar(64) NOT NULL,
      "created_at" datetime NOT NULL,
      "last_seen_at" datetime NOT NULL,
      "expires_at" datetime NOT NULL
    )`);
    await db.query(`CREATE INDEX "session_user" ON "session" ("user_id")`);
    await db.query(`CREATE INDEX "session_expires" ON "session" ("expires_at")`);
    await db.query(`CREATE TABLE "invitation" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "token_hash" varchar(64) NOT NULL UNIQUE,
      "roles" text NOT NULL,
      "language_pairs" text NOT NULL,
      "note" varchar(200) NOT NULL DEFAULT '',
      "created_by_id" integer REFERENCES "user" ("id") ON DELETE SET NULL,
      "created_at" datetime NOT NULL,
      "expires_at" datetime NOT NULL,
      "used_at" datetime,
      "used_by_id" integer REFERENCES "user" ("id") ON DELETE SET NULL,
      "revoked_at" datetime
    )`);
    await db.query(`CREATE TABLE "api_token" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "user_id" integer NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
      "name" varchar(80) NOT NULL,
      "token_hash" varchar(64) NOT NULL UNIQUE,
      "prefix" varchar(16) NOT NULL,
      "created_at" datetime NOT NULL,
      "last_used_at" datetime,
      "revoked_at" datetime
    )`);
    await db.query(`CREATE INDEX "api_token_user" ON "api_token" ("user_id")`);
    await db.query(`CREATE TABLE "audit_event" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "actor_id" integer REFERENCES "user" ("id") ON DELETE SET NULL,
      "action" varchar(64) NOT NULL,
      "object_type" varchar(32) NOT NULL,
      "object_id" varchar(64),
      "details" text NOT NULL DEFAULT '{}',
      "created_at" datetime NOT NULL
    )`);
    await db.query(
      `CREATE INDEX "audit_event_object" ON "audit_event" ("object_type", "object_id")`,
    );
    await db.query(`CREATE INDEX "audit_event_created" ON "audit_event" ("created_at")`);
    await db.query(`CREATE TABLE "content_page" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "slug" varchar(80) NOT NULL,
      "language" varchar(2) NOT NULL,
      "title" varchar(200) NOT NULL,
      "body" text NOT NULL,
      "version" integer NOT NULL DEFAULT (1),
      "updated_at" datetime NOT NULL,
      "updated_by_id" integer REFERENCES "user" ("id") ON DELETE SET NULL,
      CONSTRAINT "content_page_slug_language" UNIQUE ("slug", "language")
    )`);
    await db.query(`CREATE TABLE "timeline_event" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "date" varchar(10) NOT NULL,
      "precision" varchar(5) NOT NULL,
      "title_en" varchar(200) NOT NULL DEFAULT '',
      "title_ru" varchar(200) NOT NULL DEFAULT '',
      "summary_en" text NOT NULL,
      "summary_ru" text NOT NULL,
      "version" integer NOT NULL DEFAULT (1),
      "created_at" datetime NOT NULL,
      "updated_at" datetime NOT NULL
    )`);
    await db.query(`CREATE INDEX "timeline_event_date" ON "timeline_event" ("date")`);
    await db.query(`CREATE TABLE "timeline_event_tag" (
      "event_id" integer NOT NULL REFERENCES "timeline_event" ("id") ON DELETE CASCADE,
      "tag" varchar(60) NOT NULL,
      PRIMARY KEY ("event_id", "tag")
    )`);
    await db.query(`CREATE INDEX "timeline_event_tag_tag" ON "timeline_event_tag" ("tag")`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'timeline_event_tag',
      'timeline_event',
      'content_page',
      'audit_event',
      'api_token',
      'invitation',
      'session',
      'user',
    ]) {
      await db.query(`DROP TABLE "${table}"`);
    }
  }
}
