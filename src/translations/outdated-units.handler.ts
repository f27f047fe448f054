import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '../common/domain-events.js';
import { TranslationLifecycle } from './translation-lifecycle.service.js';

/** A source text's new revision reaches its translations through the lifecycle. */
@Injectable()
export class OutdatedUnitsHandler implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly lifecycle: TranslationLifecycle,
  ) {}

  onModuleInit(): void {
    this.events.on('source.revised', (manager, event) =>
      this.lifecycle.sourceRevised(manager, event),
    );
  }
}
