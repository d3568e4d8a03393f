/**
 * Registering an organisation: a ministry, bureau, reviewers' body or company. A company's id is
 * its 法人番号 (validated with its check digit); other bodies get an id given by the operator
 * (lower-case letters, digits and hyphens). Audited in the same transaction.
 */
import type { Database } from '../../db/client.ts';
import { readCorporateNumber } from '../../shared/corporate-number.ts';
import { ConflictError, ForbiddenError, InputError, type InputIssue } from '../../shared/errors.ts';
import { appendAudit } from '../audit/index.ts';
import { auditNameOf, type Principal } from '../auth/index.ts';
import { ORG_KIND_LABELS, type OrgKind, type Organisation, STORED_KINDS } from './domain/organisation-kinds.ts';
import { canRegisterOrganisation } from './permissions.ts';
import { insertOrganisation, organisationOf } from './repository.ts';

export interface NewOrganisation {
  kind: OrgKind;
  name: string;
  id?: string;
  corporate_number?: string | null;
  parent_id?: string | null;
  pref_codes?: string[];
  address?: string | null;
}

function validate(input: NewOrganisation): { org: Organisation; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  if (!STORED_KINDS.includes(input.kind))
    issues.push({ column: 'kind', code: 'invalid_kind', reason: `種別「${input.kind}」は登録できません（地方公共団体は団体コードで自動的に扱われます）` });
  if (!input.name?.trim()) issues.push({ column: 'name', code: 'required', reason: '名称を入力してください' });
  let corporateNumber: string | null = null;
  if (input.corporate_number) {
    try {
      corporateNumber = readCorporateNumber(input.corporate_number, { column: 'corporate_number' });
    } catch (e) {
      if (e instanceof InputError) issues.push(...e.issues);
      else throw e;
    }
  }
  let id = input.id?.trim() ?? '';
  if (input.kind === 'company') {
    if (!corporateNumber && issues.every((i) => i.column !== 'corporate_number'))
      issues.push({ column: 'corporate_number', code: 'required', reason: '企業・事業主体は法人番号（13桁）で登録してください' });
    id = corporateNumber ?? '';
  } else if (!/^[a-z][a-z0-9-]{1,39}$/.test(id)) {
    issues.push({ column: 'id', code: 'invalid_id', reason: 'IDは半角英小文字で始まる英小文字・数字・ハイフンの2〜40文字にしてください（例: mlit, kanto-review）' });
  }
  const prefCodes = (input.pref_codes ?? []).map((p) => p.padStart(2, '0'));
  for (const p of prefCodes)
    if (!/^(0[1-9]|[1-3]\d|4[0-7])$/.test(p)) issues.push({ column: 'pref_codes', code: 'invalid_pref', reason: `都道府県コード「${p}」は01〜47ではありません` });
  return {
    org: { id, kind: input.kind, name: input.name?.trim() ?? '', corporateNumber, parentId: input.parent_id ?? null, prefCodes, address: input.address?.trim() || null },
    issues,
  };
}

export async function createOrganisation(db: Database, input: NewOrganisation, by: Principal): Promise<Organisation> {
  if (!canRegisterOrganisation(by)) throw new ForbiddenError('組織を登録する権限がありません（事務局の管理者のみ）');
  const { org, issues } = validate(input);
  if (issues.length > 0) throw new InputError(issues);
  if (org.parentId && !(await organisationOf(db, org.parentId)))
    throw InputError.single({ column: 'parent_id', code: 'unknown_org', reason: `上位組織「${org.parentId}」が登録されていません` });
  if (await organisationOf(db, org.id)) throw new ConflictError(`組織「${org.id}」は既に登録されています`);
  await db.transaction(async (tx) => {
    await insertOrganisation(tx, org);
    await appendAudit(tx, {
      ownerCode: '000000',
      actor: auditNameOf(by),
      action: 'organisation.create',
      entityType: 'organisation',
      entityId: org.id,
      summary: `組織を登録: ${org.name}（${ORG_KIND_LABELS[org.kind]}${org.corporateNumber ? `、法人番号 ${org.corporateNumber}` : ''}）`,
      details: { kind: org.kind, corporate_number: org.corporateNumber, parent_id: org.parentId },
    });
  });
  return org;
}
