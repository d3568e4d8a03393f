/**
 * Loading a large, empty table fast: inside the caller's transaction, empty it with TRUNCATE (a
 * new relation file, which with wal_level=minimal is written without WAL), drop its indexes and
 * key constraints, load, rebuild them (one sort each instead of a million B-tree inserts:
 * about twice as fast on PGlite) and ANALYZE it (PGlite runs no autovacuum). Each index is
 * rebuilt from its own definition as the database reports it, so migrations stay the only place
 * that defines them.
 *
 * This needs the table's owner. PGlite's session user is the superuser (the app only SET ROLEs
 * away from it), so there the role is lifted for the load with SET LOCAL ROLE and restored; on
 * PostgreSQL with a separate owner the load simply runs with the indexes in place.
 */
import { sql } from 'drizzle-orm';
import type { Database } from './client.ts';

type Tx = Pick<Database, 'execute'>;

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function rows<T>(tx: Tx, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await tx.execute(query)) as unknown as { rows: T[] }).rows;
}

/**
 * Runs `fn` with the owner's rights on `table` when the session can have them; returns false
 * (without running fn) when it cannot.
 */
async function asOwner(tx: Tx, table: string, fn: () => Promise<void>): Promise<boolean> {
  const [who] = await rows<{ role: string; owns: boolean; superuser: boolean }>(
    tx,
    sql`select current_user::text as role, pg_has_role(current_user, c.relowner, 'USAGE') as owns,
               coalesce((select rolsuper from pg_roles where rolname = session_user), false) as superuser
        from pg_class c where c.oid = to_regclass(${table})`,
  );
  if (!who) throw new Error(`bulk load: no table ${table}`);
  if (who.owns) {
    await fn();
    return true;
  }
  if (!who.superuser) return false;
  await tx.execute(sql.raw('set local role none'));
  await fn();
  await tx.execute(sql.raw(`set local role ${quoteIdent(who.role)}`));
  return true;
}

/**
 * Empties `table` and runs `load` with its indexes dropped, then rebuilds them and analyses the
 * table. The caller must know the table is empty (or mean to replace all of it) and run this in a
 * transaction: a failure anywhere rolls all of it back, indexes included.
 */
export async function bulkLoadEmptyTable(tx: Tx, table: string, load: () => Promise<void>): Promise<void> {
  const t = quoteIdent(table);
  const ran = await asOwner(tx, table, async () => {
    const constraints = await rows<{ name: string; def: string }>(
      tx,
      sql`select conname::text as name, pg_get_constraintdef(oid) as def from pg_constraint
          where conrelid = to_regclass(${table}) and contype in ('p', 'u') order by conname`,
    );
    const indexes = await rows<{ name: string; def: string }>(
      tx,
      sql`select i.indexname::text as name, i.indexdef as def from pg_indexes i
          where i.schemaname = current_schema() and i.tablename = ${table}
            and not exists (select 1 from pg_constraint c where c.conindid = to_regclass(quote_ident(i.indexname)))
          order by i.indexname`,
    );
    await tx.execute(sql.raw(`truncate ${t}`));
    for (const i of indexes) await tx.execute(sql.raw(`drop index ${quoteIdent(i.name)}`));
    for (const c of constraints) await tx.execute(sql.raw(`alter table ${t} drop constraint ${quoteIdent(c.name)}`));
    await load();
    // Enough to sort a million keys in memory rather than in temporary files (PGlite is
    // restarted after a first-start load, which gives the memory back).
    await tx.execute(sql.raw("set local maintenance_work_mem = '256MB'"));
    for (const c of constraints) await tx.execute(sql.raw(`alter table ${t} add constraint ${quoteIdent(c.name)} ${c.def}`));
    for (const i of indexes) await tx.execute(sql.raw(i.def));
    await tx.execute(sql.raw(`analyze ${t}`));
  });
  if (!ran) await load();
}
