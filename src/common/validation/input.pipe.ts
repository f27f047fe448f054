import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { validateInput } from './validate-input.js';

const PLAIN = new Set<unknown>([Object, String, Number, Boolean, Array, undefined]);

/** API bodies and queries typed with a DTO class are validated exactly as forms are. */
@Injectable()
export class InputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (
      (metadata.type !== 'body' && metadata.type !== 'query') ||
      PLAIN.has(metadata.metatype) ||
      metadata.data
    ) {
      return value;
    }
    return validateInput(metadata.metatype as new () => object, value ?? {});
  }
}
