import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** OpenAPI at /api/docs (UI) and /api/docs-json, generated from the same DTOs that validate. */
export function setupApiDocs(app: NestFastifyApplication, siteName: string): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(`${siteName} API`)
      .setDescription(
        'JSON API under /api/v1. Authenticate with `Authorization: Bearer <token>` (personal API tokens) ' +
          'or with the session cookie from POST /api/v1/auth/login plus the `X-CSRF-Token` header on every write. ' +
          'Writes carry the `version` that was read; a stale one gets 409 with both versions.',
      )
      .setVersion('1')
      .addBearerAuth()
      .addApiKey({ type: 'apiKey', in: 'header', name: 'X-CSRF-Token' }, 'csrf')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
