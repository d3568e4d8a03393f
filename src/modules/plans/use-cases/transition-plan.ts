/**
 * Moving a plan through its workflow (domain/workflow.ts decides; this gathers the facts and
 * applies the effects): who may is permissions.ts's (submissions are the owner's, checks the
 * secretariat's); what the state and the plan lack is `decide`'s, whose refusal names the state,
 * the action and every missing condition. Publication nationally fixes the published version,
 * writes its investment projects (the map) and 5W1H items (the rounds) and its search text.
 * Every transition is an event with its comment and an audit entry with before/after status.
 */
import type { Database } from '../../../db/client.ts';
import { InputError } from '../../../shared/errors.ts';
import { formatDay, fiscalYearOfDay, todayDay } from '../../../shared/periods.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { REQUIREMENTS, failingChecks, requirementLabel } from '../domain/requirements.ts';
import type { PlanType } from '../domain/plan-types.ts';
import { ACTION_LABELS, STATUS_LABELS, decide, type PlanAction, type PlanStatus } from '../domain/workflow.ts';
import { assertCan, type PlanOp } from '../permissions.ts';
import { planActorOf } from '../plan-actor.ts';
import { accessOf, insertEvent, listVerdicts, lockPlan, setInvestmentStatus, updateHeader, versionContent, type Tx } from '../repository.ts';
import type { PlanRow } from '../schema.ts';
import { publicationColumns } from './publication.ts';

export interface PlanTransition {
  id: string;
  action: PlanAction;
  comment?: string;
  /** publish_local: the date and URL of the local government's publication */
  publishedOn?: string | null;
  url?: string | null;
}

export const OP_OF_ACTION: Record<PlanAction, PlanOp> = {
  submit_precheck: 'submit',
  publish_local: 'submit',
  submit_formal: 'submit',
  advise: 'check',
  complete_precheck: 'check',
  return_formal: 'check',
  formulate: 'check',
  publish_national: 'check',
  evaluate_final: 'check',
  open_proposals: 'open_proposals',
  start_execution: 'start_execution',
  withdraw: 'withdraw',
};

async function unmetRequirements(tx: Tx, row: PlanRow): Promise<string[]> {
  const verdicts = await listVerdicts(tx, row, row.currentVersion);
  const met = new Set(verdicts.filter((v) => v.verdict === 'met').map((v) => v.requirementNo));
  return REQUIREMENTS[row.type as PlanType].filter((r) => r.no !== null && !met.has(r.no)).map(requirementLabel);
}

function checkLocalPublication(t: PlanTransition): void {
  if (t.action !== 'publish_local' || !t.publishedOn) return;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t.publishedOn) || Number.isNaN(Date.parse(t.publishedOn))) {
    throw InputError.single({ column: 'published_on', code: 'invalid_date', reason: '公表日は YYYY-MM-DD で指定してください' });
  }
}

export async function transitionPlan(db: Database, t: PlanTransition, by: Principal): Promise<{ status: PlanStatus }> {
  checkLocalPublication(t);
  const actor = await planActorOf(db, by);
  const name = auditNameOf(by);
  return db.transaction(async (tx) => {
    const row = await lockPlan(tx, t.id);
    assertCan(by, actor, accessOf(row), OP_OF_ACTION[t.action], `「${ACTION_LABELS[t.action]}」する`);
    const type = row.type as PlanType;
    const from = row.status as PlanStatus;
    const content = await versionContent(tx, row, row.currentVersion);
    const decision = decide(type, from, t.action, {
      failingChecks: failingChecks(type, content),
      unmetRequirements: t.action === 'publish_national' ? await unmetRequirements(tx, row) : [],
      comment: t.comment ?? '',
      localPublication: { date: t.publishedOn ?? null, url: t.url ?? null },
      finalYearOver: content.final_fy !== null && fiscalYearOfDay(todayDay()) > content.final_fy,
    });
    if (!decision.ok) throw InputError.single({ column: 'action', code: 'transition_refused', reason: decision.reason });
    const to = decision.to;
    let set: Partial<PlanRow> = { status: to };
    if (t.action === 'publish_national') set = { ...set, publishedAt: new Date(), ...(await publicationColumns(tx, row, content, to)) };
    if (t.action === 'publish_local') set = { ...set, localPublishedOn: t.publishedOn ?? formatDay(todayDay()), localUrl: t.url ?? null };
    if (to === 'withdrawn') set = { ...set, withdrawalFlag: false };
    await updateHeader(tx, row, set);
    if (row.publishedVersion !== null || t.action === 'publish_national') await setInvestmentStatus(tx, row, to);
    const details = { from, to, version: row.currentVersion, ...(t.url ? { url: t.url, published_on: t.publishedOn } : {}) };
    await insertEvent(tx, row, { action: t.action, fromStatus: from, toStatus: to, version: row.currentVersion, comment: t.comment ?? '', details, actor: name });
    await appendAudit(tx, {
      ownerCode: row.ownerCode,
      actor: name,
      action: `plan.${t.action}`,
      entityType: 'plan',
      entityId: row.id,
      summary: `${ACTION_LABELS[t.action]}: ${row.title}（${STATUS_LABELS[from]} → ${STATUS_LABELS[to]}）${t.comment ? `「${t.comment.slice(0, 200)}」` : ''}`,
      details: { before: { status: from }, after: { status: to }, ...details, comment: t.comment ?? '' },
    });
    return { status: to };
  });
}
