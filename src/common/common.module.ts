import { Global, Module } from '@nestjs/common';
import { TokenHasher } from './token-hasher.js';

@Global()
@Module({ providers: [TokenHasher], exports: [TokenHasher] })
export class CommonModule {}
