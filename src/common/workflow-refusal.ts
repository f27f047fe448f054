import { DomainError } from './errors/domain-error.js';
import type { Decision } from './state-machine.rules.js';

/**
 * A workflow's "no" as a domain error: a move the state does not allow is a bad request; a move
 * the actor may not make (role, four-eyes) is forbidden. The key names the reason in both cases.
 */
export function allowedOrThrow<S>(decision: Decision<S>): S {
  if (decision.allowed) return decision.to;
  const kind = decision.reasonKey === 'workflow:illegal-transition' ? 'invalid' : 'forbidden';
  throw new DomainError(kind, decision.reasonKey, decision.params ?? {});
}
