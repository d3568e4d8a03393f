/**
 * Backup files: written whole or not at all (a temporary file beside the target, synced, then
 * linked or renamed into place), readable by the owner only (a backup holds password hashes and
 * session tokens' hashes), and never over an existing file unless asked.
 */
import { readFileSync, statSync } from 'node:fs';
import { writeFileWhole } from '../../infra/write-file-whole.ts';
import { dirname, resolve } from 'node:path';
import { InputError, NotFoundError } from '../../shared/errors.ts';

const exists = (file: string) =>
  InputError.single({ file, code: 'file_exists', reason: 'ファイルが既にあります。上書きするには --force を指定してください（既存のファイルは変更していません）' });

/** Refuses early, before a backup is taken, when the file is there and may not be replaced. */
export function checkBackupTarget(path: string, force: boolean): void {
  if (!statSync(dirname(resolve(path)), { throwIfNoEntry: false })?.isDirectory()) throw new NotFoundError(`保存先のディレクトリがありません: ${dirname(resolve(path))}`);
  if (!force && statSync(path, { throwIfNoEntry: false })) throw exists(path);
}

export function writeBackupFile(path: string, bytes: Uint8Array, opts: { force?: boolean } = {}): void {
  try {
    writeFileWhole(path, bytes, { overwrite: opts.force === true, mode: 0o600 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw exists(path);
    throw e;
  }
}

export function readBackupFile(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new NotFoundError(`バックアップファイルがありません: ${path}`);
    throw e;
  }
}
