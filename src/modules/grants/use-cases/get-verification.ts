/**
 * An application's effect verifications: those who see the application see every one (drafts
 * included); everyone else only the published ones (publication is obligatory, seed 002 L452–453),
 * and an application with nothing they may see is 「ありません」 (404). Also the queries the lists share.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { NotFoundError } from '../../../shared/errors.ts';
import type { Principal } from '../../auth/index.ts';
import { organisationActorOf } from '../../organisations/index.ts';
import { SECTOR_LABELS, type Sector } from '../domain/project-kinds.ts';
import { sectorCounts, type ProjectResult, type VerificationParticipant } from '../domain/verification.ts';
import { GRANT_STATUS_LABELS, type GrantStatus } from '../domain/workflow.ts';
import { canViewGrant } from '../permissions.ts';
import { accessOf, applicationOrNotFound, type ApplicationRow, type Tx } from '../repository.ts';
import { grantVerifications } from '../schema.ts';

type RowKey = Pick<ApplicationRow, 'ownerCode' | 'id'>;
export type VerificationRow = typeof grantVerifications.$inferSelect;

export interface VerificationJson {
  application_id: string;
  owner_code: string;
  fiscal_year: number;
  as_of: string;
  participants: (VerificationParticipant & { sector_label: string })[];
  sector_counts: Record<Sector, number>;
  results: ProjectResult[];
  published_at: string | null;
  updated_at: string;
}

export function verificationJson(v: VerificationRow): VerificationJson {
  const participants = v.participants as VerificationParticipant[];
  return {
    application_id: v.applicationId,
    owner_code: v.ownerCode,
    fiscal_year: v.fiscalYear,
    as_of: v.asOf,
    participants: participants.map((p) => ({ ...p, sector_label: SECTOR_LABELS[p.sector] })),
    sector_counts: sectorCounts(participants),
    results: v.results as ProjectResult[],
    published_at: v.publishedAt?.toISOString() ?? null,
    updated_at: v.updatedAt.toISOString(),
  };
}

export async function verificationsOf(db: Tx, row: RowKey): Promise<VerificationRow[]> {
  return db
    .select()
    .from(grantVerifications)
    .where(and(eq(grantVerifications.ownerCode, row.ownerCode), eq(grantVerifications.applicationId, row.id)))
    .orderBy(asc(grantVerifications.fiscalYear));
}

export interface ApplicationVerifications {
  application_id: string;
  owner_code: string;
  title: string;
  status: string;
  status_label: string;
  verifications: VerificationJson[];
}

export async function getVerifications(db: Database, id: string, by: Principal | null): Promise<ApplicationVerifications> {
  const row = await applicationOrNotFound(db, id);
  const actor = by ? await organisationActorOf(db, by) : null;
  const seesAll = by !== null && canViewGrant(by, actor, await accessOf(db, row));
  const all = await verificationsOf(db, row);
  const shown = seesAll ? all : all.filter((v) => v.publishedAt !== null);
  if (!seesAll && shown.length === 0) throw new NotFoundError(`申請「${id}」の公表された効果検証はありません`);
  return {
    application_id: row.id,
    owner_code: row.ownerCode,
    title: row.title,
    status: row.status,
    status_label: GRANT_STATUS_LABELS[row.status as GrantStatus] ?? row.status,
    verifications: shown.map(verificationJson),
  };
}
