import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { AuditService, type AuditRecord } from '../audit/audit.service.js';
import { DomainEvents } from '../common/domain-events.js';
import { ValidationFailed } from '../common/errors/domain-error.js';
import { updateVersioned } from '../database/versioned-update.js';
import type { UserSummary } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import type { LoadedTranslation, LoadedUnit } from './lifecycle-facts.js';
import { translationRelations, worksInPair } from './translation-access.rules.js';
import type { TranslationState } from './translation-workflow.rules.js';
import { TranslationUnit } from './translation-unit.entity.js';
import { Translation } from './translation.entity.js';
import { UnitRevision } from './unit-revision.entity.js';
import { unitWorkflow } from './unit-workflow.rules.js';

/** Publishing builds the publication inside the step, after the lifecycle's checks. */
export type PublishEffect = (
  loaded: LoadedTranslation,
  units: LoadedUnit[],
) => Promise<{ publicationId: number; version: number }>;

export interface TranslationPayloads {
  claim: Record<string, never>;
  release: Record<string, never>;
  withdraw: Record<string, never>;
  submit: Record<string, never>;
  reassign: { handle: string };
  publish: { publish: PublishEffect };
  unpublish: { reason: string; takeDown: () => Promise<void> };
}

/**
 * The writes of steps on a translation as a whole, once the lifecycle has checked them: the
 * version-checked update, the audit event and the domain event, inside the caller's transaction.
 */
@Injectable()
export class LifecycleTranslationWrites {
  constructor(
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  async claimant(
    m: EntityManager,
    actor: UserSummary,
    loaded: LoadedTranslation,
    version: number,
    step: 'claim' | 'release' | 'reassign',
    handle?: string,
  ): Promise<Translation> {
    const claimantId =
      step === 'claim'
        ? actor.id
        : step === 'release'
          ? null
          : await this.translatorOfPair(handle ?? '', loaded.facts.participation.pair);
    const id = loaded.record.translation.id;
    const updated = await this.update(m, id, version, { claimedById: claimantId });
    const action = { claim: 'claimed', release: 'released', reassign: 'reassigned' }[step];
    await this.recorded(m, actor, id, `translation.${action}`, { claimantId });
    if (claimantId !== null)
      await this.events.emit(m, 'translation.claimed', {
        translationId: id,
        actorId: actor.id,
        claimantId,
      });
    return updated;
  }

  async withdraw(
    m: EntityManager,
    actor: UserSummary,
    loaded: LoadedTranslation,
    version: number,
    to: TranslationState,
  ): Promise<Translation> {
    const id = loaded.record.translation.id;
    const updated = await this.update(m, id, version, { status: to });
    await this.recorded(m, actor, id, 'translation.withdrawn');
    return updated;
  }

  /** Units still open go to review through the unit table's `submit` row; approved ones stay. */
  async submit(
    m: EntityManager,
    actor: UserSummary,
    loaded: LoadedTranslation,
    units: LoadedUnit[],
    version: number,
    to: TranslationState,
  ): Promise<Translation> {
    const id = loaded.record.translation.id;
    const relations = translationRelations(actor.id, loaded.facts.participation);
    const moves = units.flatMap(({ unit }) => {
      const decision = unitWorkflow.decide(unit.status, 'submit', {
        roles: actor.roles,
        relations,
      });
      return decision.allowed ? [{ unit, to: decision.to }] : [];
    });
    const now = new Date();
    for (const state of new Set(moves.map((move) => move.to))) {
      const ids = moves.filter((move) => move.to === state).map((move) => move.unit.id);
      await m
        .createQueryBuilder()
        .update(TranslationUnit)
        .set({ status: state, version: () => 'version + 1', updatedAt: now })
        .where({ id: In(ids) })
        .execute();
    }
    if (moves.length)
      await m.insert(
        UnitRevision,
        moves.map(({ unit, to: state }) => ({
          unitId: unit.id,
          version: unit.version + 1,
          text: unit.text,
          status: state,
          action: 'submit' as const,
          authorId: actor.id,
          createdAt: now,
        })),
      );
    const updated = await this.update(m, id, version, { status: to, submittedAt: now });
    await this.recorded(m, actor, id, 'translation.submitted', { units: moves.length });
    await this.events.emit(m, 'translation.submitted', { translationId: id, actorId: actor.id });
    return updated;
  }

  async publish(
    m: EntityManager,
    actor: UserSummary,
    loaded: LoadedTranslation,
    units: LoadedUnit[],
    version: number,
    to: TranslationState,
    effect: PublishEffect,
  ): Promise<Translation> {
    const id = loaded.record.translation.id;
    const published = await effect(loaded, units);
    const updated = await this.update(m, id, version, { status: to });
    await this.recorded(m, actor, id, 'publication.published', { ...published });
    await this.events.emit(m, 'publication.published', {
      ...published,
      translationId: id,
      actorId: actor.id,
    });
    return updated;
  }

  async unpublish(
    m: EntityManager,
    actor: UserSummary,
    loaded: LoadedTranslation,
    version: number,
    to: TranslationState,
    payload: TranslationPayloads['unpublish'],
  ): Promise<Translation> {
    const id = loaded.record.translation.id;
    await payload.takeDown();
    const updated = await this.update(m, id, version, { status: to });
    await this.recorded(m, actor, id, 'publication.withdrawn', { reason: payload.reason });
    await this.events.emit(m, 'publication.withdrawn', { translationId: id, actorId: actor.id });
    return updated;
  }

  /** The audit event of a step, in the step's transaction. */
  private recorded(
    m: EntityManager,
    actor: UserSummary,
    id: number,
    action: string,
    details?: AuditRecord['details'],
  ): Promise<void> {
    return this.audit.record(m, {
      actorId: actor.id,
      action,
      objectType: 'translation',
      objectId: id,
      ...(details ? { details } : {}),
    });
  }

  private update(
    m: EntityManager,
    id: number,
    version: number,
    changes: Partial<Translation>,
  ): Promise<Translation> {
    return updateVersioned(
      m,
      Translation,
      id,
      version,
      { ...changes, updatedAt: new Date() },
      (c) => ({ status: c.status }),
    );
  }

  private async translatorOfPair(handle: string, pair: string): Promise<number> {
    const found = await this.users.findForSignIn(handle);
    const target = found && !found.user.disabled && !found.user.deletedAt ? found.user : null;
    if (!target) throw ValidationFailed.field('handle', 'translations:unknown-translator');
    if (!worksInPair(target, pair))
      throw ValidationFailed.field('handle', 'translations:translator-not-in-pair', {
        handle,
        pair,
      });
    return target.id;
  }
}
