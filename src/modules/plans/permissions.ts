/**
 * Who may do what with a plan (pure): one decision per plan operation × the user's role × their
 * relation to the plan. The relation comes from the user's organisation: the plan's owner, a
 * co-owner of a joint plan, the secretariat (内閣官房, and 経済産業省 headquarters, which runs the
 * pre-check and publication with it, seed 001 L293/L299), a ministry or bureau, an assigned
 * reviewer, or the public. Operators (CLI) and the platform act for everyone. Use cases call
 * `assertCan` before any effect; whether the plan's *state* allows the action is workflow.ts's.
 */
import { ForbiddenError } from '../../shared/errors.ts';
import type { Principal, Role } from '../auth/index.ts';
import { isSecretariatOrg, type Organisation } from '../organisations/index.ts';
import type { PlanType } from './domain/plan-types.ts';
import type { PlanStatus } from './domain/workflow.ts';

export type Relation = 'owner' | 'co_owner' | 'secretariat' | 'ministry' | 'reviewer' | 'public';
export const RELATIONS: readonly Relation[] = ['owner', 'co_owner', 'secretariat', 'ministry', 'reviewer', 'public'];

export type PlanOp =
  | 'view' // unpublished content, versions, history, comments, reports
  | 'edit'
  | 'comment'
  | 'submit' // submit_precheck, publish_local, submit_formal
  | 'check' // advise, complete_precheck, requirement verdicts, return_formal, publish_national, formulate, evaluate_final
  | 'open_proposals'
  | 'start_execution'
  | 'withdraw'
  | 'report' // write and submit a progress report
  | 'review_report' // accept or return a report
  | 'decide_withdrawal'
  | 'assign_reviewer';

export const PLAN_OPS: readonly PlanOp[] = [
  'view',
  'edit',
  'comment',
  'submit',
  'check',
  'open_proposals',
  'start_execution',
  'withdraw',
  'report',
  'review_report',
  'decide_withdrawal',
  'assign_reviewer',
];

const WRITERS: readonly Role[] = ['admin', 'editor'];
const ANY: readonly Role[] = ['admin', 'editor', 'viewer', 'reviewer'];

type Matrix = Record<PlanOp, Partial<Record<Relation, readonly Role[]>>>;

/** B and C (local plans). Absent cells: nobody. */
const LOCAL: Matrix = {
  view: { owner: ANY, co_owner: ANY, secretariat: ANY, ministry: ANY, reviewer: ANY },
  edit: { owner: WRITERS, co_owner: WRITERS },
  comment: { owner: WRITERS, co_owner: WRITERS, secretariat: WRITERS, ministry: WRITERS, reviewer: ['reviewer', 'admin', 'editor'] },
  submit: { owner: WRITERS },
  check: { secretariat: WRITERS },
  open_proposals: {},
  start_execution: { owner: WRITERS, secretariat: WRITERS },
  withdraw: { owner: WRITERS },
  report: { owner: WRITERS, co_owner: WRITERS },
  review_report: { secretariat: WRITERS },
  decide_withdrawal: { owner: WRITERS },
  assign_reviewer: { secretariat: WRITERS },
};

/** A (national plans): the bureau owns the 素案, prefectures co-own by their proposals, the secretariat formulates. */
const NATIONAL: Matrix = {
  ...LOCAL,
  edit: { owner: WRITERS, co_owner: WRITERS, secretariat: WRITERS },
  submit: {},
  open_proposals: { owner: WRITERS, secretariat: WRITERS },
  start_execution: { secretariat: WRITERS },
  withdraw: { secretariat: WRITERS },
  report: { owner: WRITERS, co_owner: WRITERS, ministry: WRITERS },
  decide_withdrawal: { secretariat: WRITERS },
};

export const PLAN_MATRIX: Record<'A' | 'BC', Matrix> = { A: NATIONAL, BC: LOCAL };

/** What permissions need to know of a plan. */
export interface PlanAccess {
  type: PlanType;
  status: PlanStatus;
  ownerOrgId: string;
  coOwnerOrgIds: readonly string[];
  reviewerOrgIds: readonly string[];
}

/** A signed-in user and the organisation they act for. */
export interface PlanActor {
  role: Role;
  org: Pick<Organisation, 'id' | 'kind'>;
}

export { isSecretariatOrg };

/** The user's one relation to the plan, strongest first. */
export function relationOf(a: PlanActor, plan: PlanAccess): Relation {
  if (a.org.id === plan.ownerOrgId) return 'owner';
  if (plan.coOwnerOrgIds.includes(a.org.id)) return 'co_owner';
  if (isSecretariatOrg(a.org)) return 'secretariat';
  if (plan.reviewerOrgIds.includes(a.org.id)) return 'reviewer';
  // A ministry sees a local plan once it has left its owner's desk (submitted for pre-check).
  if ((a.org.kind === 'ministry' || a.org.kind === 'bureau') && (plan.type === 'A' || plan.status !== 'draft')) return 'ministry';
  return 'public';
}

export function canUser(a: PlanActor, plan: PlanAccess, op: PlanOp): boolean {
  const roles = PLAN_MATRIX[plan.type === 'A' ? 'A' : 'BC'][op][relationOf(a, plan)];
  return roles?.includes(a.role) ?? false;
}

/** Seeing the nationally published version: everyone, once there is one. */
export const canSeePublished = (publishedVersion: number | null): boolean => publishedVersion !== null;

/** Creating a plan of a type for an owner: B a prefecture or 政令指定都市, C any local government, A a bureau or the secretariat. */
export function canCreatePlan(a: PlanActor | 'operator', type: PlanType, owner: Pick<Organisation, 'id' | 'kind'>): boolean {
  const ownerFits =
    type === 'A'
      ? owner.kind === 'bureau'
      : type === 'B'
        ? owner.kind === 'prefecture' || owner.kind === 'designated_city'
        : ['prefecture', 'designated_city', 'municipality'].includes(owner.kind);
  if (!ownerFits) return false;
  if (a === 'operator') return true;
  if (!WRITERS.includes(a.role)) return false;
  return a.org.id === owner.id || (type === 'A' && isSecretariatOrg(a.org));
}

/** Opening a progress round, publishing an investment-map snapshot: the secretariat's writers. */
export function canRunRounds(a: PlanActor | 'operator'): boolean {
  return a === 'operator' || (isSecretariatOrg(a.org) && WRITERS.includes(a.role));
}

/** The check every plan use case makes before any effect; operators and the platform pass. */
export function assertCan(p: Principal, actor: PlanActor | null, plan: PlanAccess, op: PlanOp, what: string): void {
  if (p.kind !== 'user') return;
  if (!actor || !canUser(actor, plan, op)) throw new ForbiddenError(`この計画を${what}権限がありません`);
}

/** Seeing a plan as it stands, unpublished parts included (its page in full, history, versions): operators, or a user with `view`. */
export function canViewUnpublished(p: Principal | null, actor: PlanActor | null, plan: PlanAccess): boolean {
  if (p === null) return false;
  return p.kind !== 'user' || (actor !== null && canUser(actor, plan, 'view'));
}
