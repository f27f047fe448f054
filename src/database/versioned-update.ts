import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ConflictError, notFound } from '../common/errors/domain-error.js';

/**
 * Updates one row only if it still has the version the writer read, and bumps the version.
 * A stale write is refused with a conflict carrying the current row: nothing is overwritten
 * silently.
 */
export async function updateVersioned<T extends ObjectLiteral & { id: number; version: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: number,
  expectedVersion: number,
  changes: Partial<T>,
  describe: (current: T) => { text?: string; [extra: string]: unknown } = () => ({}),
): Promise<T> {
  const repository = manager.getRepository(entity);
  const result = await repository
    .createQueryBuilder()
    .update()
    .set({ ...changes, version: () => 'version + 1' } as never)
    .where('id = :id AND version = :version', { id, version: expectedVersion })
    .execute();
  const current = await repository.findOneBy({ id } as never);
  if (!current) throw notFound();
  if (!result.affected) {
    throw new ConflictError(
      'errors:stale-write',
      { version: current.version, ...describe(current) },
      { version: expectedVersion },
    );
  }
  return current;
}
