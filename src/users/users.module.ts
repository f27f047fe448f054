import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Invitation } from './invitation.entity.js';
import { InvitationsService } from './invitations.service.js';
import { PasswordHasher } from './password-hasher.js';
import { PasswordService } from './password.service.js';
import { User } from './user.entity.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([User, Invitation])],
  providers: [UsersService, InvitationsService, PasswordService, PasswordHasher],
  exports: [UsersService, InvitationsService, PasswordService, PasswordHasher],
})
export class UsersModule {}
