/**
 * The two kinds of backup, told apart by their content (never by the file name):
 *   pglite   — PGlite's dump of its data directory: a tarball, gzip-compressed (1f 8b), or plain
 *              (ustar at offset 257);
 *   postgres — a pg_dump archive in the custom format ("PGDMP").
 */
import { InputError } from '../../shared/errors.ts';

export type BackupKind = 'pglite' | 'postgres';

export const BACKUP_FORMAT: Record<BackupKind, string> = {
  pglite: 'PGlite データディレクトリ（tar + gzip）',
  postgres: 'pg_dump カスタム形式',
};

export const DATABASE_LABEL: Record<BackupKind, string> = {
  pglite: '組み込みデータベース（PGlite）',
  postgres: 'PostgreSQL サーバー',
};

const ascii = (b: Uint8Array, from: number, len: number) => Buffer.from(b.buffer, b.byteOffset + from, len).toString('latin1');

export function detectBackupKind(bytes: Uint8Array): BackupKind | null {
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) return 'pglite';
  if (bytes.length >= 262 && ascii(bytes, 257, 5) === 'ustar') return 'pglite';
  if (bytes.length >= 5 && ascii(bytes, 0, 5) === 'PGDMP') return 'postgres';
  return null;
}

/** Refuses a file that is no backup, or a backup of the other database mode than the target's. */
export function checkBackupKind(bytes: Uint8Array, target: BackupKind, file?: string): BackupKind {
  const kind = detectBackupKind(bytes);
  if (!kind) {
    throw InputError.single({
      file,
      code: 'not_a_backup',
      reason: 'Sousei のバックアップではありません（PGlite のデータディレクトリ（tar/gzip）でも pg_dump のカスタム形式でもありません）。復元先は変更されていません',
    });
  }
  if (kind !== target) {
    const reason =
      kind === 'pglite'
        ? 'このバックアップは組み込みデータベース（PGlite）のものです。--data-dir に復元してください（DATABASE_URL・--database-url を指定せずに実行します）'
        : 'このバックアップは PostgreSQL サーバー（pg_dump）のものです。復元先のデータベースを DATABASE_URL または --database-url で指定してください';
    throw InputError.single({ file, code: 'backup_kind_mismatch', reason });
  }
  return kind;
}
