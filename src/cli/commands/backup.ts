import type { Command } from 'commander';
import { parseAnchors, type AuditHead, type ChainReport } from '../../modules/audit/index.ts';
import { BACKUP_FORMAT, DATABASE_LABEL, checkBackupTarget, createBackup, restoreBackup, type TableCount } from '../../platform/backup/index.ts';
import { databaseCommand, exclusiveCommand } from '../../infra/cli/command-kinds.ts';
import { EXIT, ExitStatus } from '../../infra/cli/exit-codes.ts';
import { oneOf } from '../../infra/cli/options.ts';
import { configFrom, type CliRuntime, type GlobalOptions } from '../runtime.ts';
import { renderTable } from '../../infra/cli/terminal.ts';

const number = (n: number) => n.toLocaleString('ja-JP');
const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB（${number(n)} バイト）`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} 秒`;

const tablesText = (tables: TableCount[]) =>
  renderTable(
    ['テーブル', '行数'],
    tables.map((t) => [t.table, number(t.rows)]),
  );

function headsText(heads: AuditHead[]): string {
  if (heads.length === 0) return '監査ログの記録はありません。';
  return renderTable(
    ['団体コード', '通番', 'ハッシュ（SHA-256）', '日時'],
    heads.map((h) => [h.owner_code, String(h.seq), h.hash, h.occurred_at]),
  );
}

function chainText(chain: ChainReport): string {
  if (chain.ok) return `監査ログのハッシュ連鎖: 検証できました（${number(chain.checked)}件、${chain.owners.length}団体）`;
  const broken = chain.owners.filter((o) => o.broken).map((o) => `  団体コード ${o.owner_code} 通番 ${o.broken!.seq}: ${o.broken!.message}`);
  return [
    `警告: 監査ログのハッシュ連鎖が検証できません（${broken.length}団体）。データは復元しましたが、バックアップか元のデータベースが改ざんされている可能性があります:`,
    ...broken,
  ].join('\n');
}

export function registerBackup(program: Command, rt: CliRuntime) {
  databaseCommand(program.command('backup'))
    .description(
      'データベース全体（利用者・セッション・監査ログ・統計を含む）をバックアップする。実行中のサーバーのデータもそのまま取れる / back up the whole database (also while the server runs)',
    )
    .requiredOption('-o, --out <file>', 'backup file (PGlite: tar.gz of the data directory; PostgreSQL: pg_dump custom format)')
    .option('--force', 'overwrite an existing file')
    .option('--format <format>', 'summary on stdout: text | json', 'text')
    .action(async (opts: { out: string; force?: boolean; format: string }, cmd: Command) => {
      const fmt = oneOf('--format', opts.format, ['text', 'json'] as const);
      // Refused early (the file is there, the folder is not) when the CLI process writes the file itself.
      if (rt.where === 'standalone') checkBackupTarget(opts.out, opts.force === true);
      const backup = await rt.withDatabase(cmd.optsWithGlobals<GlobalOptions>(), 'backup', (handle) => createBackup(handle));
      await rt.io.writeFile(opts.out, backup.bytes, { overwrite: opts.force === true, private: true });
      const s = backup.summary;
      if (fmt === 'json') {
        rt.io.stdout.write(`${JSON.stringify({ file: opts.out, ...s }, null, 2)}\n`);
        return;
      }
      rt.io.stdout.write(
        [
          `バックアップを作成しました: ${opts.out}`,
          `  データベース: ${DATABASE_LABEL[s.kind]} ${s.location}`,
          `  形式: ${BACKUP_FORMAT[s.kind]}`,
          `  大きさ: ${megabytes(s.bytes)}`,
          `  SHA-256: ${s.sha256}`,
          `  時点: ${s.created_at}（所要 ${seconds(s.duration_ms)}）`,
          '',
          tablesText(s.tables),
          '',
          '監査ログの最新の記録（アンカー）: バックアップとは別の場所に控えてください。復元したデータの監査ログがこの時点まで改ざんされていないことを確かめられます（--format json の出力を sousei restore --anchors に渡せます）。',
          headsText(s.audit_heads),
          '',
        ].join('\n'),
      );
    });

  exclusiveCommand(program.command('restore'))
    .description('バックアップからデータベースを復元する（組み込みデータベースはサーバー停止中に） / restore the database from a backup')
    .argument('<file>', 'backup file made by sousei backup')
    .option('--force', 'replace a database that holds data (PGlite: the old data directory is moved to <dir>.before-restore-<time>)')
    .option('--anchors <file>', 'audit heads kept elsewhere (sousei backup --format json output) to check the restored audit log against')
    .option('--format <format>', 'report on stdout: text | json', 'text')
    .action(async (file: string, opts: { force?: boolean; anchors?: string; format: string }, cmd: Command) => {
      const fmt = oneOf('--format', opts.format, ['text', 'json'] as const);
      const anchors = opts.anchors ? parseAnchors(new TextDecoder().decode(await rt.io.readFile(opts.anchors)), opts.anchors) : undefined;
      const r = await restoreBackup(configFrom(cmd.optsWithGlobals<GlobalOptions>()), await rt.io.readFile(file), { force: opts.force === true, anchors, file });
      if (fmt === 'json') rt.io.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
      else {
        rt.io.stdout.write(
          [
            `復元しました: ${file} → ${DATABASE_LABEL[r.kind]} ${r.location}（所要 ${seconds(r.duration_ms)}）`,
            ...(r.previous ? [`  それまでのデータディレクトリは ${r.previous} に移しました（削除していません）`] : r.replaced ? ['  それまでのデータは置き換えました'] : []),
            '',
            tablesText(r.tables),
            '',
            headsText(r.audit_heads),
            '',
            ...(r.chain.ok ? [chainText(r.chain), ''] : []),
          ].join('\n'),
        );
      }
      if (!r.chain.ok) {
        rt.io.stderr.write(`${chainText(r.chain)}\n`);
        throw new ExitStatus(EXIT.auditBroken);
      }
    });
}
