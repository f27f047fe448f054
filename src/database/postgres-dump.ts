import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The commands an operator would type; printed when the tools are missing. */
export function pgDumpCommand(file: string): string {
  return `pg_dump --format=custom --dbname="$DATABASE_URL" --file=${file}`;
}
export function pgRestoreCommand(file: string): string {
  return `pg_restore --clean --if-exists --no-owner --single-transaction --dbname="$DATABASE_URL" ${file}`;
}

/**
 * Backups on PostgreSQL are pg_dump's consistent online snapshot (custom format), restores
 * pg_restore's, run as child processes with the URL the app uses. Without the client tools
 * the error names the exact command to run by hand.
 */
export class PostgresDump {
  constructor(private readonly url: string) {}

  async backup(file: string): Promise<{ file: string; bytes: number }> {
    const target = resolve(file);
    mkdirSync(dirname(target), { recursive: true });
    await this.tool(
      'pg_dump',
      ['--format=custom', `--dbname=${this.url}`, `--file=${target}`],
      () => pgDumpCommand(target),
    );
    return { file: target, bytes: statSync(target).size };
  }

  /** Checks the dump is one of a Bridges database, keeps a dump of the current one, restores. */
  async restore(file: string): Promise<{ safetyCopy: string }> {
    const source = resolve(file);
    if (!existsSync(source)) throw new Error(`no such file: ${source}`);
    let contents: string;
    try {
      contents = (await run('pg_restore', ['--list', source])).stdout;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw missing(pgRestoreCommand(source));
      throw new Error('this file is not a Bridges database (pg_restore cannot read it)');
    }
    if (!/ TABLE public migrations /.test(contents) || !/ TABLE public user /.test(contents))
      throw new Error('this file is not a Bridges database');
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const { file: safetyCopy } = await this.backup(
      join(dirname(source), `bridges-before-restore-${stamp}.dump`),
    );
    await this.tool(
      'pg_restore',
      [
        '--clean',
        '--if-exists',
        '--no-owner',
        '--single-transaction',
        `--dbname=${this.url}`,
        source,
      ],
      () => pgRestoreCommand(source),
    );
    return { safetyCopy };
  }

  private async tool(name: string, args: string[], command: () => string): Promise<void> {
    try {
      await run(name, args, { maxBuffer: 16 * 1024 * 1024 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw missing(command());
      throw new Error(`${name} failed: ${String((error as { stderr?: string }).stderr ?? error)}`);
    }
  }
}

function missing(command: string): Error {
  return new Error(`the PostgreSQL client tools are not installed here; run: ${command}`);
}
