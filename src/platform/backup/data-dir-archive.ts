/**
 * The PGlite data-directory dump (a ustar tarball, gzip-compressed): reading it with every header
 * checked, and leaving out what is not the database — Sousei's lock file (it names the process
 * that held the directory), sockets (PGlite's dump stores them as empty directories) and WAL
 * segments that recovery does not need (those before the last checkpoint's redo point, and
 * recycled ones after the current segment: together most of a data directory's size).
 */
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { InputError } from '../../shared/errors.ts';

const BLOCK = 512;
const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

export interface TarEntry {
  /** path inside the data directory, without a leading '/' */
  name: string;
  /** '0' regular file, '5' directory, … */
  type: string;
  size: number;
  /** byte range of header + data (padded) in the archive */
  start: number;
  end: number;
  dataStart: number;
}

const text = (b: Uint8Array, from: number, len: number) => {
  const s = Buffer.from(b.buffer, b.byteOffset + from, len).toString('latin1');
  const nul = s.indexOf('\0');
  return nul < 0 ? s : s.slice(0, nul);
};

function octal(b: Uint8Array, from: number, len: number): number {
  // GNU base-256 for large sizes: the high bit of the first byte is set.
  if (b[from]! & 0x80) {
    let n = b[from]! & 0x7f;
    for (let i = 1; i < len; i++) n = n * 256 + b[from + i]!;
    return n;
  }
  const s = text(b, from, len).trim();
  return s === '' ? 0 : /^[0-7]+$/.test(s) ? parseInt(s, 8) : NaN;
}

/** A damaged backup file: the same clear message wherever the damage is found. */
export function corruptBackup(file: string | undefined, detail: string): InputError {
  return InputError.single({ file, code: 'backup_corrupt', reason: `バックアップファイルが壊れているか、途中で切れています（${detail}）。復元先は変更されていません` });
}

/** Every entry of a tarball; throws on a bad header checksum or an entry running past the end. */
export function tarEntries(tar: Uint8Array, file?: string): TarEntry[] {
  const entries: TarEntry[] = [];
  let off = 0;
  for (;;) {
    if (off + BLOCK > tar.length) throw corruptBackup(file, `tar の終端がありません（${off} バイト目）`);
    const h = tar.subarray(off, off + BLOCK);
    if (h.every((x) => x === 0)) break; // end-of-archive marker
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : h[i]!;
    if (octal(h, 148, 8) !== sum) throw corruptBackup(file, `tar のヘッダーが壊れています（${off} バイト目）`);
    const size = octal(h, 124, 12);
    if (!Number.isFinite(size)) throw corruptBackup(file, `tar のヘッダーが壊れています（${off} バイト目）`);
    const prefix = text(h, 345, 155);
    const name = `${prefix ? `${prefix}/` : ''}${text(h, 0, 100)}`.replace(/^(\.?\/)+/, '');
    const end = off + BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (end > tar.length) throw corruptBackup(file, `「${name}」の途中で切れています`);
    entries.push({ name, type: String.fromCharCode(h[156]!) || '0', size, start: off, end, dataStart: off + BLOCK });
    off = end;
  }
  return entries;
}

/** A tarball of the given entries of another (bytes copied as they are), with its end marker. */
export function tarOf(tar: Uint8Array, entries: readonly TarEntry[]): Uint8Array {
  return Buffer.concat([...entries.map((e) => tar.subarray(e.start, e.end)), new Uint8Array(2 * BLOCK)]);
}

export const isRegular = (e: TarEntry) => e.type === '0' || e.type === '\0';

/** Sousei's own files in a data directory: the lock (and its temporary file while it is rewritten). */
export const isSouseiFile = (name: string) => name === 'sousei.lock' || name.startsWith('sousei.lock.');

const WAL_SEGMENT = /^pg_wal\/([0-9A-F]{8})([0-9A-F]{16})$/;

/**
 * Whether recovery needs a WAL segment: from the redo point of the last checkpoint up to the
 * current segment (same timeline). Segments before are spent, after are recycled empties.
 */
export function walSegmentNeeded(name: string, wal: { redo: string; current: string }): boolean {
  const m = WAL_SEGMENT.exec(name);
  if (!m) return true;
  const timeline = wal.current.slice(0, 8);
  if (m[1] !== timeline || wal.redo.slice(0, 8) !== timeline) return true;
  return name.slice(7) >= wal.redo && name.slice(7) <= wal.current;
}

const view = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.length);

export const gzipBytes = async (b: Uint8Array) => view(await gzipAsync(b));

/** The tarball inside a backup (gzip or plain tar), checked to hold a PostgreSQL data directory. */
export async function readDataDirBackup(bytes: Uint8Array, file?: string): Promise<{ tar: Uint8Array; pgVersion: string }> {
  let tar = bytes;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      tar = view(await gunzipAsync(bytes));
    } catch (e) {
      throw corruptBackup(file, `gzip: ${(e as Error).message}`);
    }
  }
  const entries = tarEntries(tar, file);
  // PGlite's dump holds regular files and directories only, under relative paths.
  const odd = entries.find((e) => !(isRegular(e) || e.type === '5') || e.name.split('/').includes('..'));
  if (odd)
    throw InputError.single({
      file,
      code: 'not_a_backup',
      reason: `PGlite のデータディレクトリのバックアップにはない項目があります: 「${odd.name}」（種類 ${JSON.stringify(odd.type)}）`,
    });
  const byName = new Map(entries.map((e) => [e.name, e]));
  const version = byName.get('PG_VERSION');
  if (!version || !isRegular(version) || !byName.has('global/pg_control') || !entries.some((e) => e.name === 'base' || e.name.startsWith('base/'))) {
    throw InputError.single({ file, code: 'not_a_backup', reason: 'PGlite のデータディレクトリのバックアップではありません（PG_VERSION、global/pg_control、base がありません）' });
  }
  const pgVersion = Buffer.from(tar.subarray(version.dataStart, version.dataStart + version.size))
    .toString('latin1')
    .trim();
  // The lock of the directory the backup was taken from must not come back: it would name that
  // process as the holder of the restored directory.
  const kept = entries.filter((e) => !isSouseiFile(e.name));
  return { tar: kept.length === entries.length ? tar : tarOf(tar, kept), pgVersion };
}
