import 'reflect-metadata';
import { ProcessIo } from './cli/cli-io.js';
import { runCli } from './cli/run-cli.js';
import { ConfigError, loadConfig } from './config/app-config.js';

try {
  const config = loadConfig();
  // Commands print their own results; migration chatter stays out of them unless asked for.
  const quiet = process.env.LOG_LEVEL ? config : { ...config, logLevel: 'warn' as const };
  process.exitCode = await runCli(process.argv.slice(2), quiet, new ProcessIo());
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
}
