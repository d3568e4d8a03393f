/**
 * Writes a file whole or not at all: a temporary file beside the target, synced, then linked
 * (never over an existing file) or renamed (when overwriting is allowed) into place. Errors keep
 * their errno codes (EEXIST when the file is there and may not be replaced).
 */
import { closeSync, constants, copyFileSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

export function writeFileWhole(path: string, data: string | Uint8Array, opts: { overwrite?: boolean; mode?: number } = {}): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  const fd = openSync(tmp, 'wx', opts.mode ?? 0o644);
  try {
    try {
      for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (opts.overwrite) {
      renameSync(tmp, path);
      return;
    }
    try {
      linkSync(tmp, path); // fails if the file appeared meanwhile: never overwritten
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // file systems without hard links
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'EXDEV') copyFileSync(tmp, path, constants.COPYFILE_EXCL);
      else throw e;
    }
  } finally {
    rmSync(tmp, { force: true });
  }
}
