import { Inject, Injectable } from '@nestjs/common';
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';

interface RawDriver {
  databaseConnection: Database.Database;
}

/**
 * Backups use SQLite's online backup API: a consistent copy while the app keeps running and
 * writing. A restore checks the file first and keeps a copy of what it replaces.
 */
@Injectable()
export class DatabaseBackupService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** PostgreSQL has its own consistent online dump; copying it here would only be slower. */
  private refuseOnPostgres(): void {
    if (this.config.databaseUrl)
      throw new Error(
        'on PostgreSQL use pg_dump: `pg_dump -Fc "$DATABASE_URL" -f bridges.dump`, restore with `pg_restore --clean --if-exists -d "$DATABASE_URL" bridges.dump` (stop the app first)',
      );
  }

  async backup(file: string): Promise<{ file: string; pages: number }> {
    this.refuseOnPostgres();
    const target = resolve(file);
    if (target === this.config.databasePath)
      throw new Error('the backup file cannot be the database itself');
    mkdirSync(dirname(target), { recursive: true });
    const connection = (this.dataSource.driver as unknown as RawDriver).databaseConnection;
    const result = await connection.backup(target);
    return { file: target, pages: result.totalPages };
  }

  async restore(file: string): Promise<{ safetyCopy: string }> {
    this.refuseOnPostgres();
    const source = resolve(file);
    if (!existsSync(source)) throw new Error(`no such file: ${source}`);
    const backup = new Database(source, { readonly: true, fileMustExist: true });
    try {
      const check = backup.pragma('integrity_check', { simple: true });
      if (check !== 'ok')
        throw new Error(`the backup fails SQLite's integrity check: ${String(check)}`);
      const tables = backup
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('migrations', 'user')`,
        )
        .all() as { name: string }[];
      if (tables.length !== 2) throw new Error('this file is not a Bridges database');
      const safetyCopy = `${this.config.databasePath}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await this.backup(safetyCopy);
      await backup.backup(this.config.databasePath);
      // A backup from an older version gets the migrations it lacks.
      await this.dataSource.runMigrations({ transaction: 'each' });
      return { safetyCopy };
    } finally {
      backup.close();
    }
  }
}
