/**
 * The secretariat's decision (交付決定): the national share granted per project and fiscal year
 * (0 = not adopted), each at most what the submitted version requests for that project and year,
 * with the reason wherever it is less. Every project-year of the submitted version must be
 * decided; the decision needs at least one reviewer who scored every criterion. Written in one
 * transaction with the header's decided total, the event and the audit entry.
 */
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { InputError, type InputIssue } from '../../../shared/errors.ts';
import { formatNumberText } from '../../../shared/display-format.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { organisationActorOf } from '../../organisations/index.ts';
import { rulesAt } from '../../rulebook/index.ts';
import { decide, GRANT_STATUS_LABELS, type GrantStatus } from '../domain/workflow.ts';
import { assertCanOnGrant } from '../permissions.ts';
import { accessOf, insertEvent, lockApplication, updateHeader, versionContent, type ApplicationRow, type Tx } from '../repository.ts';
import { grantDecisions, grantReviews } from '../schema.ts';
import { checksFor } from './application-checks.ts';

export interface DecidedAmount {
  project_id: string;
  fiscal_year: number;
  amount: number;
  reason?: string;
}

export interface GrantDecision {
  id: string;
  amounts: readonly DecidedAmount[];
  comment?: string;
}

/** Reviewers who scored every criterion of the submitted version. */
export async function completeReviewers(tx: Tx, row: ApplicationRow, criteria: readonly string[]): Promise<number> {
  const rows = await tx
    .select({ userId: grantReviews.userId, criterion: grantReviews.criterion })
    .from(grantReviews)
    .where(and(eq(grantReviews.ownerCode, row.ownerCode), eq(grantReviews.applicationId, row.id), eq(grantReviews.version, row.submittedVersion ?? row.currentVersion)));
  const byUser = new Map<string, Set<string>>();
  for (const r of rows) byUser.set(r.userId, (byUser.get(r.userId) ?? new Set()).add(r.criterion));
  return [...byUser.values()].filter((s) => criteria.every((c) => s.has(c))).length;
}

const yen = (n: number) => `${formatNumberText(n, 'ja', 0)}円`;

/** Every issue of the amounts against what was requested; the requested shares by "project/year". */
export function amountIssues(amounts: readonly DecidedAmount[], requested: ReadonlyMap<string, number>): InputIssue[] {
  const issues: InputIssue[] = [];
  const seen = new Set<string>();
  amounts.forEach((a, i) => {
    const key = `${a.project_id}/${a.fiscal_year}`;
    const asked = requested.get(key);
    if (asked === undefined) issues.push({ column: `amounts[${i}]`, code: 'unknown_project_year', reason: `事業「${a.project_id}」の${a.fiscal_year}年度は申請にありません` });
    else if (a.amount > asked)
      issues.push({
        column: `amounts[${i}].amount`,
        code: 'over_request',
        reason: `事業「${a.project_id}」の${a.fiscal_year}年度の交付額 ${yen(a.amount)} が申請額（国費）${yen(asked)} を超えています`,
      });
    else if (a.amount < asked && !a.reason?.trim())
      issues.push({
        column: `amounts[${i}].reason`,
        code: 'reason_required',
        reason: `事業「${a.project_id}」の${a.fiscal_year}年度は申請額より少ないため、理由を入力してください`,
      });
    if (seen.has(key)) issues.push({ column: `amounts[${i}]`, code: 'duplicate', reason: `事業「${a.project_id}」の${a.fiscal_year}年度が重複しています` });
    seen.add(key);
  });
  return issues;
}

export async function decideApplication(db: Database, d: GrantDecision, by: Principal): Promise<{ status: GrantStatus; decided_total: number }> {
  const actor = await organisationActorOf(db, by);
  const name = auditNameOf(by);
  return db.transaction(async (tx) => {
    const row = await lockApplication(tx, d.id);
    assertCanOnGrant(by, actor, await accessOf(tx, row), 'decide', '交付決定する');
    const from = row.status as GrantStatus;
    const content = await versionContent(tx, row, row.submittedVersion ?? row.currentVersion);
    const checks = await checksFor(tx, content);
    const requested = new Map<string, number>();
    for (const p of checks.projects) for (const [fy, share] of Object.entries(p.by_year)) requested.set(`${p.id}/${fy}`, share);
    const issues = amountIssues(d.amounts, requested);
    if (issues.length > 0) throw new InputError(issues);
    const decided = new Set(d.amounts.map((a) => `${a.project_id}/${a.fiscal_year}`));
    const criteria = rulesAt(checks.as_of).codes('d2g.review.criteria');
    const decision = decide(from, 'decide', {
      checkErrors: 0,
      reviewers: 0,
      completeReviews: await completeReviewers(tx, row, criteria),
      decisionComplete: [...requested.keys()].every((k) => decided.has(k)),
      verificationComplete: false,
      comment: d.comment ?? '',
    });
    if (!decision.ok) throw new InputError(decision.reasons.map((reason) => ({ column: 'amounts', code: 'transition_refused', reason })));
    const kindOf = new Map(content.projects.map((p) => [p.id, p.kind]));
    await tx.delete(grantDecisions).where(and(eq(grantDecisions.ownerCode, row.ownerCode), eq(grantDecisions.applicationId, row.id)));
    await tx.insert(grantDecisions).values(
      d.amounts.map((a) => ({
        ownerCode: row.ownerCode,
        applicationId: row.id,
        projectId: a.project_id,
        fiscalYear: a.fiscal_year,
        amount: a.amount,
        kind: kindOf.get(a.project_id) ?? 'soft',
        reason: a.reason?.trim() ?? '',
      })),
    );
    const total = d.amounts.reduce((s, a) => s + a.amount, 0);
    await updateHeader(tx, row, { status: decision.to, decidedTotal: total });
    await insertEvent(tx, row, {
      action: 'decide',
      fromStatus: from,
      toStatus: decision.to,
      version: row.submittedVersion ?? row.currentVersion,
      comment: d.comment ?? '',
      details: { decided_total: total, amounts: d.amounts },
      actor: name,
    });
    await appendAudit(tx, {
      ownerCode: row.ownerCode,
      actor: name,
      action: 'grant.decide',
      entityType: 'grant_application',
      entityId: row.id,
      summary: `申請「${row.title}」の交付決定: ${yen(total)}（${GRANT_STATUS_LABELS[from]} → ${GRANT_STATUS_LABELS[decision.to]}）`,
      details: { decided_total: total, amounts: d.amounts, comment: d.comment ?? '' },
    });
    return { status: decision.to, decided_total: total };
  });
}
