import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { createUser, listUsers, type Role } from '../../modules/auth/index.ts';
import { withPlatform, type GlobalOptions } from '../context.ts';
import { renderTable } from '../terminal.ts';

/** The whole of standard input (for --password-stdin), without the trailing newline. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Asks on the terminal without echoing what is typed. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput.bind(rl);
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => write(s.startsWith(question) ? s : '');
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

export function registerUsers(program: Command) {
  const users = program.command('users').description('利用者の管理 / manage users');
  users
    .command('add')
    .description('利用者を登録する / add a user')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'display name (e.g. 内閣官房 地域未来戦略本部事務局 山田)')
    .requiredOption('--role <role>', 'admin (all strategies) | editor (own organisation) | viewer')
    .requiredOption('--org <code>', "organisation's 団体コード (000000 = national government)")
    .option('--password-stdin', 'read the password from standard input')
    .action(async (opts: { email: string; name: string; role: Role; org: string; passwordStdin?: boolean }, cmd: Command) => {
      if (!['admin', 'editor', 'viewer'].includes(opts.role)) throw new Error(`--role は admin, editor, viewer のいずれかです: ${opts.role}`);
      const password = opts.passwordStdin ? await readStdin() : await promptHidden('パスワード（12文字以上）: ');
      await withPlatform(cmd.optsWithGlobals<GlobalOptions>(), async ({ db }) => {
        const u = await createUser(db, { email: opts.email, name: opts.name, role: opts.role, orgCode: opts.org, password });
        process.stdout.write(`登録しました: ${u.email}（${u.role}、団体コード ${u.orgCode}）\n`);
      });
    });
  users
    .command('list')
    .description('利用者の一覧 / list users')
    .action(async (_o: unknown, cmd: Command) => {
      await withPlatform(cmd.optsWithGlobals<GlobalOptions>(), async ({ db }) => {
        const rows = (await listUsers(db)).map((u) => [u.email, u.name, u.role, u.orgCode]);
        process.stdout.write(`${renderTable(['メール', '氏名', '役割', '団体コード'], rows)}\n`);
      });
    });
}
