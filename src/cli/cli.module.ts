import { Module, type DynamicModule } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { CommonModule } from '../common/common.module.js';
import type { AppConfig } from '../config/app-config.js';
import { ConfigModule } from '../config/config.module.js';
import { DatabaseBackupService } from '../database/database-backup.service.js';
import { DatabaseModule } from '../database/database.module.js';
import { I18nModule } from '../i18n/i18n.module.js';
import { UsersModule } from '../users/users.module.js';
import { CliIo } from './cli-io.js';
import { DbBackupCommand, DbMigrateCommand, DbRestoreCommand } from './db.commands.js';
import { InviteCreateCommand, TokenCreateCommand } from './token-and-invite.commands.js';
import { UserCreateCommand, UserListCommand } from './user.commands.js';

/** The CLI adapter: the same feature services as the pages and the API, without HTTP. */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig, io: CliIo): DynamicModule {
    return {
      module: CliModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        CommonModule,
        I18nModule,
        AuditModule,
        UsersModule,
        AuthModule,
      ],
      providers: [
        { provide: CliIo, useValue: io },
        DatabaseBackupService,
        UserCreateCommand,
        UserListCommand,
        TokenCreateCommand,
        InviteCreateCommand,
        DbMigrateCommand,
        DbBackupCommand,
        DbRestoreCommand,
      ],
    };
  }
}
