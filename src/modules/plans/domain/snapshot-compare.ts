/**
 * Comparison of two published 国内投資マップ snapshots: which projects were added, removed or
 * changed, and how each prefecture's count and amount moved. A project is identified by
 * (plan_id, project_id) — project ids are unique within their plan only. A project that moved
 * to another prefecture counts in its old prefecture before and its new one after. Sums run in
 * BigInt and are given as numbers (exact up to 2^53 ≈ 9,007兆円, see investment-totals.ts).
 * Everything is sorted by (plan_id, project_id), prefectures by code, so equal inputs give
 * equal outputs.
 */
import { InputError } from '../../../shared/errors.ts';

export interface SnapshotProject {
  project_id: string;
  plan_id: string;
  title: string;
  pref_code: string;
  muni_code: string;
  amount_yen: number;
}

export interface MapSnapshot {
  projects: readonly SnapshotProject[];
}

export type SnapshotField = 'title' | 'pref_code' | 'muni_code' | 'amount_yen';
const FIELDS: readonly SnapshotField[] = ['title', 'pref_code', 'muni_code', 'amount_yen'];

export interface ChangedProject {
  project_id: string;
  plan_id: string;
  /** which fields differ, in a fixed order */
  fields: SnapshotField[];
  before: SnapshotProject;
  after: SnapshotProject;
  /** after − before amount in 円 */
  delta: number;
}

export interface PrefectureMovement {
  pref_code: string;
  before_amount: number;
  after_amount: number;
  delta: number;
  before_projects: number;
  after_projects: number;
}

export interface SnapshotComparison {
  added: SnapshotProject[];
  removed: SnapshotProject[];
  changed: ChangedProject[];
  unchanged: number;
  by_prefecture: PrefectureMovement[];
}

// NUL cannot occur in ids (plan-content.ts: letters, digits, - and _), so the pair is unambiguous
const keyOf = (p: SnapshotProject): string => `${p.plan_id}\u0000${p.project_id}`;
const byIdentity = (a: SnapshotProject, b: SnapshotProject): number =>
  a.plan_id < b.plan_id ? -1 : a.plan_id > b.plan_id ? 1 : a.project_id < b.project_id ? -1 : a.project_id > b.project_id ? 1 : 0;

function indexOf(snapshot: MapSnapshot, side: 'before' | 'after'): Map<string, SnapshotProject> {
  const index = new Map<string, SnapshotProject>();
  snapshot.projects.forEach((p, i) => {
    const column = `${side}.projects[${i}]`;
    if (!Number.isSafeInteger(p.amount_yen) || p.amount_yen < 0) {
      throw InputError.single({ column: `${column}.amount_yen`, code: 'invalid_amount', reason: `投資案件「${p.title}」の投資額は0円以上の整数の円で指定してください` });
    }
    if (index.has(keyOf(p))) {
      throw InputError.single({ column, code: 'duplicate_id', reason: `計画「${p.plan_id}」の投資案件「${p.project_id}」がスナップショットに重複しています` });
    }
    index.set(keyOf(p), p);
  });
  return index;
}

function tally(prefs: Map<string, { before: bigint; after: bigint; bp: number; ap: number }>, p: SnapshotProject, side: 'before' | 'after'): void {
  const t = prefs.get(p.pref_code) ?? { before: 0n, after: 0n, bp: 0, ap: 0 };
  if (side === 'before') {
    t.before += BigInt(p.amount_yen);
    t.bp++;
  } else {
    t.after += BigInt(p.amount_yen);
    t.ap++;
  }
  prefs.set(p.pref_code, t);
}

/** What changed from `before` to `after`. Bad amounts and duplicate identities are an InputError. */
export function compareSnapshots(before: MapSnapshot, after: MapSnapshot): SnapshotComparison {
  const was = indexOf(before, 'before');
  const now = indexOf(after, 'after');
  const prefs = new Map<string, { before: bigint; after: bigint; bp: number; ap: number }>();
  const result: SnapshotComparison = { added: [], removed: [], changed: [], unchanged: 0, by_prefecture: [] };
  for (const [key, old] of was) {
    tally(prefs, old, 'before');
    const cur = now.get(key);
    if (cur === undefined) {
      result.removed.push(old);
      continue;
    }
    const fields = FIELDS.filter((f) => old[f] !== cur[f]);
    if (fields.length === 0) result.unchanged++;
    else result.changed.push({ project_id: cur.project_id, plan_id: cur.plan_id, fields, before: old, after: cur, delta: cur.amount_yen - old.amount_yen });
  }
  for (const [key, cur] of now) {
    tally(prefs, cur, 'after');
    if (!was.has(key)) result.added.push(cur);
  }
  result.added.sort(byIdentity);
  result.removed.sort(byIdentity);
  result.changed.sort((a, b) => byIdentity(a.after, b.after));
  result.by_prefecture = [...prefs.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([pref_code, t]) => ({
      pref_code,
      before_amount: Number(t.before),
      after_amount: Number(t.after),
      delta: Number(t.after - t.before),
      before_projects: t.bp,
      after_projects: t.ap,
    }));
  return result;
}
