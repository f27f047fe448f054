/**
 * A child of `npm run bench`: creates the database of one archive through the real app (schema
 * from the migrations, the demo content as the template), then writes the synthetic
 * publications. Runs in its own process because the driver is chosen from the environment
 * when the entities load. Usage: make-archive.js <count> (DATABASE_PATH or DATABASE_URL set).
 */
import { createApp } from '../src/app.setup.js';
import { loadConfig } from '../src/config/app-config.js';
import { DemoLoader } from '../src/demo/demo-loader.service.js';
import { PublicationQueriesService } from '../src/publications/publication-queries.service.js';
import { addPublications, addPublicationsPostgres } from './reader-archive.js';

const DEMO_SLUG = 'the-supreme-court-liquidated-memorial';

async function main(): Promise<void> {
  const count = Number(process.argv[2]);
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    DEMO_DATA: 'on',
    LOG_LEVEL: 'error',
  });
  const app = await createApp(config, { logger: false });
  await app.get(DemoLoader).loadIfEmpty();
  const template = (await app.get(PublicationQueriesService).current(DEMO_SLUG)).content;
  await app.close();
  if (config.databaseUrl) await addPublicationsPostgres(config.databaseUrl, count, template);
  else addPublications(config.databasePath, count, template);
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
