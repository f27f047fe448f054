import type { EntityManager } from 'typeorm';

/**
 * Sessions and API tokens belong to the auth feature, but disabling, deleting or changing the
 * password of an account (the users feature) must end them in the same transaction. Auth
 * provides this; users depends only on the abstraction.
 */
export abstract class CredentialRevoker {
  abstract revokeAll(
    manager: EntityManager,
    userId: number,
    options?: { exceptSessionId?: string },
  ): Promise<void>;
}
