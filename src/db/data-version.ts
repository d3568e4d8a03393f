/**
 * The data version: a token that changes after every committed write to the data the read
 * caches serve (catalogs, evaluations, statistics). Triggers (migration 0008) send
 * `sousei_data_changed` on every writing statement; PostgreSQL delivers it at commit only, to
 * every session LISTENing on the channel, this process's or another's.
 *
 * - Embedded (PGlite): one writer (the data-directory lock; CLI commands run inside the server
 *   through the operator socket), and PGlite calls the listener before the committing query
 *   returns: `fresh()` is the counter, no query at all.
 * - PostgreSQL: one connection per process LISTENs. `fresh()` makes a round trip on it (`select 1`)
 *   that starts after the caller asked: the server sends a session its pending notifications
 *   before the answer, so every write committed before the request is counted. Callers waiting
 *   at once share one round trip (no table is read; the pool is not used). While that connection
 *   is down the version is null ("unknown": do not cache); it changes on reconnect, since
 *   notifications sent meanwhile are lost.
 */
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/** client.ts's Database (not imported from there: client.ts imports this file). */
type Database = PgDatabase<PgQueryResultHKT>;

export const DATA_CHANGED_CHANNEL = 'sousei_data_changed';

export interface DataVersion {
  /** the token counting every write committed before this call; null when unknown (do not cache) */
  fresh(): Promise<string | null>;
  close(): Promise<void>;
}

const BOOT = `${process.pid.toString(36)}.${Date.now().toString(36)}`;

class Counter {
  private n = 0;
  listening = false;
  bump(): void {
    this.n++;
  }
  current(): string | null {
    return this.listening ? `${BOOT}.${this.n}` : null;
  }
}

/** PGlite: the instance's own listener. */
export function pgliteDataVersion(client: PGlite): DataVersion {
  const counter = new Counter();
  const unlisten = client.listen(DATA_CHANGED_CHANNEL, () => counter.bump());
  const ready = unlisten.then(
    () => {
      counter.listening = true;
    },
    () => {},
  );
  return {
    fresh: async () => {
      await ready;
      return counter.current();
    },
    close: async () => {
      counter.listening = false;
      await (await unlisten.catch(() => null))?.().catch(() => {});
    },
  };
}

/** PostgreSQL: one dedicated connection LISTENing, reconnected after a loss. */
export function postgresDataVersion(url: string, onError?: (err: Error) => void): DataVersion {
  const counter = new Counter();
  let client: pg.Client | null = null;
  let connecting: Promise<void> = Promise.resolve();
  let closed = false;
  let retry: NodeJS.Timeout | null = null;
  const drop = (c: pg.Client) => {
    c.removeAllListeners();
    c.on('error', () => {});
    return c.end().catch(() => {});
  };
  const lost = (c: pg.Client, err?: Error) => {
    if (client !== c) return;
    if (err) onError?.(err);
    counter.listening = false;
    counter.bump();
    client = null;
    void drop(c);
    if (!closed && !retry)
      retry = setTimeout(() => {
        connecting = connect();
      }, 1000).unref();
  };
  const connect = async () => {
    retry = null;
    if (closed) return;
    // A hung connection must not hang requests: they are answered uncached meanwhile.
    const c = new pg.Client({ connectionString: url, query_timeout: 5000 });
    client = c;
    c.on('error', (e) => lost(c, e));
    c.on('end', () => lost(c));
    c.on('notification', () => counter.bump());
    try {
      await c.connect();
      await c.query(`LISTEN ${DATA_CHANGED_CHANNEL}`);
      if (client !== c) return;
      counter.bump();
      counter.listening = true;
    } catch (e) {
      lost(c, e as Error);
    }
  };
  connecting = connect();

  // One round trip serves every caller that asked before it was sent.
  let queued: Promise<void> | null = null;
  let last: Promise<void> = Promise.resolve();
  const roundTrip = (): Promise<void> => {
    if (!queued) {
      const q = last.then(async () => {
        queued = null;
        const c = client;
        if (!c || !counter.listening) return;
        await c.query('select 1').then(
          () => {},
          (e: Error) => lost(c, e),
        );
      });
      queued = q;
      last = q;
    }
    return queued;
  };
  return {
    fresh: async () => {
      await connecting;
      await roundTrip();
      return counter.current();
    },
    close: async () => {
      closed = true;
      counter.listening = false;
      if (retry) clearTimeout(retry);
      const c = client;
      client = null;
      if (c) await drop(c);
    },
  };
}

/**
 * Tells every listening process that the data changed where no trigger fired: a restore
 * (pg_restore loads the tables before it creates their triggers).
 */
export async function announceDataChanged(db: Database): Promise<void> {
  await db.execute(sql`select pg_notify(${DATA_CHANGED_CHANNEL}, '')`);
}

const UNKNOWN: DataVersion = { fresh: async () => null, close: async () => {} };

/** Started on first use (the HTTP app), so CLI processes hold no listening connection. */
const registry = new WeakMap<Database, { start: () => DataVersion; started: DataVersion | null }>();

export function registerDataVersion(db: Database, start: () => DataVersion): { close: () => Promise<void> } {
  const entry = { start, started: null as DataVersion | null };
  registry.set(db, entry);
  return { close: async () => entry.started?.close() };
}

/** The data version of a database opened by openDatabase; "unknown" (never cache) for any other client. */
export function dataVersionOf(db: Database): DataVersion {
  const entry = registry.get(db);
  if (!entry) return UNKNOWN;
  entry.started ??= entry.start();
  return entry.started;
}
