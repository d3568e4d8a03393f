/**
 * Creating a plan: its type, its owner (B: a prefecture or 政令指定都市; C: any local government;
 * A: a METI regional bureau, which drafts the 素案), co-owners of a joint plan, and a title. The
 * mandatory KGIs of the type are pre-filled (A: target year 2040), so the planner starts from
 * what the seed requires. Version 1, the initial status, its event and audit entry in one
 * transaction.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from '../../../db/client.ts';
import { ForbiddenError, InputError } from '../../../shared/errors.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { organisationOf, type Organisation } from '../../organisations/index.ts';
import { parsePlanContent } from '../domain/parse-plan-content.ts';
import { KGI_DEFAULTS, MANDATORY_KGIS, PLAN_TYPE_LABELS, type PlanType, TYPE_A_KGI_YEAR } from '../domain/plan-types.ts';
import { INITIAL_STATUS } from '../domain/workflow.ts';
import { canCreatePlan } from '../permissions.ts';
import { planActorOf } from '../plan-actor.ts';
import { insertEvent, insertVersion } from '../repository.ts';
import { plans } from '../schema.ts';
import { headerOf } from './plan-header.ts';

export interface NewPlan {
  type: PlanType;
  ownerOrgId: string;
  coOwnerOrgIds?: string[];
  title: string;
  /** entry items to start from (an import); default: the type's mandatory KGIs only */
  content?: unknown;
  sample?: boolean;
}

export const newPlanId = (type: PlanType): string => `${type.toLowerCase()}-${randomBytes(6).toString('hex')}`;

function startingContent(type: PlanType, title: string) {
  return {
    title,
    final_fy: type === 'A' ? TYPE_A_KGI_YEAR : null,
    kgis: MANDATORY_KGIS[type].map((kind) => ({
      id: `kgi-${kind.replace('_', '-')}`,
      kind,
      ...KGI_DEFAULTS[kind as keyof typeof KGI_DEFAULTS],
      target_fy: type === 'A' ? TYPE_A_KGI_YEAR : null,
    })),
  };
}

async function resolveOrgs(db: Database, ids: readonly string[], column: string): Promise<Organisation[]> {
  const out: Organisation[] = [];
  for (const id of ids) {
    const org = await organisationOf(db, id);
    if (!org) throw InputError.single({ column, code: 'unknown_org', reason: `組織「${id}」が登録されていません（地方公共団体は6桁の団体コード）` });
    out.push(org);
  }
  return out;
}

export async function createPlan(db: Database, input: NewPlan, by: Principal): Promise<{ id: string; ownerCode: string }> {
  const [owner] = await resolveOrgs(db, [input.ownerOrgId], 'owner_org_id');
  const coOwners = await resolveOrgs(db, input.coOwnerOrgIds ?? [], 'co_owner_org_ids');
  const actor = await planActorOf(db, by);
  if (!canCreatePlan(actor ?? 'operator', input.type, owner!)) {
    throw new ForbiddenError(
      `${owner!.name}の${PLAN_TYPE_LABELS[input.type]}を作成する権限がありません（A: 経済産業局・事務局、B: 都道府県・政令指定都市、C: 地方公共団体の編集者）`,
    );
  }
  const content = parsePlanContent(input.content ?? startingContent(input.type, input.title));
  const id = newPlanId(input.type);
  const header = headerOf(input.type, owner!, coOwners, content);
  const actorName = auditNameOf(by);
  await db.transaction(async (tx) => {
    await tx.insert(plans).values({
      ...header,
      id,
      type: input.type,
      status: INITIAL_STATUS[input.type],
      ownerOrgId: owner!.id,
      coOwnerOrgIds: coOwners.map((o) => o.id),
      sample: input.sample ?? false,
    });
    const row = { ownerCode: header.ownerCode, id };
    await insertVersion(tx, row, 1, content, actorName, '作成');
    await insertEvent(tx, row, { action: 'create', fromStatus: null, toStatus: INITIAL_STATUS[input.type], version: 1, actor: actorName });
    await appendAudit(tx, {
      ownerCode: header.ownerCode,
      actor: actorName,
      action: 'plan.create',
      entityType: 'plan',
      entityId: id,
      summary: `${PLAN_TYPE_LABELS[input.type]}を作成: ${content.title}（${owner!.name}）`,
      details: { type: input.type, owner_org_id: owner!.id, co_owner_org_ids: coOwners.map((o) => o.id), after: content },
    });
  });
  return { id, ownerCode: header.ownerCode };
}
