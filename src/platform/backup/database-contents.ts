/**
 * What a backup holds, as an operator can check it: rows per table of the public schema (every
 * table, found in the catalog, so a table added later is counted too) and the audit chain heads,
 * the anchors to keep elsewhere (`verifyAuditChain` checks a restored log against them).
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { auditHeads, type AuditHead } from '../../modules/audit/index.ts';

export interface TableCount {
  table: string;
  rows: number;
}

export interface DatabaseContents {
  tables: TableCount[];
  audit_heads: AuditHead[];
}

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;
const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The tables of the public schema (partitions counted with their parent), by name. */
export async function publicTables(db: Pick<Database, 'execute'>): Promise<string[]> {
  const r = await db.execute(sql`
    select c.relname::text as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition order by 1`);
  return rowsOf<{ name: string }>(r).map((t) => t.name);
}

/** Accepts the database or a transaction (a consistent view when taken inside the backup's). */
export async function databaseContents(db: Database): Promise<DatabaseContents> {
  const tables: TableCount[] = [];
  for (const table of await publicTables(db)) {
    const [row] = rowsOf<{ n: string | number }>(await db.execute(sql.raw(`select count(*)::bigint as n from public.${quoteIdent(table)}`)));
    tables.push({ table, rows: Number(row!.n) });
  }
  // A database from before the hash chain (migration 0005) has no heads to report.
  const chained = rowsOf<{ ok: boolean }>(
    await db.execute(sql`select exists (select from information_schema.columns where table_schema = 'public' and table_name = 'audit_log' and column_name = 'hash') as ok`),
  )[0]!.ok;
  return { tables, audit_heads: chained ? await auditHeads(db) : [] };
}
