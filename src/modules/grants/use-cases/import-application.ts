/**
 * Batch work (`sousei grants import FILE…`): an application file creates the government's
 * application for its fiscal year, or saves a new version of the existing draft (against its
 * current version: an import is the operator's deliberate overwrite of a draft, never of a
 * submitted one). Each file is its own all-or-nothing write through the ordinary use cases, so it
 * is checked, versioned and audited like an edit in the web.
 */
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import type { Principal } from '../../auth/index.ts';
import type { ApplicationContent } from '../domain/application-content.ts';
import { grantApplications } from '../schema.ts';
import { createApplication } from './create-application.ts';
import { updateApplication } from './update-application.ts';

export async function importApplication(db: Database, content: ApplicationContent, by: Principal): Promise<{ id: string; version: number; created: boolean }> {
  const [existing] = await db
    .select({ id: grantApplications.id, version: grantApplications.currentVersion })
    .from(grantApplications)
    .where(and(eq(grantApplications.ownerCode, content.applicant_code), eq(grantApplications.fiscalYear, content.fiscal_year)));
  if (!existing) {
    const r = await createApplication(db, { applicantCode: content.applicant_code, fiscalYear: content.fiscal_year, title: content.title, content }, by);
    return { ...r, created: true };
  }
  const r = await updateApplication(db, { id: existing.id, baseVersion: existing.version, content }, by);
  return { id: existing.id, version: r.version, created: false };
}
