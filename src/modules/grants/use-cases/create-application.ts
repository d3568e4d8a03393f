/**
 * Creating a government's application for a fiscal year: one per government and year (seed 002
 * L446–447, a unique key, so a second one is a 409 naming the first). Version 1, its checks'
 * totals in the header, the event and the audit entry in one transaction.
 */
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { ConflictError, ForbiddenError, InputError } from '../../../shared/errors.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { organisationActorOf, organisationOf } from '../../organisations/index.ts';
import { parseApplication } from '../domain/parse-application.ts';
import { canCreateApplication } from '../permissions.ts';
import { insertEvent, insertVersion } from '../repository.ts';
import { grantApplications } from '../schema.ts';
import { checkSummary, checksFor } from './application-checks.ts';

export interface NewApplication {
  applicantCode: string;
  fiscalYear: number;
  title: string;
  /** the whole content to start from (an import); default: no projects yet */
  content?: unknown;
  sample?: boolean;
}

export const newApplicationId = (): string => `g-${randomBytes(6).toString('hex')}`;

export async function createApplication(db: Database, input: NewApplication, by: Principal): Promise<{ id: string; version: number }> {
  const content = parseApplication(input.content ?? { applicant_code: input.applicantCode, fiscal_year: input.fiscalYear, title: input.title });
  if (content.applicant_code !== input.applicantCode || content.fiscal_year !== input.fiscalYear) {
    throw InputError.single({ column: 'content.applicant_code', code: 'mismatch', reason: '申請内容の団体コード・年度が申請者・年度と一致しません' });
  }
  const applicant = await organisationOf(db, content.applicant_code);
  if (!applicant || !['prefecture', 'designated_city', 'municipality'].includes(applicant.kind)) {
    throw InputError.single({ column: 'applicant_code', code: 'unknown_government', reason: `団体コード「${content.applicant_code}」の地方公共団体がありません` });
  }
  const actor = await organisationActorOf(db, by);
  if (!canCreateApplication(actor ?? 'operator', content.applicant_code))
    throw new ForbiddenError(`${applicant.name}の申請を作成する権限がありません（その団体の編集者・管理者のみ）`);
  const checks = await checksFor(db, content);
  const id = newApplicationId();
  const name = auditNameOf(by);
  const row = { ownerCode: content.applicant_code, id };
  await db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: grantApplications.id })
      .from(grantApplications)
      .where(and(eq(grantApplications.ownerCode, row.ownerCode), eq(grantApplications.fiscalYear, content.fiscal_year)));
    if (existing)
      throw new ConflictError(`${applicant.name}の${content.fiscal_year}年度の申請は既にあります（${existing.id}）。申請は1団体1年度1本です（002 L446-447）`, { id: existing.id });
    await tx
      .insert(grantApplications)
      .values({ ...row, fiscalYear: content.fiscal_year, title: content.title, status: 'draft', ...checkSummary(checks), sample: input.sample ?? false });
    await insertVersion(tx, row, 1, content, name);
    await insertEvent(tx, row, { action: 'create', fromStatus: null, toStatus: 'draft', version: 1, actor: name });
    await appendAudit(tx, {
      ownerCode: row.ownerCode,
      actor: name,
      action: 'grant.create',
      entityType: 'grant_application',
      entityId: id,
      summary: `第2世代交付金の申請を作成: ${content.title}（${applicant.name}、${content.fiscal_year}年度）`,
      details: { fiscal_year: content.fiscal_year, after: content },
    });
  });
  return { id, version: 1 };
}
