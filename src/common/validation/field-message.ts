import type { ValidationArguments } from 'class-validator';
import type { MessageParams } from '../errors/domain-error.js';

/**
 * class-validator only carries strings, so a field's i18n key and its parameters travel
 * through it encoded, and `readFieldMessage` takes them apart again at the edge.
 */
export function fieldMessage(
  key: string,
  params: (args: ValidationArguments) => MessageParams = () => ({}),
) {
  return (args: ValidationArguments): string => JSON.stringify({ key, params: params(args) });
}

export function readFieldMessage(message: string): { key: string; params: MessageParams } {
  try {
    const parsed = JSON.parse(message) as { key?: unknown; params?: unknown };
    if (typeof parsed.key === 'string') {
      return { key: parsed.key, params: (parsed.params ?? {}) as MessageParams };
    }
  } catch {
    // A constraint without our encoding (e.g. forbidNonWhitelisted) falls through.
  }
  return { key: 'validation:invalid', params: {} };
}
