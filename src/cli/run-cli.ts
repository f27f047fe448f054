import { CommandFactory, CommandRunnerService } from 'nest-commander';
import type { AppConfig } from '../config/app-config.js';
import { CliIo } from './cli-io.js';
import { CliModule } from './cli.module.js';

/**
 * Runs one CLI command; returns the exit code. nest-commander exits 0 when a command throws,
 * so failures are caught here and reported.
 */
export async function runCli(args: string[], config: AppConfig, io: CliIo): Promise<number> {
  let failed = false;
  const fail = (error: Error) => {
    failed = true;
    io.print(`Error: ${error.message}`);
  };
  const app = await CommandFactory.createWithoutRunning(CliModule.forRoot(config, io), {
    logger: ['fatal', 'error'],
    abortOnError: false,
    cliName: 'npm run cli --',
    serviceErrorHandler: fail,
    errorHandler: (error) => {
      const code = (error as { code?: string }).code ?? '';
      if (!code.startsWith('commander.help') && code !== 'commander.version') fail(error);
    },
  });
  try {
    await app.get(CommandRunnerService).run(['node', 'bridges', ...args]);
  } catch (error) {
    fail(error as Error);
  } finally {
    await app.close();
  }
  return failed ? 1 : 0;
}
