import type { Command } from 'commander';
import { createUser, listUsers, operatorPrincipal, resetPassword, revokeSessions, type Role } from '../index.ts';
import { databaseCommand } from '../../../infra/cli/command-kinds.ts';
import { oneOf } from '../../../infra/cli/options.ts';
import { actorName, type CliRuntime, type GlobalOptions } from '../../../infra/cli/runtime.ts';
import { renderTable } from '../../../infra/cli/terminal.ts';

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
      const role = oneOf('--role', opts.role, ['admin', 'editor', 'viewer', 'reviewer'] as Role[]);
      const password = opts.passwordStdin ? await rt.io.readStdin() : await rt.io.promptHidden('パスワード（12文字以上、推測されにくいもの）: ');
      await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'users add', async ({ db }) => {
        const u = await createUser(db, { email: opts.email, name: opts.name, role, orgCode: opts.org, password }, operatorPrincipal(actorName(rt)));
        rt.io.stdout.write(`登録しました: ${u.email}（${u.role}、団体コード ${u.orgCode}）\n`);
      });
    });
  databaseCommand(users.command('passwd'))
    .description("利用者のパスワードを設定し直す（その利用者のログインはすべて終了） / set a user's password (ends all their sessions)")
    .requiredOption('--email <email>', 'the user')
    .option('--password-stdin', 'read the password from standard input')
    .option('--actor <name>', 'who, for the audit trail (default: cli:<user>)')
    .action(async (opts: { email: string; passwordStdin?: boolean; actor?: string }, cmd: Command) => {
      const password = opts.passwordStdin ? await rt.io.readStdin() : await rt.io.promptHidden('新しいパスワード（12文字以上、推測されにくいもの）: ');
      await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'users passwd', async ({ db }) => {
        const r = await resetPassword(db, { email: opts.email, password, actor: actorName(rt, opts.actor) });
        rt.io.stdout.write(`パスワードを設定しました: ${opts.email.trim().toLowerCase()}（終了したログイン ${r.revoked}件）\n`);
      });
    });
  databaseCommand(users.command('revoke-sessions'))
    .description('利用者のログインをすべて終了する / end all sessions of a user')
    .requiredOption('--email <email>', 'the user')
    .option('--actor <name>', 'who, for the audit trail (default: cli:<user>)')
    .action(async (opts: { email: string; actor?: string }, cmd: Command) => {
      await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'users revoke-sessions', async ({ db }) => {
        const n = await revokeSessions(db, opts.email, { actor: actorName(rt, opts.actor) });
        rt.io.stdout.write(`ログインを終了しました: ${opts.email.trim().toLowerCase()}（${n}件）\n`);
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
