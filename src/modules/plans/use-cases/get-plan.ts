/**
 * One plan as its reader may see it. Those with the `view` relation (owners, co-owners, the
 * secretariat, ministries once submitted, assigned reviewers) get the version they ask for
 * (default: the current one) with its requirement check, verdicts, comments, events, versions and
 * the actions open to them. Everyone else gets the nationally published version and the
 * published rounds' figures only — and a plan never published does not exist for them (404, so
 * its existence does not leak either).
 */
import type { Database } from '../../../db/client.ts';
import { NotFoundError } from '../../../shared/errors.ts';
import { todayDay } from '../../../shared/periods.ts';
import { actorLabeller, type Principal } from '../../auth/index.ts';
import { evaluateCatalog } from '../../kpi/index.ts';
import { planCatalog } from '../domain/plan-catalog.ts';
import type { PlanContent } from '../domain/plan-content.ts';
import type { PlanType } from '../domain/plan-types.ts';
import { checkRequirements } from '../domain/requirements.ts';
import { actionsFrom, type PlanStatus } from '../domain/workflow.ts';
import { canUser, canViewUnpublished, relationOf, type PlanActor } from '../permissions.ts';
import { planActorOf } from '../plan-actor.ts';
import { accessOf, findPlan, listComments, listEvents, listVerdicts, listVersions, reportedActuals, versionContent } from '../repository.ts';
import type { PlanRow } from '../schema.ts';
import { OP_OF_ACTION } from './transition-plan.ts';

export const headerJson = (r: PlanRow) => ({
  id: r.id,
  type: r.type,
  title: r.title,
  status: r.status,
  owner_code: r.ownerCode,
  owner_org_id: r.ownerOrgId,
  owner_codes: [r.ownerOrgId, ...r.coOwnerOrgIds],
  co_owner_org_ids: r.coOwnerOrgIds,
  pref_codes: r.prefCodes,
  field: r.field,
  final_fy: r.finalFy,
  current_version: r.currentVersion,
  published_version: r.publishedVersion,
  published_at: r.publishedAt?.toISOString() ?? null,
  local_published_on: r.localPublishedOn,
  local_url: r.localUrl,
  withdrawal_flag: r.withdrawalFlag,
  sample: r.sample,
});

function evaluation(row: PlanRow, content: PlanContent, actuals: Awaited<ReturnType<typeof reportedActuals>>) {
  return evaluateCatalog(planCatalog({ id: row.id, title: content.title, type: row.type as PlanType }, content, actuals), todayDay());
}

function openActions(actor: PlanActor | null, row: PlanRow): string[] {
  const access = accessOf(row);
  return actionsFrom(row.type as PlanType, row.status as PlanStatus).filter((a) => actor === null || canUser(actor, access, OP_OF_ACTION[a]));
}

export async function getPlan(db: Database, id: string, by: Principal | null, opts: { version?: number } = {}) {
  const row = await findPlan(db, id);
  if (!row) throw new NotFoundError(`計画「${id}」はありません`);
  const actor = by ? await planActorOf(db, by) : null;
  const privileged = canViewUnpublished(by, actor, accessOf(row));
  if (!privileged) {
    if (row.publishedVersion === null) throw new NotFoundError(`計画「${id}」はありません`);
    const content = await versionContent(db, row, row.publishedVersion);
    // From the national publication on (by its event, not by the clock: the header's time is taken later).
    const all = await listEvents(db, row);
    const from = all.find((e) => e.action === 'publish_national')?.seq ?? Number.POSITIVE_INFINITY;
    const events = all.filter((e) => e.seq >= from && e.action !== 'edit' && e.action !== 'judge');
    return {
      plan: headerJson(row),
      view: 'public' as const,
      version: row.publishedVersion,
      content,
      evaluation: evaluation(row, content, await reportedActuals(db, row, true)),
      // officials are not named to the public
      events: events.map((e) => ({ ...eventJson(e), actor: null, actor_label: null })),
      relation: 'public',
    };
  }
  const version = opts.version ?? row.currentVersion;
  const content = await versionContent(db, row, version);
  const [events, comments] = [await listEvents(db, row), await listComments(db, row)];
  const labelOf = await actorLabeller(db, [...events.map((e) => e.actor), ...comments.map((c) => c.author)]);
  const label = (actor: string) => labelOf(actor).label;
  return {
    plan: headerJson(row),
    view: 'full' as const,
    version,
    content,
    evaluation: evaluation(row, content, await reportedActuals(db, row, false)),
    requirements: checkRequirements(row.type as PlanType, content),
    verdicts: (await listVerdicts(db, row, version)).map((v) => ({
      requirement_no: v.requirementNo,
      verdict: v.verdict,
      evidence: v.evidence,
      comment: v.comment,
      judged_by: v.judgedBy,
      judged_at: v.judgedAt.toISOString(),
    })),
    comments: comments.map((c) => ({
      seq: c.seq,
      version: c.version,
      path: c.path,
      body: c.body,
      author: c.author,
      author_label: label(c.author),
      author_org_id: c.authorOrgId,
      at: c.at.toISOString(),
    })),
    events: events.map((e) => ({ ...eventJson(e), actor_label: label(e.actor) })),
    versions: (await listVersions(db, row)).map((v) => ({ version: v.version, created_at: v.createdAt.toISOString(), created_by: v.createdBy, note: v.note })),
    actions: openActions(actor, row),
    relation: actor ? relationOf(actor, accessOf(row)) : 'operator',
    can_edit: actor === null || canUser(actor, accessOf(row), 'edit'),
    can_comment: actor === null || canUser(actor, accessOf(row), 'comment'),
  };
}

const eventJson = (e: Awaited<ReturnType<typeof listEvents>>[number]) => ({
  seq: e.seq,
  action: e.action,
  from_status: e.fromStatus,
  to_status: e.toStatus,
  version: e.version,
  comment: e.comment,
  actor: e.actor,
  at: e.at.toISOString(),
});
