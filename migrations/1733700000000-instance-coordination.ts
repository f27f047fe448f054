import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What several app instances on one PostgreSQL database share: a generation per topic (moved in
 * the write transaction and announced with NOTIFY, see database/postgres-coordination.ts) and
 * the rate-limit windows. A single SQLite process keeps both in memory; the tables stay empty.
 */
export class InstanceCoordination1733700000000 implements MigrationInterface {
  name = 'InstanceCoordination1733700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE coordination_generation (topic varchar(40) PRIMARY KEY NOT NULL, value integer NOT NULL)`,
    );
    await db.query(
      `CREATE TABLE rate_limit_window (bucket varchar(20) NOT NULL, key varchar(128) NOT NULL, started_at bigint NOT NULL, count integer NOT NULL, PRIMARY KEY (bucket, key))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE rate_limit_window`);
    await db.query(`DROP TABLE coordination_generation`);
  }
}
