import { Command, CommandRunner, Option } from 'nest-commander';
import { isRole, type Role } from '../common/roles.js';
import { parseLanguagePairs, pairKey } from '../config/language-pairs.rules.js';
import { UsersService } from '../users/users.service.js';
import { CliIo } from './cli-io.js';
import { describeError } from './describe-error.js';

interface CreateOptions {
  handle?: string;
  role?: Role[];
  pairs?: string;
  email?: string;
}

@Command({ name: 'user:create', description: 'Create an account; the password is read from stdin' })
export class UserCreateCommand extends CommandRunner {
  constructor(
    private readonly users: UsersService,
    private readonly io: CliIo,
  ) {
    super();
  }

  async run(_args: string[], options: CreateOptions): Promise<void> {
    if (!options.handle) throw new Error('--handle is required');
    if (!options.role?.length)
      throw new Error(
        '--role is required (translator, reviewer, editor or admin; repeat for several)',
      );
    const pairs = parseLanguagePairs(options.pairs ?? '');
    if (!pairs.ok) throw new Error(`--pairs: ${pairs.problem}`);
    const password = (await this.io.readSecret('Password: ')).trim();
    try {
      const user = await this.users.create({
        handle: options.handle,
        password,
        roles: options.role,
        languagePairs: pairs.pairs.map(pairKey),
        email: options.email,
      });
      this.io.print(
        `Created user ${user.handle} (id ${user.id}) with roles ${user.roles.join(', ')}.`,
      );
    } catch (error) {
      throw new Error(describeError(error));
    }
  }

  @Option({ flags: '--handle <handle>', description: 'public pseudonym' })
  parseHandle(value: string): string {
    return value;
  }

  @Option({ flags: '--role <role>', description: 'role; repeat the option for several' })
  parseRole(value: string, previous: Role[] = []): Role[] {
    if (!isRole(value)) throw new Error(`unknown role "${value}"`);
    return [...previous, value];
  }

  @Option({ flags: '--pairs <pairs>', description: 'language pairs, e.g. "ru>en,en>ru"' })
  parsePairs(value: string): string {
    return value;
  }

  @Option({ flags: '--email <email>', description: 'optional email' })
  parseEmail(value: string): string {
    return value;
  }
}

@Command({ name: 'user:list', description: 'List accounts' })
export class UserListCommand extends CommandRunner {
  constructor(
    private readonly users: UsersService,
    private readonly io: CliIo,
  ) {
    super();
  }

  async run(): Promise<void> {
    for (const user of await this.users.list()) {
      const state = user.disabled ? 'disabled' : 'active';
      this.io.print(
        `${String(user.id).padStart(4)}  ${(user.handle ?? '').padEnd(24)} ${user.roles.join(',').padEnd(28)} ${user.languagePairs.join(',').padEnd(12)} ${state}`,
      );
    }
  }
}
