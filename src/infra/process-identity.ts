/**
 * Which process is this, in a form another process on the same host can check later: host, pid
 * and the process's start time (Linux /proc), so that a reused pid is not taken for the original.
 */
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

export interface ProcessIdentity {
  hostname: string;
  pid: number;
  /** start time in clock ticks since boot; null where /proc is not available */
  procStart: string | null;
}

export function procStartOf(pid: number): string | null {
  try {
    // Field 22 of /proc/<pid>/stat; the command name (field 2) may contain spaces: count from ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

export const thisProcess = (): ProcessIdentity => ({ hostname: hostname(), pid: process.pid, procStart: procStartOf(process.pid) });

/** Whether that process still runs (on another host we cannot tell: assume it does). */
export function processAlive(p: ProcessIdentity): boolean {
  if (p.hostname !== hostname()) return true;
  try {
    process.kill(p.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const now = procStartOf(p.pid);
  return !(p.procStart && now && now !== p.procStart);
}

export const formatIdentity = (p: ProcessIdentity) => `${p.hostname}:${p.pid}:${p.procStart ?? ''}`;

export function parseIdentity(s: string): ProcessIdentity | null {
  const m = /^(.*):(\d+):(\d*)$/.exec(s);
  return m ? { hostname: m[1]!, pid: Number(m[2]), procStart: m[3] || null } : null;
}
