import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DomainEventMap } from '../common/domain-events.js';
import { ConflictError, DomainError } from '../common/errors/domain-error.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import type { UserSummary } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { LifecycleFacts, type LoadedTranslation, type LoadedUnit } from './lifecycle-facts.js';
import { LifecycleReviewWrites, type ReviewPayload } from './lifecycle-review-writes.js';
import { LifecycleSourceChange } from './lifecycle-source-change.js';
import {
  refuseStale,
  type LifecycleOffer,
  type LifecyclePayloads,
  type LifecycleResults,
  type LifecycleTarget,
  type OfferedUnit,
} from './lifecycle-steps.js';
import {
  LifecycleTranslationWrites,
  type TranslationPayloads,
} from './lifecycle-translation-writes.js';
import { LifecycleUnitWrites, type UnitPayloads } from './lifecycle-unit-writes.js';
import {
  TRANSLATION_STEPS,
  UNIT_STEPS,
  publishBlocker,
  reviewAccess,
  submitBlocker,
  translationVerdict,
  unitVerdict,
  type LifecycleAction,
  type TranslationStep,
  type UnitStep,
  type Verdict,
} from './translation-lifecycle.rules.js';
import type { Translation } from './translation.entity.js';

export type { LifecycleAction, TranslationStep, UnitStep };

export type { LifecycleOffer, LifecyclePayloads, LifecycleResults, LifecycleTarget, OfferedUnit };

const isTranslationStep = (action: LifecycleAction): action is TranslationStep =>
  (TRANSLATION_STEPS as readonly string[]).includes(action);

/**
 * The one owner of translation, unit, revision, review-event and note states. `offers` says
 * what a person may do now (pages show exactly that); `apply` does it in one transaction: the
 * version check, the workflow row and the guards (the same code `offers` asks), then the
 * update, the revision, the audit event and the domain event. Nothing else writes these rows.
 */
