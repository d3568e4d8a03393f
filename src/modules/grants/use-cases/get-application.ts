/**
 * One application as its reader may see it: the header, the content (current version; for the
 * public the submitted one, and only once decided), the rule checks with their trace, the
 * decided amounts, the history with who acted, and what the reader may do next (the web shows
 * those buttons only). Not visible → 404, so drafts do not leak their existence.
 */
import type { Database } from '../../../db/client.ts';
import { NotFoundError } from '../../../shared/errors.ts';
import { actorLabeller, type Principal } from '../../auth/index.ts';
import { organisationActorOf, organisationOf } from '../../organisations/index.ts';
import { GRANT_STATUS_LABELS, type GrantStatus, grantEventLabel, grantStatusLabel } from '../domain/workflow.ts';
import { canOnGrant, canViewGrant, GRANT_OPS, isPublicGrant, type GrantOp } from '../permissions.ts';
import { accessOf, applicationOrNotFound, listDecisions, listEvents, versionContent, type ApplicationRow } from '../repository.ts';
import { checkStoredApplication } from './check-grant-application.ts';

export const headerJson = (r: ApplicationRow, applicantName: string | null) => ({
  id: r.id,
  applicant_code: r.ownerCode,
  applicant_name: applicantName,
  applicant_kind: r.applicantKind,
  fiscal_year: r.fiscalYear,
  title: r.title,
  status: r.status as GrantStatus,
  status_label: GRANT_STATUS_LABELS[r.status as GrantStatus],
  current_version: r.currentVersion,
  submitted_version: r.submittedVersion,
  requested_total: r.requestedTotal,
  decided_total: r.decidedTotal,
  check_errors: r.checkErrors,
  check_warnings: r.checkWarnings,
  sample: r.sample,
  updated_at: r.updatedAt.toISOString(),
});

export async function getApplication(db: Database, id: string, by: Principal | null) {
  const row = await applicationOrNotFound(db, id);
  const access = await accessOf(db, row);
  const actor = by ? await organisationActorOf(db, by) : null;
  const full = by !== null && canViewGrant(by, actor, access);
  if (!full && !isPublicGrant(row.status as GrantStatus)) throw new NotFoundError(`申請「${id}」はありません`);
  const version = full ? row.currentVersion : (row.submittedVersion ?? row.currentVersion);
  const content = await versionContent(db, row, version);
  const [checks, decisions, events, applicant] = await Promise.all([
    checkStoredApplication(db, content),
    listDecisions(db, row),
    full ? listEvents(db, row) : Promise.resolve([]),
    organisationOf(db, row.ownerCode),
  ]);
  const label = await actorLabeller(
    db,
    events.map((e) => e.actor),
  );
  const may = Object.fromEntries(GRANT_OPS.map((op) => [op, by === null ? false : by.kind !== 'user' ? true : actor !== null && canOnGrant(actor, access, op)])) as Record<
    GrantOp,
    boolean
  >;
  return {
    application: headerJson(row, applicant?.name ?? null),
    version,
    content,
    checks,
    decisions: decisions.map((d) => ({ project_id: d.projectId, fiscal_year: d.fiscalYear, amount: d.amount, kind: d.kind, reason: d.reason })),
    history: events.map((e) => ({
      seq: e.seq,
      action: e.action,
      action_label: grantEventLabel(e.action),
      from_status: e.fromStatus,
      to_status: e.toStatus,
      to_status_label: grantStatusLabel(e.toStatus),
      version: e.version,
      comment: e.comment,
      details: e.details,
      at: e.at.toISOString(),
      ...label(e.actor),
    })),
    may,
  };
}
