import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../common/errors/domain-error.js';
import { judgeJsonShape } from '../common/validation/json-shape.rules.js';

/**
 * JSON bodies are checked for depth and key count on the raw text before they are parsed (see
 * json-shape.rules.ts), and a multipart body without a boundary is refused before busboy throws
 * on it: both used to end in a 500.
 */
export function installBodyParsing(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  app.useBodyParser(
    'application/json',
    { bodyLimit: fastify.initialConfig.bodyLimit },
    (
      _request: FastifyRequest,
      body: Buffer,
      done: (err: Error | null, value?: unknown) => void,
    ) => {
      const text = body.toString('utf8');
      if (text.length === 0) return done(null, undefined);
      const shape = judgeJsonShape(text);
      if (!shape.ok) return done(new DomainError('invalid', `errors:body-${shape.problem}`));
      try {
        done(null, JSON.parse(text));
      } catch {
        done(new DomainError('invalid', 'errors:bad-request'));
      }
    },
  );
  fastify.addHook('onRequest', async (request: FastifyRequest) => {
    const type = request.headers['content-type'];
    if (
      typeof type === 'string' &&
      /^\s*multipart\//i.test(type) &&
      !/;\s*boundary=\S/i.test(type)
    ) {
      throw new DomainError('invalid', 'errors:multipart-without-boundary');
    }
  });
}
