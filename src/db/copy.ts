/**
 * Bulk writes with COPY … FROM, the same call on both engines: PGlite takes the data as a Blob
 * (`COPY … FROM '/dev/blob'`), PostgreSQL as a COPY stream (pg-copy-streams) on the
 * transaction's own connection. COPY costs about half of what the same rows cost as
 * INSERT … SELECT FROM unnest(…) on either engine (src/modules/statistics/README.md).
 *
 * Drizzle has no COPY: the driver's connection is read from the transaction (`_.session.client`,
 * runtime fields of drizzle-orm 0.45 that its own sessions use). Only a transaction has one
 * connection on PostgreSQL, so a COPY outside one is refused rather than run on a random
 * pooled connection.
 */
import { once } from 'node:events';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from './client.ts';

/** What COPY needs of the caller: a Drizzle transaction (or, on PGlite, the database). */
export type CopyTarget = Pick<Database, 'execute'>;

interface PgliteLike {
  query(q: string, params?: unknown[], opts?: { blob?: Blob }): Promise<unknown>;
  exec(q: string): Promise<unknown>;
}

function driverClient(db: CopyTarget): unknown {
  const client = (db as unknown as { _?: { session?: { client?: unknown } }; session?: { client?: unknown } })._?.session?.client;
  return client ?? (db as unknown as { session?: { client?: unknown } }).session?.client;
}

/**
 * Runs `COPY <target> FROM …` with `data` (CSV text, UTF-8) as its input. `target` is SQL the
 * caller writes (table and column list); `options` the COPY options, e.g. "FORMAT csv".
 */
export async function copyFromCsv(db: CopyTarget, target: string, data: string, options = 'FORMAT csv'): Promise<void> {
  const client = driverClient(db);
  if (client instanceof pg.Pool) throw new Error('copyFromCsv: PostgreSQL COPY needs a transaction (one connection)');
  // a pool's clients are pg.Client instances too
  if (client instanceof pg.Client) {
    const stream = client.query(copyFrom(`COPY ${target} FROM STDIN (${options})`));
    const done = once(stream, 'finish');
    // 'error' is re-thrown by once() on the 'finish' promise
    stream.end(data);
    await done;
    return;
  }
  const lite = client as PgliteLike | undefined;
  if (!lite || typeof lite.query !== 'function') throw new Error('copyFromCsv: no database connection found');
  await lite.query(`COPY ${target} FROM '/dev/blob' WITH (${options})`, [], { blob: new Blob([data]) });
}

/** A CSV field: quoted only when it has to be (comma, quote, line break; or empty, which would read as NULL). */
export function csvField(s: string): string {
  if (s === '') return '""';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 34 || c === 10 || c === 13) return `"${s.replace(/"/g, '""')}"`;
  }
  return s;
}
