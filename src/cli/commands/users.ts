import type { Command } from 'commander';
import { createUser, listUsers, type Role } from '../../modules/auth/index.ts';
import { databaseCommand } from '../command-kinds.ts';
import { oneOf } from '../options.ts';
import type { CliRuntime, GlobalOptions } from '../runtime.ts';
import { renderTable } from '../terminal.ts';

export function registerUsers(program: Command, rt: CliRuntime) {
  const users = program.command('users').description('利用者の管理 / manage users');
  databaseCommand(users.command('add'))
    .description('利用者を登録する / add a user')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'display name (e.g. 内閣官房 地域未来戦略本部事務局 山田)')
    .requiredOption('--role <role>', 'admin (all strategies) | editor (own organisation) | viewer')
    .requiredOption('--org <code>', "organisation's 団体コード (000000 = national government)")
    .option('--password-stdin', 'read the password from standard input')
    .action(async (opts: { email: string; name: string; role: string; org: string; passwordStdin?: boolean }, cmd: Command) => {
      const role = oneOf('--role', opts.role, ['admin', 'editor', 'viewer'] as Role[]);
      const password = opts.passwordStdin ? await rt.io.readStdin() : await rt.io.promptHidden('パスワード（12文字以上）: ');
      await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'users add', async ({ db }) => {
        const u = await createUser(db, { email: opts.email, name: opts.name, role, orgCode: opts.org, password });
        rt.io.stdout.write(`登録しました: ${u.email}（${u.role}、団体コード ${u.orgCode}）\n`);
      });
    });
  databaseCommand(users.command('list'))
    .description('利用者の一覧 / list users')
    .action(async (_o: unknown, cmd: Command) => {
      await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'users list', async ({ db }) => {
        const rows = (await listUsers(db)).map((u) => [u.email, u.name, u.role, u.orgCode]);
        rt.io.stdout.write(`${renderTable(['メール', '氏名', '役割', '団体コード'], rows)}\n`);
      });
    });
}
