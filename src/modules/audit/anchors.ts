/**
 * Anchors: chain heads recorded earlier and kept elsewhere. Read from what Sousei prints — the
 * JSON of `sousei audit verify --format json` (owners[].head) or of `sousei backup --format json`
 * (audit_heads) — or a bare array of {owner_code, seq, hash}.
 */
import { InputError } from '../../shared/errors.ts';
import type { AuditAnchor } from './verify-chain.ts';

export function parseAnchors(text: string, file: string): AuditAnchor[] {
  const bad = (reason: string) => InputError.single({ file, code: 'invalid_anchor', reason });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw bad('JSON として読めません（sousei audit verify --format json か sousei backup --format json の出力を指定してください）');
  }
  const v = value as { owners?: unknown; audit_heads?: unknown } | null;
  const list = Array.isArray(value) ? value : Array.isArray(v?.audit_heads) ? v.audit_heads : Array.isArray(v?.owners) ? v.owners : null;
  if (!list) throw bad('控え（audit_heads または owners）がありません');
  const anchors: AuditAnchor[] = [];
  list.forEach((a: unknown, i: number) => {
    const x = a as { owner_code?: unknown; seq?: unknown; hash?: unknown; head?: { seq?: unknown; hash?: unknown } | null };
    // An owner with no entries yet (head: null) anchors nothing.
    if (x && 'head' in x && x.head === null) return;
    const seq = x?.head ? x.head.seq : x?.seq;
    const hash = x?.head ? x.head.hash : x?.hash;
    if (typeof x?.owner_code !== 'string' || !Number.isInteger(seq) || typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) {
      throw bad(`${i + 1}番目の控えに owner_code・seq・hash（SHA-256 の16進64桁）がありません`);
    }
    anchors.push({ owner_code: x.owner_code, seq: seq as number, hash });
  });
  return anchors;
}
