/**
 * One process per PGlite data directory. A lock file (sousei.lock, created exclusively) names
 * its holder — pid, host, the process's start time, what it is doing and, for a server, its
 * operator socket and URL — and is removed at exit. A lock whose process is gone (kill -9,
 * power loss) is stale and taken over; the start time tells a reused pid from the holder.
 *
 * Written by hand rather than with proper-lockfile: that library decides staleness by mtime
 * (a crashed server would block the directory for its stale period, 10 s by default, and a
 * live but busy one could be taken over), while the holder's pid answers the question exactly.
 */
import { readFileSync, renameSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { processAlive, thisProcess } from '../infra/process-identity.ts';

export const LOCK_FILE = 'sousei.lock';

export interface LockHolder {
  pid: number;
  hostname: string;
  /** the process's start time in clock ticks since boot (Linux /proc), to detect pid reuse */
  proc_start: string | null;
  started_at: string;
  /** e.g. 'serve', 'import', 'backup' */
  purpose: string;
  /** a server's operator socket, through which CLI commands reach its database */
  socket?: string;
  /** a server's URL */
  url?: string;
}

/** The data directory is held by another live process. */
export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    const what = holder.purpose === 'serve' ? `サーバー${holder.url ? `（${holder.url}）` : ''}` : `コマンド「sousei ${holder.purpose}」`;
    super(`データディレクトリ ${dataDir} は別のプロセス（pid ${holder.pid}、${what}、${holder.started_at} 開始）が使用中です。終了を待ってから再実行してください`);
    this.name = 'DataDirBusyError';
  }
}

/** Whether the holder of a lock is still running (on another host we cannot tell: assume so). */
export function holderAlive(h: LockHolder): boolean {
  return processAlive({ hostname: h.hostname, pid: h.pid, procStart: h.proc_start });
}

export function readLockHolder(dataDir: string): LockHolder | null {
  try {
    return JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')) as LockHolder;
  } catch {
    return null;
  }
}

function removeStaleSocket(socket: string): void {
  try {
    unlinkSync(socket);
    if (basename(dirname(socket)).startsWith('sousei-operator-')) rmdirSync(dirname(socket));
  } catch {
    /* already gone */
  }
}

export interface DataDirLock {
  readonly path: string;
  readonly holder: LockHolder;
  /** adds the server's socket and URL to the lock file */
  update(fields: Pick<LockHolder, 'socket' | 'url'>): void;
  release(): void;
}

export function acquireDataDirLock(dataDir: string, purpose: string): DataDirLock {
  const path = join(dataDir, LOCK_FILE);
  const me = thisProcess();
  const holder: LockHolder = { pid: me.pid, hostname: me.hostname, proc_start: me.procStart, started_at: new Date().toISOString(), purpose };
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(path, `${JSON.stringify(holder)}\n`, { flag: 'wx', mode: 0o600 });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) throw e;
      const current = readLockHolder(dataDir);
      // A lock file being written right now reads as empty: treat as held, and look again.
      if (current && holderAlive(current)) throw new DataDirBusyError(dataDir, current);
      if (!current && attempt < 2) continue;
      try {
        unlinkSync(path); // stale: its process is gone
        // …and the operator socket it named (a file in a private directory of its own).
        if (current?.socket) removeStaleSocket(current.socket);
      } catch {
        /* another process took it over first; the next attempt sees its lock */
      }
    }
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.removeListener('exit', release);
    // Only our own lock: never remove a lock another process took over.
    if (readLockHolder(dataDir)?.pid === holder.pid) {
      try {
        unlinkSync(path);
      } catch {
        /* already gone */
      }
    }
  };
  process.on('exit', release);
  return {
    path,
    holder,
    update(fields) {
      Object.assign(holder, fields);
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, `${JSON.stringify(holder)}\n`, { mode: 0o600 });
      renameSync(tmp, path);
    },
    release,
  };
}
