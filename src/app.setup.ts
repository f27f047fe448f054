import fastifyCookie from '@fastify/cookie';
import fastifyMultipart, { type MultipartFile } from '@fastify/multipart';
import type { LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import 'reflect-metadata';
import { setupApiDocs } from './api/api-docs.js';
import { AppModule } from './app.module.js';
import { publicDirectory } from './common/project-paths.js';
import { InputPipe } from './common/validation/input.pipe.js';
import type { AppConfig } from './config/app-config.js';
import { installBodyParsing } from './web/body-parsing.js';
import { ErrorFilter } from './web/error.filter.js';
import { installRequestHooks } from './web/request-hooks.js';

const LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
};

/**
 * Builds the whole application; `main.ts`, the CLI and every e2e test call this, so what is
 * tested is what runs. Fastify's own logger stays off: it would log client addresses.
 */
export async function createApp(
  config: AppConfig,
  options: { logger?: LoggerService | LogLevel[] | false } = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    logger: false,
    trustProxy: config.trustProxy,
    bodyLimit: Math.max(config.maxUploadBytes, config.maxTextBytes) * 2,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    abortOnError: false,
    logger: options.logger ?? LEVELS[config.logLevel],
  });
  await app.register(fastifyCookie);
  installBodyParsing(app);
  await app.register(fastifyMultipart, {
    attachFieldsToBody: 'keyValues',
    // Imports need the file's name (its format) as well as its bytes.
    onFile: async (part: MultipartFile & { value?: unknown }) => {
      part.value = { filename: part.filename, data: await part.toBuffer() };
    },
    limits: { fileSize: config.maxUploadBytes, files: 1, fields: 50 },
  });
  app.useStaticAssets({
    root: publicDirectory,
    prefix: '/static/',
    maxAge: '1d',
    decorateReply: false,
  });
  installRequestHooks(app, config);
  app.useGlobalFilters(app.get(ErrorFilter));
  app.useGlobalPipes(new InputPipe());
  setupApiDocs(app, config.siteName);
  app.enableShutdownHooks();
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
