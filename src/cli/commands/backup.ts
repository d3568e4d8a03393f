import type { Command } from 'commander';
import type { AuditHead, ChainReport } from '../../modules/audit/index.ts';
import {
  BACKUP_FORMAT,
  DATABASE_LABEL,
  checkBackupTarget,
  createBackup,
  openDatabaseForBackup,
  readAnchors,
  readBackupFile,
  restoreBackup,
  writeBackupFile,
  type TableCount,
} from '../../platform/backup/index.ts';
import { InputError } from '../../shared/errors.ts';
import { configFrom, type GlobalOptions } from '../context.ts';
import { renderTable } from '../terminal.ts';

/** Exit code of a restore whose audit chain does not verify (the data is restored all the same). */
export const EXIT_CHAIN_BROKEN = 4;

const number = (n: number) => n.toLocaleString('ja-JP');
const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB（${number(n)} バイト）`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} 秒`;

function format(raw: string): 'text' | 'json' {
  if (raw !== 'text' && raw !== 'json') throw InputError.single({ column: '--format', code: 'bad_option', reason: `--format は text か json です: ${raw}` });
  return raw;
}

const tablesText = (tables: TableCount[]) => renderTable(['テーブル', '行数'], tables.map((t) => [t.table, number(t.rows)]));

function headsText(heads: AuditHead[]): string {
  if (heads.length === 0) return '監査ログの記録はありません。';
  return renderTable(['団体コード', '通番', 'ハッシュ（SHA-256）', '日時'], heads.map((h) => [h.owner_code, String(h.seq), h.hash, h.occurred_at]));
}

function chainText(chain: ChainReport): string {
  if (chain.ok) return `監査ログのハッシュ連鎖: 検証できました（${number(chain.checked)}件、${chain.owners.length}団体）`;
  const broken = chain.owners.filter((o) => o.broken).map((o) => `  団体コード ${o.owner_code} 通番 ${o.broken!.seq}: ${o.broken!.message}`);
  return [`警告: 監査ログのハッシュ連鎖が検証できません（${broken.length}団体）。データは復元しましたが、バックアップか元のデータベースが改ざんされている可能性があります:`, ...broken].join('\n');
}

export function registerBackup(program: Command) {
  program
    .command('backup')
    .description('データベース全体（利用者・セッション・監査ログ・統計を含む）をバックアップする / back up the whole database')
    .requiredOption('-o, --out <file>', 'backup file (PGlite: tar.gz of the data directory; PostgreSQL: pg_dump custom format)')
    .option('--force', 'overwrite an existing file')
    .option('--format <format>', 'summary on stdout: text | json', 'text')
    .action(async (opts: { out: string; force?: boolean; format: string }, cmd: Command) => {
      const fmt = format(opts.format);
      checkBackupTarget(opts.out, opts.force === true);
      const handle = await openDatabaseForBackup(configFrom(cmd.optsWithGlobals<GlobalOptions>()));
      let backup: Awaited<ReturnType<typeof createBackup>>;
      try {
        backup = await createBackup(handle);
      } finally {
        await handle.close();
      }
      writeBackupFile(opts.out, backup.bytes, { force: opts.force });
      const s = backup.summary;
      if (fmt === 'json') {
        process.stdout.write(`${JSON.stringify({ file: opts.out, ...s }, null, 2)}\n`);
        return;
      }
      process.stdout.write(
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

  program
    .command('restore')
    .description('バックアップからデータベースを復元する（PGlite はサーバー停止中に） / restore the database from a backup')
    .argument('<file>', 'backup file made by sousei backup')
    .option('--force', 'replace a database that holds data (PGlite: the old data directory is moved to <dir>.before-restore-<time>)')
    .option('--anchors <file>', 'audit heads kept elsewhere (sousei backup --format json output) to check the restored audit log against')
    .option('--format <format>', 'report on stdout: text | json', 'text')
    .action(async (file: string, opts: { force?: boolean; anchors?: string; format: string }, cmd: Command) => {
      const fmt = format(opts.format);
      const anchors = opts.anchors ? readAnchors(readBackupFile(opts.anchors), opts.anchors) : undefined;
      const r = await restoreBackup(configFrom(cmd.optsWithGlobals<GlobalOptions>()), readBackupFile(file), { force: opts.force === true, anchors, file });
      if (fmt === 'json') process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
      else {
        process.stdout.write(
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
        process.stderr.write(`${chainText(r.chain)}\n`);
        process.exitCode = EXIT_CHAIN_BROKEN;
      }
    });
}
