import { Inject, Injectable } from '@nestjs/common';
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { PostgresDump } from './postgres-dump.js';

interface RawDriver {
  databaseConnection: Database.Database;
}

/**
 * Backups on SQLite use its online backup API: a consistent copy while the app keeps running and
 * writing. A restore checks the file first and keeps a copy of what it replaces. On
 * PostgreSQL the same commands run pg_dump and pg_restore.
 */
@Injectable()
export class DatabaseBackupService {
  /** PostgreSQL has its own consistent online dump: pg_dump and pg_restore do the work. */
  private readonly postgres: PostgresDump | null;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.postgres = config.databaseUrl ? new PostgresDump(config.databaseUrl) : null;
  }

  async backup(file: string): Promise<{ file: string; size: string }> {
    if (this.postgres) {
      const dump = await this.postgres.backup(file);
      return { file: dump.file, size: `${dump.bytes} bytes, pg_dump custom format` };
    }
    const target = resolve(file);
    if (target === this.config.databasePath)
      throw new Error('the backup file cannot be the database itself');
    mkdirSync(dirname(target), { recursive: true });
    const connection = (this.dataSource.driver as unknown as RawDriver).databaseConnection;
    const result = await connection.backup(target);
    return { file: target, size: `${result.totalPages} pages` };
  }

  async restore(file: string): Promise<{ safetyCopy: string }> {
    if (this.postgres) {
      const restored = await this.postgres.restore(file);
      // A dump from an older version gets the migrations it lacks.
      await this.dataSource.runMigrations({ transaction: 'each' });
      return restored;
    }
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
