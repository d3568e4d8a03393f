/**
 * Publishing a dated snapshot of the 国内投資マップ (the secretariat: canRunRounds). The snapshot
 * keeps the map as the public sees it by default — the projects of plans published, in
 * execution or evaluated, at that moment — with each project's fields the comparison and the
 * screen need, and the totals per prefecture; later edits or withdrawals never change it.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from '../../../db/client.ts';
import { ForbiddenError, InputError } from '../../../shared/errors.ts';
import { formatDay, parseDay, todayDay } from '../../../shared/periods.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { insertSnapshot, type Reader } from '../map-repository.ts';
import { canRunRounds } from '../permissions.ts';
import { planActorOf } from '../plan-actor.ts';
import { investmentMap } from './investment-map.ts';

export interface NewSnapshot {
  title: string;
  /** the day it speaks for (YYYY-MM-DD); default today */
  as_of?: string;
  /** sample content (sousei demo) */
  sample?: boolean;
}

function asOfDay(s: string | undefined): string {
  if (s === undefined) return formatDay(todayDay());
  try {
    const day = formatDay(parseDay(s));
    if (day === s) return day;
  } catch {
    // reported below
  }
  throw InputError.single({ column: 'as_of', code: 'invalid_date', reason: `基準日「${s}」は YYYY-MM-DD の実在する日付で指定してください` });
}

/** What a snapshot keeps (its `data`). */
export async function snapshotData(db: Reader) {
  const map = await investmentMap(db, { level: 'prefecture' });
  return {
    total: map.total,
    by_prefecture: map.areas.map((a) => ({ code: a.code, name: a.name, projects: a.projects, amount_yen: a.amount_yen, amount_yen_exact: a.amount_yen_exact })),
    projects: map.projects.map((p) => ({
      plan_id: p.plan_id,
      plan_title: p.plan_title,
      plan_type: p.plan_type,
      project_id: p.project_id,
      title: p.title,
      investor_name: p.investor_name,
      pref_code: p.pref_code,
      muni_code: p.muni_code,
      muni_name: p.muni_name,
      amount_yen: p.amount_yen,
      invest_date: p.invest_date,
    })),
  };
}
export type SnapshotData = Awaited<ReturnType<typeof snapshotData>>;

export async function publishSnapshot(db: Database, input: NewSnapshot, by: Principal) {
  const actor = await planActorOf(db, by);
  if (by.kind === 'user' && (!actor || !canRunRounds(actor))) throw new ForbiddenError('国内投資マップのスナップショットを公表できるのは事務局です');
  const title = input.title.trim();
  if (title === '') throw InputError.single({ column: 'title', code: 'required', reason: 'スナップショットの名称を入力してください' });
  const asOf = asOfDay(input.as_of);
  const name = auditNameOf(by);
  return db.transaction(async (tx) => {
    const data = await snapshotData(tx);
    const id = `snap-${asOf}-${randomBytes(3).toString('hex')}`;
    await insertSnapshot(tx, { id, title, asOf, data, publishedBy: name, sample: input.sample ?? false });
    await appendAudit(tx, {
      ownerCode: '000000',
      actor: name,
      action: 'investment_map.publish_snapshot',
      entityType: 'investment_map_snapshot',
      entityId: id,
      summary: `国内投資マップのスナップショットを公表: ${title}（${asOf}時点、${data.projects.length}件）`,
      details: { after: { id, title, as_of: asOf, projects: data.projects.length, amount_yen: data.total.amount_yen_exact } },
    });
    return { id, title, as_of: asOf, projects: data.projects.length, amount_yen: data.total.amount_yen };
  });
}
