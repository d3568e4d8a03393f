/**
 * Backup files: written whole or not at all (a temporary file beside the target, synced, then
 * linked or renamed into place), readable by the owner only (a backup holds password hashes and
 * session tokens' hashes), and never over an existing file unless asked.
 */
import { closeSync, constants, copyFileSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { AuditAnchor } from '../../modules/audit/index.ts';
import { InputError, NotFoundError } from '../../shared/errors.ts';

const exists = (file: string) =>
  InputError.single({ file, code: 'file_exists', reason: 'ファイルが既にあります。上書きするには --force を指定してください（既存のファイルは変更していません）' });

/** Refuses early, before a backup is taken, when the file is there and may not be replaced. */
export function checkBackupTarget(path: string, force: boolean): void {
  if (!statSync(dirname(resolve(path)), { throwIfNoEntry: false })?.isDirectory()) throw new NotFoundError(`保存先のディレクトリがありません: ${dirname(resolve(path))}`);
  if (!force && statSync(path, { throwIfNoEntry: false })) throw exists(path);
}

export function writeBackupFile(path: string, bytes: Uint8Array, opts: { force?: boolean } = {}): void {
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    try {
      for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (opts.force) {
      renameSync(tmp, path);
      return;
    }
    try {
      linkSync(tmp, path); // fails if the file appeared meanwhile: never overwritten
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw exists(path);
      // file systems without hard links
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'EXDEV') copyFileSync(tmp, path, constants.COPYFILE_EXCL);
      else throw e;
    }
  } finally {
    rmSync(tmp, { force: true });
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

/**
 * Audit anchors kept from a backup: the JSON `sousei backup --format json` prints (its
 * `audit_heads`), or a bare array of {owner_code, seq, hash}.
 */
export function readAnchors(bytes: Uint8Array, file: string): AuditAnchor[] {
  const bad = (reason: string) => InputError.single({ file, code: 'bad_anchors', reason });
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw bad('JSON として読めません（sousei backup --format json の出力か、{owner_code, seq, hash} の配列を指定してください）');
  }
  const list = Array.isArray(value) ? value : (value as { audit_heads?: unknown } | null)?.audit_heads;
  if (!Array.isArray(list)) throw bad('audit_heads がありません');
  return list.map((a: unknown, i) => {
    const x = a as Partial<AuditAnchor>;
    if (typeof x?.owner_code !== 'string' || !Number.isInteger(x.seq) || typeof x.hash !== 'string' || !/^[0-9a-f]{64}$/.test(x.hash)) {
      throw bad(`${i + 1}番目の控えに owner_code・seq・hash（SHA-256 の16進64桁）がありません`);
    }
    return { owner_code: x.owner_code, seq: x.seq!, hash: x.hash };
  });
}
