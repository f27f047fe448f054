import 'reflect-metadata';
import { createApp } from './app.setup.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import { DemoLoader } from './demo/demo-loader.service.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config);
  const demo = await app.get(DemoLoader).loadIfEmpty();
  if (demo) {
    // Printed once, on the console only: these passwords are stored nowhere else.
    console.log('\nDemo data loaded. Demo accounts (shown only now):');
    for (const account of demo)
      console.log(
        `  ${account.handle.padEnd(20)} ${account.password}   (${account.roles.join(', ')})`,
      );
    console.log('');
  }
  await app.listen({ port: config.port, host: config.host });
  console.log(
    `${config.siteName} is listening on http://${config.host}:${config.port} (public URL ${config.publicUrl}; database ${config.databasePath})`,
  );
}

void main();
