import { Command, CommandRunner } from 'nest-commander';
import { DataSource } from 'typeorm';
import { DatabaseBackupService } from '../database/database-backup.service.js';
import { CliIo } from './cli-io.js';

@Command({
  name: 'db:migrate',
  description: 'Run pending migrations (the app also runs them at start)',
})
export class DbMigrateCommand extends CommandRunner {
  constructor(
    private readonly dataSource: DataSource,
    private readonly io: CliIo,
  ) {
    super();
  }

  async run(): Promise<void> {
    const applied = await this.dataSource.runMigrations({ transaction: 'each' });
    const rows = (await this.dataSource.query(`SELECT name FROM migrations ORDER BY id`)) as {
      name: string;
    }[];
    this.io.print(
      `${applied.length} migration(s) applied now; ${rows.length} in the database: ${rows.map((r) => r.name).join(', ')}`,
    );
  }
}

@Command({
  name: 'db:backup',
  arguments: '<file>',
  description: 'Write a consistent copy of the database, safe while the app runs',
})
export class DbBackupCommand extends CommandRunner {
  constructor(
    private readonly backups: DatabaseBackupService,
    private readonly io: CliIo,
  ) {
    super();
  }

  async run([file]: string[]): Promise<void> {
    const result = await this.backups.backup(file!);
    this.io.print(`Backup written to ${result.file} (${result.size}).`);
  }
}

@Command({
  name: 'db:restore',
  arguments: '<file>',
  description:
    'Replace the database with a backup (stop the app first); the current one is kept beside it',
})
export class DbRestoreCommand extends CommandRunner {
  constructor(
    private readonly backups: DatabaseBackupService,
    private readonly io: CliIo,
  ) {
    super();
  }

  async run([file]: string[]): Promise<void> {
    const { safetyCopy } = await this.backups.restore(file!);
    this.io.print(
      `Database restored from ${file}. The previous database was kept as ${safetyCopy}.`,
    );
  }
}
