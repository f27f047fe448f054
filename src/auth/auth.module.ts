import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CredentialRevoker } from '../common/credential-revoker.js';
import { UsersModule } from '../users/users.module.js';
import { AccessGuard } from './access.guard.js';
import { ApiToken } from './api-token.entity.js';
import { ApiTokensService } from './api-tokens.service.js';
import { SessionAndTokenRevoker } from './credential-revoker.provider.js';
import { CsrfGuard } from './csrf.guard.js';
import { RequestAuthenticator } from './request-authenticator.js';
import { Session } from './session.entity.js';
import { SessionService } from './session.service.js';
import { SignInService } from './sign-in.service.js';

/** Global because users' account use cases need the revoker, and every route needs the guards. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Session, ApiToken]), UsersModule],
  providers: [
    SessionService,
    ApiTokensService,
    SignInService,
    RequestAuthenticator,
    { provide: CredentialRevoker, useClass: SessionAndTokenRevoker },
    // Order matters: who is asking first, then whether the write carries its CSRF token.
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_GUARD, useClass: CsrfGuard },
  ],
  exports: [
    SessionService,
    ApiTokensService,
    SignInService,
    RequestAuthenticator,
    CredentialRevoker,
  ],
})
export class AuthModule {}
