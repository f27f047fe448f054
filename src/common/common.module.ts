import { Global, Module } from '@nestjs/common';
import { ContentGeneration } from './content-generation.js';
import { DomainEvents } from './domain-events.js';
import { TokenHasher } from './token-hasher.js';

@Global()
@Module({
  providers: [TokenHasher, DomainEvents, ContentGeneration],
  exports: [TokenHasher, DomainEvents, ContentGeneration],
})
export class CommonModule {}
