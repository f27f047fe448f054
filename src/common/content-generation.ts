import { Injectable } from '@nestjs/common';

/**
 * A number that moves whenever something a reader could see has changed and committed. Every
 * such change is audited, so the audit service moves it; cached reader pages compare against it.
 */
@Injectable()
export class ContentGeneration {
  private value = 0;

  get current(): number {
    return this.value;
  }

  bump(): void {
    this.value += 1;
  }
}
