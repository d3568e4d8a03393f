/**
 * Moving an application along its workflow — submit, return (with the reason), start review,
 * start execution, publish the effect verification — after the permission check and the state
 * machine's decision (domain/workflow.ts), which name what is missing. The decision itself
 * (amounts per project and year) is decide-application.ts. One transaction: the header, the
 * event (with the check summary on submission) and the audit entry.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { InputError } from '../../../shared/errors.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { organisationActorOf } from '../../organisations/index.ts';
import { missingForPublication } from '../domain/verification-complete.ts';
import { decide, GRANT_ACTION_LABELS, GRANT_STATUS_LABELS, type GrantAction, type GrantStatus, type TransitionFacts } from '../domain/workflow.ts';
import { assertCanOnGrant, type GrantOp } from '../permissions.ts';
import { accessOf, insertEvent, listDecisions, lockApplication, updateHeader, versionContent, type ApplicationRow, type Tx } from '../repository.ts';
import { grantVerifications } from '../schema.ts';
import { checksFor } from './application-checks.ts';

/** The actions of this use case and the permission each needs. */
const OPS: Readonly<Record<Exclude<GrantAction, 'decide'>, GrantOp>> = {
  submit: 'submit',
  return: 'return',
  start_review: 'start_review',
  start_execution: 'start_execution',
  publish_verification: 'publish_verification',
};

export type TransitionAction = keyof typeof OPS;
export const TRANSITION_ACTIONS = Object.keys(OPS) as TransitionAction[];

export interface GrantTransition {
  id: string;
  action: TransitionAction;
  comment?: string;
}

async function latestVerification(tx: Tx, row: ApplicationRow) {
  const [v] = await tx
    .select()
    .from(grantVerifications)
    .where(and(eq(grantVerifications.ownerCode, row.ownerCode), eq(grantVerifications.applicationId, row.id)))
    .orderBy(desc(grantVerifications.fiscalYear))
    .limit(1);
  return v ?? null;
}

async function factsFor(tx: Tx, row: ApplicationRow, t: GrantTransition, reviewers: number) {
  const facts: TransitionFacts = { checkErrors: 0, reviewers, completeReviews: 0, decisionComplete: false, verificationComplete: false, comment: t.comment ?? '' };
  let details: Record<string, unknown> = {};
  if (t.action === 'submit') {
    const checks = await checksFor(tx, await versionContent(tx, row, row.currentVersion));
    facts.checkErrors = checks.errors;
    details = { errors: checks.errors, warnings: checks.warnings };
  }
  if (t.action === 'publish_verification') {
    const funded = [...new Set((await listDecisions(tx, row)).filter((d) => d.amount > 0).map((d) => d.projectId))];
    const v = await latestVerification(tx, row);
    const missing = missingForPublication(
      v ? { participants: v.participants as { sector: string }[], results: v.results as { project_id: string; assessment: string }[] } : null,
      funded,
    );
    facts.verificationComplete = missing.length === 0;
    details = { fiscal_year: v?.fiscalYear, missing };
  }
  return { facts, details };
}

export async function transitionApplication(db: Database, t: GrantTransition, by: Principal): Promise<{ status: GrantStatus }> {
  if (!(t.action in OPS)) throw InputError.single({ column: 'action', code: 'unknown_action', reason: `操作「${t.action}」はありません（${TRANSITION_ACTIONS.join('、')}）` });
  const actor = await organisationActorOf(db, by);
  const name = auditNameOf(by);
  return db.transaction(async (tx) => {
    const row = await lockApplication(tx, t.id);
    const access = await accessOf(tx, row);
    assertCanOnGrant(by, actor, access, OPS[t.action], `「${GRANT_ACTION_LABELS[t.action]}」`);
    const from = row.status as GrantStatus;
    const { facts, details } = await factsFor(tx, row, t, access.reviewerUserIds.length);
    const d = decide(from, t.action, facts);
    if (!d.ok) {
      // the state machine says the verification is incomplete; what exactly is missing is more useful
      const reasons = t.action === 'publish_verification' && from === 'in_execution' ? (details.missing as string[]) : d.reasons;
      throw new InputError(reasons.map((reason) => ({ column: 'action', code: 'transition_refused', reason })));
    }
    await updateHeader(tx, row, { status: d.to, ...(t.action === 'submit' ? { submittedVersion: row.currentVersion } : {}) });
    if (t.action === 'publish_verification') {
      await tx
        .update(grantVerifications)
        .set({ publishedAt: new Date() })
        .where(
          and(eq(grantVerifications.ownerCode, row.ownerCode), eq(grantVerifications.applicationId, row.id), eq(grantVerifications.fiscalYear, details.fiscal_year as number)),
        );
    }
    await insertEvent(tx, row, { action: t.action, fromStatus: from, toStatus: d.to, version: row.currentVersion, comment: t.comment ?? '', details, actor: name });
    await appendAudit(tx, {
      ownerCode: row.ownerCode,
      actor: name,
      action: `grant.${t.action}`,
      entityType: 'grant_application',
      entityId: row.id,
      summary: `申請「${row.title}」: ${GRANT_STATUS_LABELS[from]} → ${GRANT_STATUS_LABELS[d.to]}`,
      details: { comment: t.comment ?? '', ...details, missing: undefined },
    });
    return { status: d.to };
  });
}
