/**
 * Who may do what with a good-practice case (pure): one decision per operation × the user's role
 * × their relation to the case. Relations: the owner (the user's organisation is the submitting
 * government), the secretariat (内閣官房, which validates or returns), or anyone else (the
 * public: validated cases only). Operators (CLI) and the platform act for everyone. Whether the
 * case's *state* allows the action is workflow.ts's.
 */
import { ForbiddenError } from '../../shared/errors.ts';
import type { Principal, Role } from '../auth/index.ts';
import { isSecretariatOrg, type OrganisationActor } from '../organisations/index.ts';

export type CaseRelation = 'owner' | 'secretariat' | 'public';
export const CASE_RELATIONS: readonly CaseRelation[] = ['owner', 'secretariat', 'public'];

export type CaseOp = 'view' | 'edit' | 'submit' | 'return' | 'validate';
export const CASE_OPS: readonly CaseOp[] = ['view', 'edit', 'submit', 'return', 'validate'];

const WRITERS: readonly Role[] = ['admin', 'editor'];
const ANY: readonly Role[] = ['admin', 'editor', 'viewer', 'reviewer'];

/** `view` is of a case as it stands (a draft, a returned case); validated cases are public to all. Absent cells: nobody. */
export const CASE_MATRIX: Readonly<Record<CaseOp, Partial<Record<CaseRelation, readonly Role[]>>>> = {
  view: { owner: ANY, secretariat: ANY },
  edit: { owner: WRITERS },
  submit: { owner: WRITERS },
  return: { secretariat: WRITERS },
  validate: { secretariat: WRITERS },
};

/** The user's one relation to a case owned by `ownerCode` (the owner outranks the secretariat). */
export function caseRelationOf(a: OrganisationActor, ownerCode: string): CaseRelation {
  if (a.org.id === ownerCode) return 'owner';
  if (isSecretariatOrg(a.org)) return 'secretariat';
  return 'public';
}

export function canOnCase(a: OrganisationActor, ownerCode: string, op: CaseOp): boolean {
  return CASE_MATRIX[op][caseRelationOf(a, ownerCode)]?.includes(a.role) ?? false;
}

const GOVERNMENT_KINDS = ['prefecture', 'designated_city', 'municipality'];

/** Creating a case for a government (or recording its adoption of one): its own writers; operators for anyone. */
export function canWriteForGovernment(a: OrganisationActor | 'operator', code: string): boolean {
  return a === 'operator' || (WRITERS.includes(a.role) && a.org.id === code && GOVERNMENT_KINDS.includes(a.org.kind));
}

/** Whether a principal sees the case as it stands; validated cases are everyone's. */
export function canViewCase(p: Principal, a: OrganisationActor | null, ownerCode: string, status: string): boolean {
  if (status === 'validated' || p.kind !== 'user') return true;
  return a !== null && canOnCase(a, ownerCode, 'view');
}

/** The check every case use case makes before any effect; operators and the platform pass. */
export function assertCanOnCase(p: Principal, a: OrganisationActor | null, ownerCode: string, op: CaseOp, what: string): void {
  if (p.kind !== 'user') return;
  if (!a || !canOnCase(a, ownerCode, op)) throw new ForbiddenError(`この事例を${what}権限がありません`);
}

export function assertCanWriteForGovernment(p: Principal, a: OrganisationActor | null, code: string, what: string): void {
  if (p.kind !== 'user') return;
  if (!a || !canWriteForGovernment(a, code)) throw new ForbiddenError(`団体コード ${code} の${what}権限がありません（その団体の編集者・管理者のみ）`);
}
