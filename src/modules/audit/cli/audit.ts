import type { Command } from 'commander';
import { parseAnchors, verifyAuditChain, type ChainReport } from '../index.ts';
import { normalizeLocalGovCode } from '../../../shared/local-gov-code.ts';
import { commandGroup } from '../../../infra/cli/command-group.ts';
import { databaseCommand } from '../../../infra/cli/command-kinds.ts';
import { EXIT, ExitStatus } from '../../../infra/cli/exit-codes.ts';
import { oneOf } from '../../../infra/cli/options.ts';
import type { CliRuntime, GlobalOptions } from '../../../infra/cli/runtime.ts';
import { renderTable } from '../../../infra/cli/terminal.ts';

function renderReport(r: ChainReport): string {
  const rows = r.owners.map((o) => [
    o.owner_code,
    String(o.entries),
    o.head ? String(o.head.seq) : '—',
    o.head ? o.head.hash.slice(0, 16) : '—',
    o.broken ? `✗ ${o.broken.message}` : '✓',
  ]);
  const verdict = r.ok
    ? `監査ログの連鎖を確認しました: ${r.checked}件、改ざんは見つかりません。`
    : `監査ログの連鎖が壊れています: ${r.owners.filter((o) => o.broken).length}団体の記録に改ざん・欠落の疑いがあります。`;
  return `${renderTable(['団体コード', '件数', '最新の通番', 'ハッシュ（先頭16桁）', '結果'], rows, [10, 8, 10, 18, 80])}\n\n${verdict}\n`;
}

export function registerAuditCommands(program: Command, rt: CliRuntime) {
  const audit = commandGroup(program, 'audit', '監査ログ / the audit log; `audit verify` checks the hash chain');
  databaseCommand(audit.command('verify'))
    .description('監査ログのハッシュ連鎖を検証し、最初に壊れている記録を示す / verify the audit hash chain and name the first broken entry')
    .option('--owner <code>', 'only this 団体コード')
    .option('--anchors <file>', 'heads recorded earlier (the JSON output of this command) that must still be there')
    .option('-f, --format <format>', 'table | json (keep the JSON elsewhere: it is the anchor for the next check)', 'table')
    .action(async (opts: { owner?: string; anchors?: string; format: string }, cmd: Command) => {
      const format = oneOf('--format', opts.format, ['table', 'json'] as const);
      const ownerCode = opts.owner ? normalizeLocalGovCode(opts.owner) : undefined;
      const anchors = opts.anchors ? parseAnchors(new TextDecoder().decode(await rt.io.readFile(opts.anchors)), opts.anchors) : undefined;
      const report = await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'audit verify', ({ db }) => verifyAuditChain(db, { ownerCode, anchors }));
      rt.io.stdout.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report));
      if (!report.ok) throw new ExitStatus(EXIT.auditBroken);
    });
}
