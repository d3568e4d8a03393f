/**
 * Who may do what with a 第2世代交付金 application (pure): one decision per operation × the user's
 * role × their relation to the application. Relations: the applicant (the user's organisation is
 * the applying government), the secretariat (内閣官房), an assigned reviewer (by user: reviewers
 * see only the applications assigned to them), the applicant's prefecture (sees its
 * municipalities' applications once submitted, to coordinate), or the public (decided
 * applications and published verifications only). Operators (CLI) and the platform act for
 * everyone. Whether the application's *state* allows the action is workflow.ts's.
 */
import { ForbiddenError } from '../../shared/errors.ts';
import type { Principal, Role } from '../auth/index.ts';
import { isSecretariatOrg, type OrganisationActor } from '../organisations/index.ts';
import { PUBLIC_STATUSES, type GrantStatus } from './domain/workflow.ts';

export type GrantRelation = 'applicant' | 'secretariat' | 'reviewer' | 'prefecture' | 'public';
export const GRANT_RELATIONS: readonly GrantRelation[] = ['applicant', 'secretariat', 'reviewer', 'prefecture', 'public'];

export type GrantOp =
  | 'view' // the application as it stands, its versions, checks and history
  | 'edit'
  | 'submit'
  | 'return'
  | 'assign_reviewers'
  | 'start_review'
  | 'review' // score the four criteria
  | 'see_reviews' // every reviewer's scores and comments, the summary
  | 'decide'
  | 'start_execution'
  | 'verify' // record the effect verification
  | 'publish_verification';

export const GRANT_OPS: readonly GrantOp[] = [
  'view',
  'edit',
  'submit',
  'return',
  'assign_reviewers',
  'start_review',
  'review',
  'see_reviews',
  'decide',
  'start_execution',
  'verify',
  'publish_verification',
];

const WRITERS: readonly Role[] = ['admin', 'editor'];
const ANY: readonly Role[] = ['admin', 'editor', 'viewer', 'reviewer'];

/** Absent cells: nobody. */
export const GRANT_MATRIX: Readonly<Record<GrantOp, Partial<Record<GrantRelation, readonly Role[]>>>> = {
  view: { applicant: ANY, secretariat: ANY, reviewer: ['reviewer'], prefecture: ANY },
  edit: { applicant: WRITERS },
  submit: { applicant: WRITERS },
  return: { secretariat: WRITERS },
  assign_reviewers: { secretariat: WRITERS },
  start_review: { secretariat: WRITERS },
  review: { reviewer: ['reviewer'] },
  see_reviews: { secretariat: ANY },
  decide: { secretariat: WRITERS },
  start_execution: { applicant: WRITERS },
  verify: { applicant: WRITERS },
  publish_verification: { applicant: WRITERS },
};

/** What permissions need to know of an application. */
export interface GrantAccess {
  applicantCode: string;
  status: GrantStatus;
  /** users assigned to review it */
  reviewerUserIds: readonly string[];
}

/** The user's one relation to the application, strongest first. */
export function grantRelationOf(a: OrganisationActor, g: GrantAccess): GrantRelation {
  if (a.org.id === g.applicantCode) return 'applicant';
  if (isSecretariatOrg(a.org)) return 'secretariat';
  if (g.reviewerUserIds.includes(a.userId)) return 'reviewer';
  // a 団体コード's first two digits are its prefecture's
  if (a.org.kind === 'prefecture' && a.org.id.slice(0, 2) === g.applicantCode.slice(0, 2) && g.status !== 'draft') return 'prefecture';
  return 'public';
}

export function canOnGrant(a: OrganisationActor, g: GrantAccess, op: GrantOp): boolean {
  return GRANT_MATRIX[op][grantRelationOf(a, g)]?.includes(a.role) ?? false;
}

/** Everyone sees decided applications and published verifications (L449–453: publication is obligatory). */
export const isPublicGrant = (status: GrantStatus): boolean => PUBLIC_STATUSES.includes(status);

/** Creating an application for a government: its own writers; operators for anyone. */
export function canCreateApplication(a: OrganisationActor | 'operator', applicantCode: string): boolean {
  return a === 'operator' || (WRITERS.includes(a.role) && a.org.id === applicantCode);
}

/** Whether a principal sees the application as it stands (unpublished parts included). */
export function canViewGrant(p: Principal, a: OrganisationActor | null, g: GrantAccess): boolean {
  if (p.kind !== 'user') return true;
  return a !== null && canOnGrant(a, g, 'view');
}

/** The check every grant use case makes before any effect; operators and the platform pass. */
export function assertCanOnGrant(p: Principal, a: OrganisationActor | null, g: GrantAccess, op: GrantOp, what: string): void {
  if (p.kind !== 'user') return;
  if (!a || !canOnGrant(a, g, op)) throw new ForbiddenError(`この申請を${what}権限がありません`);
}
