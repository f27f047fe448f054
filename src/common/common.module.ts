import { Global, Module } from '@nestjs/common';
import { DomainEvents } from './domain-events.js';
import { TokenHasher } from './token-hasher.js';

@Global()
@Module({ providers: [TokenHasher, DomainEvents], exports: [TokenHasher, DomainEvents] })
export class CommonModule {}