@Injectable()
export class TranslationLifecycle {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly facts: LifecycleFacts,
    private readonly translationWrites: LifecycleTranslationWrites,
    private readonly unitWrites: LifecycleUnitWrites,
    private readonly reviewWrites: LifecycleReviewWrites,
    private readonly sourceChange: LifecycleSourceChange,
    private readonly users: UsersService,
  ) {}

  /** The actions `apply` would accept from this person now, on the translation or one unit. */
  async allowed(actor: UserSummary, target: LifecycleTarget): Promise<LifecycleAction[]> {
    if (target.unitId === undefined)
      return (await this.offers(actor, target.translationId)).translation;
    return (await this.unitOffer(actor, target.translationId, target.unitId)).unit.steps;
  }

  /**
   * What this person may do to one unit. A unit's steps depend on the translation and that unit
   * only, so this skips the translation's steps (submit's QA of every unit) on the path taken
   * after each save.
   */
  async unitOffer(
    actor: UserSummary,
    translationId: number,
    unitId: number,
  ): Promise<{ record: LifecycleOffer['record']; unit: OfferedUnit }> {
    const loaded = await this.facts.translation(actor, translationId, false);
    const unit = await this.facts.unit(translationId, unitId);
    const steps = UNIT_STEPS.filter((step) => unitVerdict(loaded.facts, unit.facts, step).ok);
    return { record: loaded.record, unit: { ...unit, steps } };
  }

  async offers(actor: UserSummary, translationId: number): Promise<LifecycleOffer> {
    const loaded = await this.facts.translation(actor, translationId, false);
    const units = await this.facts.units(translationId);
    const translation: TranslationStep[] = [];
    let blocked: DomainError | null = null;
    for (const step of TRANSLATION_STEPS) {
      const refusal = await this.translationRefusal(loaded, units, step);
      if (!refusal) translation.push(step);
      else if (step === 'submit' && translationVerdict(loaded.facts, step).ok) blocked = refusal;
    }
    return {
      record: loaded.record,
      translation,
      units: units.map((unit) => ({
        ...unit,
        steps: UNIT_STEPS.filter((step) => unitVerdict(loaded.facts, unit.facts, step).ok),
      })),
      submitBlocker: blocked,
    };
  }

  apply<A extends LifecycleAction>(
    actor: UserSummary,
    action: A,
    target: LifecycleTarget,
    versionRead: number,
    payload: LifecyclePayloads[A],
  ): Promise<LifecycleResults[A]> {
    return this.transactions.write(async (m) => {
      const loaded = await this.facts.translation(actor, target.translationId, action === 'claim');
      const result = isTranslationStep(action)
        ? await this.applyToTranslation(m, actor, loaded, action, versionRead, payload as never)
        : await this.applyToUnit(
            m,
            actor,
            loaded,
            action as UnitStep,
            target,
            versionRead,
            payload,
          );
      return result as LifecycleResults[A];
    });
  }

  /** Approves every unit still waiting, each at the version the reviewer saw; all or nothing. */
  approveAll(
    actor: UserSummary,
    translationId: number,
    seen: Record<number, number>,
  ): Promise<Translation> {
    return this.transactions.write(async () => {
      const loaded = await this.facts.translation(actor, translationId, false);
      const refusal = reviewAccess(loaded.facts);
      if (refusal) throw refusal;
      const waiting = (await this.facts.units(translationId)).filter(
        ({ unit }) => unit.status === 'submitted',
      );
      const changed = waiting.filter(({ unit }) => seen[unit.id] !== unit.version);
      if (changed.length)
        throw new ConflictError(
          'review:units-changed',
          { version: loaded.record.translation.version },
          undefined,
          { count: changed.length },
        );
      for (const { unit, facts } of waiting) {
        if (facts.approverIds.includes(actor.id)) continue;
        await this.apply(actor, 'approve', { translationId, unitId: unit.id }, unit.version, {});
      }
      return (await this.facts.translation(actor, translationId, false)).record.translation;
    });
  }

  /** The system's step: the source text changed (see LifecycleSourceChange). */
  sourceRevised(m: EntityManager, event: DomainEventMap['source.revised']): Promise<void> {
    return this.sourceChange.sourceRevised(m, event);
  }

  private async translationRefusal(
    loaded: LoadedTranslation,
    units: LoadedUnit[],
    step: TranslationStep,
  ): Promise<DomainError | null> {
    const verdict = translationVerdict(loaded.facts, step);
    if (!verdict.ok) return verdict.refusal;
    if (step === 'submit') return submitBlocker(await this.facts.submitFacts(loaded, units));
    if (step === 'publish') return publishBlocker(units.map(({ unit }) => unit.status));
    return null;
  }

  private async applyToTranslation(
    m: EntityManager,
    actor: UserSummary,
    loaded: LoadedTranslation,
    step: TranslationStep,
    version: number,
    payload: LifecyclePayloads[TranslationStep],
  ): Promise<Translation> {
    const { translation } = loaded.record;
    if (translation.version !== version)
      throw new ConflictError(
        'errors:stale-write',
        { version: translation.version, status: translation.status },
        { version },
      );
    const needsUnits = step === 'submit' || step === 'publish';
    const units = needsUnits ? await this.facts.units(translation.id) : [];
    const refusal = await this.translationRefusal(loaded, units, step);
    if (refusal) throw await this.explained(refusal, translation);
    const to = (translationVerdict(loaded.facts, step) as Extract<Verdict, { ok: true }>)
      .translation!;
    const w = this.translationWrites;
    switch (step) {
      case 'claim':
      case 'release':
        return w.claimant(m, actor, loaded, version, step);
      case 'reassign':
        return w.claimant(m, actor, loaded, version, step, (payload as { handle: string }).handle);
      case 'withdraw':
        return w.withdraw(m, actor, loaded, version, to);
      case 'submit':
        return w.submit(m, actor, loaded, units, version, to);
      case 'publish':
        return w.publish(
          m,
          actor,
          loaded,
          units,
          version,
          to,
          (payload as TranslationPayloads['publish']).publish,
        );
      case 'unpublish':
        return w.unpublish(
          m,
          actor,
          loaded,
          version,
          to,
          payload as TranslationPayloads['unpublish'],
        );
    }
  }

  private async applyToUnit(
    m: EntityManager,
    actor: UserSummary,
    loaded: LoadedTranslation,
    step: UnitStep,
    target: LifecycleTarget,
    version: number,
    payload: unknown,
  ): Promise<unknown> {
    if (target.unitId === undefined) throw new DomainError('invalid', 'errors:validation-failed');
    const unit = await this.facts.unit(loaded.record.translation.id, target.unitId);
    const verdict = unitVerdict(loaded.facts, unit.facts, step);
    const current = unit.unit;
    if (step === 'edit') {
      const { text } = payload as UnitPayloads['edit'];
      // Saving what is already there is not a change, even from a tab that is behind.
      if (verdict.ok && current.text === text && current.status === 'draft')
        return { unit: current, translation: loaded.record.translation };
    }
    const note =
      step === 'edit_note' || step === 'remove_note'
        ? this.unitWrites.noteOf(unit, (payload as { footnoteId: number }).footnoteId)
        : null;
    refuseStale(step, current, note, version, payload);
    if (!verdict.ok) throw verdict.refusal;
    const move = { unit: verdict.unit ?? current.status, translation: verdict.translation };
    const w = this.unitWrites;
    switch (step) {
      case 'edit':
        return w.edit(m, actor, loaded, unit, version, move, payload as UnitPayloads['edit']);
      case 'annotate':
        return w.annotate(m, actor, loaded, unit, move, payload as UnitPayloads['annotate']);
      case 'edit_note':
        return w.editNote(
          m,
          actor,
          loaded,
          unit,
          note!,
          move,
          (payload as UnitPayloads['edit_note']).changes,
        );
      case 'remove_note':
        return w.removeNote(m, actor, loaded, unit, note!, move);
      default: {
        const verdictName = step === 'request_changes' ? 'request_changes' : 'approve';
        const comment = (payload as ReviewPayload).comment?.trim() ?? '';
        return this.reviewWrites.review(
          m,
          actor,
          loaded,
          unit,
          verdictName,
          move.unit,
          verdict.selfApproval ?? false,
          comment,
        );
      }
    }
  }

  /** "Already claimed" names who holds it, when they still have a handle. */
  private async explained(refusal: DomainError, translation: Translation): Promise<DomainError> {
    if (refusal.key !== 'translations:already-claimed' || translation.claimedById === null)
      return refusal;
    const handle = (await this.users.handlesOf([translation.claimedById])).get(
      translation.claimedById,
    );
    return handle
      ? new DomainError('conflict', 'translations:already-claimed', { handle })
      : new DomainError('conflict', 'translations:already-exists');
  }
}
