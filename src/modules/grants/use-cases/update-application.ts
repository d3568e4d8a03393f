/**
 * Saving an application's content as a new version against the version the editor started from
 * (optimistic locking: when someone saved in between, nothing is written and the 409 names both
 * versions and the projects they changed). Only the applicant's writers, only while a draft; the
 * applicant and the fiscal year cannot change (they are the application's key).
 */
import type { Database } from '../../../db/client.ts';
import { ConflictError, ForbiddenError, InputError } from '../../../shared/errors.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { organisationActorOf } from '../../organisations/index.ts';
import type { ApplicationContent } from '../domain/application-content.ts';
import { parseApplication } from '../domain/parse-application.ts';
import { EDITABLE, GRANT_STATUS_LABELS, type GrantStatus } from '../domain/workflow.ts';
import { assertCanOnGrant } from '../permissions.ts';
import { accessOf, insertEvent, insertVersion, lockApplication, updateHeader, versionContent } from '../repository.ts';
import { checkSummary, checksFor } from './application-checks.ts';

export interface ApplicationEdit {
  id: string;
  baseVersion: number;
  content: unknown;
}

/** Projects added, removed or changed between two versions (by id), and whether the rest changed. */
export function changedProjects(a: ApplicationContent, b: ApplicationContent): { projects: string[]; other: boolean } {
  const byId = (c: ApplicationContent) => new Map(c.projects.map((p) => [p.id, JSON.stringify(p)]));
  const pa = byId(a);
  const pb = byId(b);
  const ids = [...new Set([...pa.keys(), ...pb.keys()])].filter((id) => pa.get(id) !== pb.get(id));
  const rest = (c: ApplicationContent) => JSON.stringify({ ...c, projects: undefined });
  return { projects: ids, other: rest(a) !== rest(b) };
}

export async function updateApplication(db: Database, edit: ApplicationEdit, by: Principal): Promise<{ version: number; changed: boolean }> {
  const content = parseApplication(edit.content);
  const actor = await organisationActorOf(db, by);
  const name = auditNameOf(by);
  const checks = await checksFor(db, content);
  return db.transaction(async (tx) => {
    const row = await lockApplication(tx, edit.id);
    assertCanOnGrant(by, actor, await accessOf(tx, row), 'edit', '編集する');
    const status = row.status as GrantStatus;
    if (!EDITABLE.includes(status)) throw new ForbiddenError(`申請は「${GRANT_STATUS_LABELS[status]}」のため編集できません`);
    if (content.applicant_code !== row.ownerCode || content.fiscal_year !== row.fiscalYear) {
      throw InputError.single({
        column: content.applicant_code !== row.ownerCode ? 'applicant_code' : 'fiscal_year',
        code: 'immutable',
        reason: '申請団体と年度は変更できません（新しい申請を作成してください）',
      });
    }
    const current = await versionContent(tx, row, row.currentVersion);
    if (edit.baseVersion !== row.currentVersion) {
      const base = await versionContent(tx, row, edit.baseVersion).catch(() => null);
      const theirs = base ? changedProjects(base, current) : { projects: [], other: true };
      throw new ConflictError(`申請はほかの人が更新しました（あなたが開いた版 ${edit.baseVersion} → 現在の版 ${row.currentVersion}）。読み込み直して、変更を反映してください`, {
        version: String(row.currentVersion),
        changed_projects: theirs.projects,
        other_fields_changed: theirs.other,
      });
    }
    const diff = changedProjects(current, content);
    if (diff.projects.length === 0 && !diff.other) return { version: row.currentVersion, changed: false };
    const version = row.currentVersion + 1;
    await insertVersion(tx, row, version, content, name);
    await updateHeader(tx, row, { currentVersion: version, title: content.title, ...checkSummary(checks) });
    await insertEvent(tx, row, { action: 'edit', fromStatus: status, toStatus: status, version, details: { changed_projects: diff.projects }, actor: name });
    await appendAudit(tx, {
      ownerCode: row.ownerCode,
      actor: name,
      action: 'grant.update',
      entityType: 'grant_application',
      entityId: row.id,
      summary: `申請を更新（版 ${version}）: ${content.title}`,
      details: { version, changed_projects: diff.projects, after: content },
    });
    return { version, changed: true };
  });
}
