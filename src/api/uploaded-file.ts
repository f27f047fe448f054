import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import { ValidationFailed } from '../common/errors/domain-error.js';

/** The bytes of the one file of a multipart upload (`attachFieldsToBody` puts it in the body). */
export function uploadedFile(body: unknown, requiredKey: string): Buffer {
  const upload = (body as { file?: { filename?: string; data?: Buffer } } | undefined)?.file;
  if (!upload?.data || !upload.filename) throw ValidationFailed.field('file', requiredKey);
  return upload.data;
}

/** The uploaded file's name, kept to letters, digits and `._ -` (it is stored and shown). */
export function uploadedFileName(body: unknown): string {
  const upload = (body as { file?: { filename?: string } } | undefined)?.file;
  return (upload?.filename ?? '').replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 120);
}

/** OpenAPI for a multipart body of one file in the field `file` (plus `fields`, all strings). */
export const ApiFileUpload = (fields: Record<string, string> = {}) =>
  applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['file'],
        properties: {
          file: { type: 'string', format: 'binary' },
          ...Object.fromEntries(
            Object.entries(fields).map(([name, description]) => [
              name,
              { type: 'string', description },
            ]),
          ),
        },
      },
    }),
  );
