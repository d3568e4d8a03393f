/** Queries of the grants tables (no permissions here: use cases decide, then call these). */
import { and, asc, eq, max } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { NotFoundError } from '../../shared/errors.ts';
import type { ApplicationContent } from './domain/application-content.ts';
import type { GrantStatus } from './domain/workflow.ts';
import type { GrantAccess } from './permissions.ts';
import { grantApplications, grantApplicationVersions, grantDecisions, grantEvents, grantReviewers } from './schema.ts';

export type Tx = Pick<Database, 'select' | 'insert' | 'update' | 'delete' | 'execute'>;
export type ApplicationRow = typeof grantApplications.$inferSelect;
type RowKey = Pick<ApplicationRow, 'ownerCode' | 'id'>;

const notFound = (id: string) => new NotFoundError(`申請「${id}」はありません`);

export async function findApplication(db: Tx, id: string): Promise<ApplicationRow | null> {
  const [row] = await db.select().from(grantApplications).where(eq(grantApplications.id, id));
  return row ?? null;
}

export async function applicationOrNotFound(db: Tx, id: string): Promise<ApplicationRow> {
  const row = await findApplication(db, id);
  if (!row) throw notFound(id);
  return row;
}

/** The header under a row lock (writes take it first: the lock order is application, then the audit chain). */
export async function lockApplication(tx: Tx, id: string): Promise<ApplicationRow> {
  const [row] = await tx.select().from(grantApplications).where(eq(grantApplications.id, id)).for('update');
  if (!row) throw notFound(id);
  return row;
}

export async function reviewerIds(db: Tx, row: RowKey): Promise<string[]> {
  const rows = await db
    .select({ userId: grantReviewers.userId })
    .from(grantReviewers)
    .where(and(eq(grantReviewers.ownerCode, row.ownerCode), eq(grantReviewers.applicationId, row.id)))
    .orderBy(asc(grantReviewers.assignedAt));
  return rows.map((r) => r.userId);
}

/** What permissions need: the applicant, the state and the assigned reviewers. */
export async function accessOf(db: Tx, row: ApplicationRow): Promise<GrantAccess> {
  return { applicantCode: row.ownerCode, status: row.status as GrantStatus, reviewerUserIds: await reviewerIds(db, row) };
}

export async function versionContent(db: Tx, row: RowKey, version: number): Promise<ApplicationContent> {
  const [v] = await db
    .select({ content: grantApplicationVersions.content })
    .from(grantApplicationVersions)
    .where(and(eq(grantApplicationVersions.ownerCode, row.ownerCode), eq(grantApplicationVersions.applicationId, row.id), eq(grantApplicationVersions.version, version)));
  if (!v) throw new NotFoundError(`申請「${row.id}」の版 ${version} はありません`);
  return v.content as ApplicationContent;
}

export async function insertVersion(tx: Tx, row: RowKey, version: number, content: ApplicationContent, by: string): Promise<void> {
  await tx.insert(grantApplicationVersions).values({ ownerCode: row.ownerCode, applicationId: row.id, version, content, createdBy: by });
}

export interface GrantEventInput {
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  version: number;
  comment?: string;
  details?: unknown;
  actor: string;
}

export async function insertEvent(tx: Tx, row: RowKey, e: GrantEventInput): Promise<void> {
  const [last] = await tx
    .select({ seq: max(grantEvents.seq) })
    .from(grantEvents)
    .where(and(eq(grantEvents.ownerCode, row.ownerCode), eq(grantEvents.applicationId, row.id)));
  await tx.insert(grantEvents).values({ ownerCode: row.ownerCode, applicationId: row.id, seq: (last?.seq ?? 0) + 1, ...e, comment: e.comment ?? '', details: e.details ?? null });
}

export async function listEvents(db: Tx, row: RowKey) {
  return db
    .select()
    .from(grantEvents)
    .where(and(eq(grantEvents.ownerCode, row.ownerCode), eq(grantEvents.applicationId, row.id)))
    .orderBy(asc(grantEvents.seq));
}

export async function updateHeader(tx: Tx, row: RowKey, set: Partial<ApplicationRow>): Promise<void> {
  await tx
    .update(grantApplications)
    .set({ ...set, updatedAt: new Date() })
    .where(and(eq(grantApplications.ownerCode, row.ownerCode), eq(grantApplications.id, row.id)));
}

export async function listDecisions(db: Tx, row: RowKey) {
  return db
    .select()
    .from(grantDecisions)
    .where(and(eq(grantDecisions.ownerCode, row.ownerCode), eq(grantDecisions.applicationId, row.id)))
    .orderBy(asc(grantDecisions.projectId), asc(grantDecisions.fiscalYear));
}
