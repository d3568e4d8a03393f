/**
 * Verifies every owner's audit chain: seq runs 1, 2, 3 … without gaps, each entry names the
 * hash of the one before it, and each hash is the SHA-256 of the entry's canonical text
 * (recomputed here). Anchors (heads recorded earlier, e.g. `sousei audit verify --format json`
 * kept elsewhere or printed in a published report) must still be there unchanged, which also
 * catches a history cut short or rewritten as a whole.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { GENESIS_HASH, entryHash } from './domain/chain.ts';

export interface AuditAnchor {
  owner_code: string;
  seq: number;
  hash: string;
}

export interface ChainBreak {
  owner_code: string;
  /** the first entry that does not fit */
  seq: number;
  id: number | null;
  reason: 'hash_mismatch' | 'broken_link' | 'gap' | 'anchor_missing' | 'anchor_mismatch';
  message: string;
}

export interface OwnerChainReport {
  owner_code: string;
  entries: number;
  head: { seq: number; hash: string } | null;
  broken: ChainBreak | null;
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  owners: OwnerChainReport[];
  verified_at: string;
}

interface Row {
  owner_code: string;
  id: number;
  seq: number;
  occurred_utc: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  summary: string;
  details_text: string | null;
  prev_hash: string;
  hash: string;
}

const BATCH = 5000;

type Link = { seq: number; hash: string } | null;

/** One page of the log in (owner_code, seq) order after `after` (keyset pagination: constant memory). */
async function readBatch(db: Database, ownerCode: string | undefined, after: { owner: string; seq: number } | null): Promise<{ rows: Row[] }> {
  const where = [ownerCode ? sql`owner_code = ${ownerCode}` : sql`true`, after ? sql`(owner_code, seq) > (${after.owner}, ${after.seq})` : sql`true`];
  return (await db.execute(sql`
    select owner_code::text as owner_code, id::bigint as id, seq::bigint as seq,
           to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as occurred_utc,
           actor, action, entity_type, entity_id, summary, details::text as details_text, prev_hash::text as prev_hash, hash::text as hash
    from audit_log where ${sql.join(where, sql` and `)}
    order by owner_code, seq limit ${BATCH}`)) as unknown as { rows: Row[] };
}

/** Whether an entry continues its owner's chain: its number, its link, its own hash, the anchors. */
function checkEntry(row: Row, seq: number, prev: Link, anchors: Map<number, string>): ChainBreak | null {
  const expectedSeq = (prev?.seq ?? 0) + 1;
  const expectedPrev = prev?.hash ?? GENESIS_HASH;
  const actual = entryHash({
    ownerCode: row.owner_code,
    seq,
    occurredUtc: row.occurred_utc,
    actor: row.actor,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    summary: row.summary,
    detailsText: row.details_text,
    prevHash: row.prev_hash,
  });
  const broken = (reason: ChainBreak['reason'], message: string): ChainBreak => ({ owner_code: row.owner_code, seq, id: Number(row.id), reason, message });
  if (seq !== expectedSeq) return broken('gap', `通番 ${expectedSeq} の記録がありません（次は ${seq}）: 削除されたか、順序が改ざんされています`);
  if (row.prev_hash !== expectedPrev) return broken('broken_link', `通番 ${seq} の前の記録のハッシュが一致しません: 前の記録が変更・削除・挿入されています`);
  if (actual !== row.hash) return broken('hash_mismatch', `通番 ${seq} の内容がハッシュと一致しません: この記録が変更されています`);
  const anchored = anchors.get(seq);
  if (anchored !== undefined && anchored !== row.hash) return broken('anchor_mismatch', `通番 ${seq} が控え（アンカー）のハッシュと一致しません: 履歴が書き換えられています`);
  return null;
}

export async function verifyAuditChain(db: Database, opts: { ownerCode?: string; anchors?: readonly AuditAnchor[] } = {}): Promise<ChainReport> {
  const owners = new Map<string, OwnerChainReport & { prev: { seq: number; hash: string } | null; anchors: Map<number, string> }>();
  const anchorsByOwner = new Map<string, Map<number, string>>();
  for (const a of opts.anchors ?? []) {
    if (opts.ownerCode && a.owner_code !== opts.ownerCode) continue;
    const m = anchorsByOwner.get(a.owner_code) ?? new Map<number, string>();
    m.set(a.seq, a.hash);
    anchorsByOwner.set(a.owner_code, m);
  }
  const state = (owner: string) => {
    let s = owners.get(owner);
    if (!s) {
      s = { owner_code: owner, entries: 0, head: null, broken: null, prev: null, anchors: anchorsByOwner.get(owner) ?? new Map() };
      owners.set(owner, s);
    }
    return s;
  };
  let checked = 0;
  let after: { owner: string; seq: number } | null = opts.ownerCode ? { owner: opts.ownerCode, seq: 0 } : null;
  for (;;) {
    // Keyset pagination in (owner_code, seq) order: constant memory for any size of log.
    const r = await readBatch(db, opts.ownerCode, after);
    for (const row of r.rows) {
      checked++;
      const s = state(row.owner_code);
      const seq = Number(row.seq);
      s.entries++;
      if (!s.broken) s.broken = checkEntry(row, seq, s.prev, s.anchors);
      s.prev = { seq, hash: row.hash };
      s.head = { seq, hash: row.hash };
    }
    if (r.rows.length < BATCH) break;
    const last = r.rows.at(-1)!;
    after = { owner: last.owner_code, seq: Number(last.seq) };
  }
  // Anchors beyond the head (or of owners with no entries left): the history was cut short.
  for (const [owner, anchors] of anchorsByOwner) {
    const s = state(owner);
    if (s.broken) continue;
    const beyond = [...anchors.keys()].filter((seq) => seq > (s.head?.seq ?? 0)).sort((a, b) => a - b)[0];
    if (beyond !== undefined)
      s.broken = {
        owner_code: owner,
        seq: beyond,
        id: null,
        reason: 'anchor_missing',
        message: `控え（アンカー）にある通番 ${beyond} の記録がありません: 履歴の末尾が削除されています`,
      };
  }
  const list = [...owners.values()].sort((a, b) => a.owner_code.localeCompare(b.owner_code)).map(({ prev: _p, anchors: _a, ...o }) => o);
  return { ok: list.every((o) => !o.broken), checked, owners: list, verified_at: new Date().toISOString() };
}
