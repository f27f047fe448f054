import { Command, CommandRunner, Option } from 'nest-commander';
import { ApiTokensService } from '../auth/api-tokens.service.js';
import { isRole, type Role } from '../common/roles.js';
import { parseLanguagePairs, pairKey } from '../config/language-pairs.rules.js';
import { InvitationsService } from '../users/invitations.service.js';
import { summariseUser } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { CliIo } from './cli-io.js';
import { describeError } from './describe-error.js';

@Command({
  name: 'token:create',
  description: 'Create a personal API token for a user and print it once',
})
export class TokenCreateCommand extends CommandRunner {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: ApiTokensService,
    private readonly io: CliIo,
  ) {
    super();
  }

  async run(_args: string[], options: { handle?: string; name?: string }): Promise<void> {
    if (!options.handle) throw new Error('--handle is required');
    const found = await this.users.findForSignIn(options.handle);
    if (!found || found.user.deletedAt || found.user.disabled)
      throw new Error(`no active user "${options.handle}"`);
    const { secret } = await this.tokens.create(found.user.id, options.name ?? 'cli');
    this.io.print(secret);
  }

  @Option({ flags: '--handle <handle>' })
  parseHandle(value: string): string {
    return value;
  }

  @Option({ flags: '--name <name>', description: 'what the token is for (default "cli")' })
  parseName(value: string): string {
    return value;
  }
}

interface InviteOptions {
  role?: Role[];
  pairs?: string;
  days?: number;
  by?: string;
}

@Command({ name: 'invite:create', description: 'Create a one-time invitation link and print it' })
export class InviteCreateCommand extends CommandRunner {
  constructor(
    private readonly users: UsersService,
    private readonly invitations: InvitationsService,
    private readonly io: CliIo,
  ) {
    super();
  }

  async run(_args: string[], options: InviteOptions): Promise<void> {
    if (!options.role?.length) throw new Error('--role is required');
    if (!options.by) throw new Error('--by <handle of the inviting editor or admin> is required');
    const pairs = parseLanguagePairs(options.pairs ?? '');
    if (!pairs.ok) throw new Error(`--pairs: ${pairs.problem}`);
    const inviter = await this.users.findForSignIn(options.by);
    if (!inviter || inviter.user.deletedAt) throw new Error(`no user "${options.by}"`);
    try {
      const created = await this.invitations.create(summariseUser(inviter.user), {
        roles: options.role,
        languagePairs: pairs.pairs.map(pairKey),
        ...(options.days ? { expiresInDays: options.days } : {}),
      });
      this.io.print(created.url);
    } catch (error) {
      throw new Error(describeError(error));
    }
  }

  @Option({ flags: '--role <role>', description: 'role; repeat for several' })
  parseRole(value: string, previous: Role[] = []): Role[] {
    if (!isRole(value)) throw new Error(`unknown role "${value}"`);
    return [...previous, value];
  }

  @Option({ flags: '--pairs <pairs>' })
  parsePairs(value: string): string {
    return value;
  }

  @Option({ flags: '--days <days>', description: 'days until the link expires' })
  parseDays(value: string): number {
    const days = Number(value);
    if (!Number.isInteger(days) || days < 1 || days > 90) throw new Error('--days must be 1 to 90');
    return days;
  }

  @Option({ flags: '--by <handle>', description: 'the editor or admin the invitation comes from' })
  parseBy(value: string): string {
    return value;
  }
}
