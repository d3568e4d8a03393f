/**
 * `sousei demo remove`: deletes exactly what `demo add` wrote — the national strategy's values
 * whose source is SAMPLE_SOURCE, the demo strategy (only while it is marked `demo`), the demo
 * user (only with the demo's e-mail and name) — in one transaction, each with an audit entry.
 * The audit log is append-only: the entries of `demo add` stay, and the removal is new entries.
 * A part that is not there is skipped, so the command can be run again after a partial add.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { ForbiddenError } from '../../shared/errors.ts';
import { NATIONAL_CODE } from '../../shared/local-gov-code.ts';
import { SAMPLE_SOURCE } from '../../shared/sample-data.ts';
import { appendAudit } from '../audit/index.ts';
import { auditNameOf, users, type Principal } from '../auth/index.ts';
import { lockStrategies, NATIONAL_STRATEGY_ID, observations, strategies } from '../kpi/index.ts';
import { DEMO_OWNER, DEMO_STRATEGY_ID, DEMO_USER } from './demo-data.ts';
import { canManageDemo } from './permissions.ts';
import { removeSamplePlans } from '../plans/index.ts';
import { removeSampleApplications } from '../grants/index.ts';

export interface DemoRemoved {
  nationalValues: number;
  strategy: boolean;
  user: boolean;
  plans: number;
  rounds: number;
  snapshots: number;
  grantApplications: number;
}

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

async function removeNationalSamples(tx: Tx, actor: string): Promise<number> {
  const key = { ownerCode: NATIONAL_CODE, strategyId: NATIONAL_STRATEGY_ID };
  const gone = await tx
    .delete(observations)
    .where(and(eq(observations.ownerCode, key.ownerCode), eq(observations.strategyId, key.strategyId), eq(observations.source, SAMPLE_SOURCE)))
    .returning({ kpi: observations.kpiId, period: observations.period, value: observations.value });
  if (gone.length === 0) return 0;
  await tx
    .update(strategies)
    .set({ updatedAt: sql`now()`, revision: sql`${strategies.revision} + 1` })
    .where(and(eq(strategies.ownerCode, key.ownerCode), eq(strategies.id, key.strategyId)));
  await appendAudit(tx, {
    ownerCode: NATIONAL_CODE,
    actor,
    action: 'observations.delete',
    entityType: 'strategy',
    entityId: NATIONAL_STRATEGY_ID,
    summary: `デモのサンプル実績値を削除: ${gone.length}件`,
    details: { source: 'sousei demo remove', deleted: gone },
  });
  return gone.length;
}

async function removeDemoStrategy(tx: Tx, actor: string): Promise<boolean> {
  const [row] = await tx
    .select({ extra: strategies.extra, name: strategies.name })
    .from(strategies)
    .where(and(eq(strategies.ownerCode, DEMO_OWNER), eq(strategies.id, DEMO_STRATEGY_ID)));
  // Only the demo's own strategy: one that took the id without the mark is someone's real work.
  if (row?.extra?.demo !== true) return false;
  await tx.delete(strategies).where(and(eq(strategies.ownerCode, DEMO_OWNER), eq(strategies.id, DEMO_STRATEGY_ID)));
  await appendAudit(tx, {
    ownerCode: DEMO_OWNER,
    actor,
    action: 'catalog.delete',
    entityType: 'strategy',
    entityId: DEMO_STRATEGY_ID,
    summary: `デモの戦略を削除: ${row.name}`,
    details: { source: 'sousei demo remove' },
  });
  return true;
}

async function removeDemoUser(tx: Tx, actor: string): Promise<boolean> {
  const [gone] = await tx
    .delete(users)
    .where(and(eq(users.email, DEMO_USER.email), eq(users.name, DEMO_USER.name)))
    .returning({ id: users.id, orgCode: users.orgCode });
  if (!gone) return false;
  await appendAudit(tx, {
    ownerCode: gone.orgCode,
    actor,
    action: 'user.delete',
    entityType: 'user',
    entityId: gone.id,
    summary: `デモの利用者を削除: ${DEMO_USER.name}（ログインもすべて終了）`,
    details: { source: 'sousei demo remove' },
  });
  return true;
}

export async function removeDemo(db: Database, input: { by: Principal }): Promise<DemoRemoved> {
  if (!canManageDemo(input.by)) throw new ForbiddenError('デモの削除はサーバーの運用者（CLI）だけが行えます');
  const actor = auditNameOf(input.by);
  return db.transaction(async (tx) => {
    // Strategies first, in lockStrategies' order, then the audit chains (ARCHITECTURE.md, lock order).
    await lockStrategies(tx, [
      { owner: NATIONAL_CODE, id: NATIONAL_STRATEGY_ID },
      { owner: DEMO_OWNER, id: DEMO_STRATEGY_ID },
    ]);
    const nationalValues = await removeNationalSamples(tx, actor);
    const strategy = await removeDemoStrategy(tx, actor);
    const user = await removeDemoUser(tx, actor);
    // a savepoint inside this transaction: the sample plans go with the rest, or nothing goes
    const samples = await removeSamplePlans(tx, input.by);
    const grantApplications = await removeSampleApplications(tx, input.by);
    return { nationalValues, strategy, user, plans: samples.plans, rounds: samples.rounds, snapshots: samples.snapshots, grantApplications };
  });
}
