/**
 * The applicant records the effect verification of a fiscal year while the projects are in
 * execution (seed 002 L449–453): who took part by sector, and per funded project (decided amount
 * above 0) the KPIs of its links as the KPI engine evaluates them on `as_of` — kept as a snapshot,
 * so the published result does not move when observations are added later — with the panel's
 * assessment and 改善方策. Too few sectors, or government only, is a warning
 * (d2g.verification.min_sectors), never a refusal. Re-recording replaces the year's draft; a
 * published one is final. The audit log counts participants by sector and never names them.
 */
import type { Database } from '../../../db/client.ts';
import { ConflictError, InputError, NotFoundError, type InputIssue } from '../../../shared/errors.ts';
import { formatDay, parseDay, todayDay } from '../../../shared/periods.ts';
import { zodInputIssues } from '../../../shared/zod-issues.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { evaluateCatalog, loadCatalog, type KpiEvaluation } from '../../kpi/index.ts';
import { organisationActorOf } from '../../organisations/index.ts';
import { rulesAt } from '../../rulebook/index.ts';
import type { ApplicationContent } from '../domain/application-content.ts';
import { fundedProjects, kpiSnapshot, participationWarnings, sectorCounts, VerificationInput, type ProjectResult, type Warning } from '../domain/verification.ts';
import { GRANT_STATUS_LABELS, type GrantStatus } from '../domain/workflow.ts';
import { assertCanOnGrant } from '../permissions.ts';
import { accessOf, applicationOrNotFound, listDecisions, lockApplication, versionContent, type ApplicationRow } from '../repository.ts';
import { grantVerifications } from '../schema.ts';
import { verificationJson, verificationsOf, type VerificationJson } from './get-verification.ts';

/** Every linked KPI's evaluation on the day, one catalog load per strategy; null for a KPI (or strategy) that is gone. */
async function evaluateLinks(db: Database, links: readonly { strategy_id: string; kpi_id: string }[], day: number): Promise<Map<string, KpiEvaluation | null>> {
  const out = new Map<string, KpiEvaluation | null>();
  for (const strategyId of new Set(links.map((l) => l.strategy_id))) {
    let kpis: KpiEvaluation[] = [];
    try {
      kpis = evaluateCatalog(await loadCatalog(db, strategyId), day).kpis;
    } catch (e) {
      if (!(e instanceof NotFoundError)) throw e;
    }
    const flat = kpis.flatMap((k) => [k, ...(k.components ?? [])]);
    for (const l of links.filter((x) => x.strategy_id === strategyId)) out.set(`${strategyId}/${l.kpi_id}`, flat.find((k) => k.id === l.kpi_id) ?? null);
  }
  return out;
}

function assertInExecution(row: ApplicationRow): void {
  if (row.status !== 'in_execution')
    throw new ConflictError(`「${GRANT_STATUS_LABELS[row.status as GrantStatus] ?? row.status}」の申請には効果検証を記録できません（事業実施中の申請が対象です）`);
}

function checkFiscalYear(fiscalYear: number, row: ApplicationRow): void {
  if (!Number.isInteger(fiscalYear) || fiscalYear < row.fiscalYear || fiscalYear > row.fiscalYear + 10)
    throw InputError.single({
      column: 'fiscalYear',
      code: 'out_of_range',
      reason: `検証の年度は申請の年度（${row.fiscalYear}年度）から${row.fiscalYear + 10}年度までで指定してください（${fiscalYear}）`,
    });
}

function checkResults(input: VerificationInput, funded: ReadonlySet<string>): void {
  const issues: InputIssue[] = [];
  const seen = new Set<string>();
  input.results.forEach((r, i) => {
    const column = `results[${i}].project_id`;
    if (!funded.has(r.project_id)) issues.push({ column, code: 'not_funded', reason: `事業「${r.project_id}」は交付対象（交付決定額が0円より大きい事業）ではありません` });
    else if (seen.has(r.project_id)) issues.push({ column, code: 'duplicate', reason: `事業「${r.project_id}」の結果が2回あります` });
    seen.add(r.project_id);
  });
  if (issues.length > 0) throw new InputError(issues);
}

export async function recordVerification(db: Database, id: string, fiscalYear: number, raw: unknown, by: Principal): Promise<VerificationJson & { warnings: Warning[] }> {
  const parsed = VerificationInput.safeParse(raw);
  if (!parsed.success) throw new InputError(zodInputIssues(parsed.error));
  const input = parsed.data;
  const asOf = input.as_of ?? formatDay(todayDay());
  const rules = rulesAt(asOf); // refuses a malformed day, naming as_of
  const minSectors = rules.number('d2g.verification.min_sectors');
  const actor = await organisationActorOf(db, by);
  const name = auditNameOf(by);
  const pre = await applicationOrNotFound(db, id);
  assertCanOnGrant(by, actor, await accessOf(db, pre), 'verify', '効果検証を記録する');
  assertInExecution(pre);
  checkFiscalYear(fiscalYear, pre);
  const content: ApplicationContent = await versionContent(db, pre, pre.submittedVersion ?? pre.currentVersion);
  const funded = fundedProjects(await listDecisions(db, pre));
  checkResults(input, new Set(funded.map((f) => f.projectId)));
  const projects = new Map(content.projects.map((p) => [p.id, p]));
  const links = funded.flatMap((f) => projects.get(f.projectId)?.kpis ?? []);
  const evaluations = await evaluateLinks(db, links, parseDay(asOf));
  const results: ProjectResult[] = funded.map((f) => {
    const p = projects.get(f.projectId);
    const given = input.results.find((r) => r.project_id === f.projectId);
    return {
      project_id: f.projectId,
      project_name: p?.name ?? f.projectId,
      kind: f.kind,
      decided_total: f.total,
      kpis: (p?.kpis ?? []).map((l) => kpiSnapshot(l, evaluations.get(`${l.strategy_id}/${l.kpi_id}`) ?? null)),
      assessment: given?.assessment ?? '',
      improvement: given?.improvement ?? '',
    };
  });
  return db.transaction(async (tx) => {
    const row = await lockApplication(tx, id);
    assertInExecution(row);
    const existing = (await verificationsOf(tx, row)).find((v) => v.fiscalYear === fiscalYear);
    if (existing?.publishedAt) throw new ConflictError(`${fiscalYear}年度の効果検証は公表済みのため変更できません`);
    const values = { participants: input.participants, results, asOf, recordedBy: name, updatedAt: new Date() };
    await tx
      .insert(grantVerifications)
      .values({ ownerCode: row.ownerCode, applicationId: row.id, fiscalYear, ...values })
      .onConflictDoUpdate({ target: [grantVerifications.ownerCode, grantVerifications.applicationId, grantVerifications.fiscalYear], set: values });
    const classes = results.flatMap((r) => r.kpis.map((k) => k.status));
    await appendAudit(tx, {
      ownerCode: row.ownerCode,
      actor: name,
      action: 'grant.record_verification',
      entityType: 'grant_application',
      entityId: row.id,
      summary: `効果検証を記録: ${row.title}（${fiscalYear}年度、参画者${input.participants.length}人、事業${results.length}件、KPI${classes.length}件）`,
      // counts only: participants' names are personal data and the log is append-only
      details: { fiscal_year: fiscalYear, as_of: asOf, sector_counts: sectorCounts(input.participants), kpi_classes: classes, replaced: existing !== undefined },
    });
    const saved = (await verificationsOf(tx, row)).find((v) => v.fiscalYear === fiscalYear)!;
    return { ...verificationJson(saved), warnings: participationWarnings(input.participants, minSectors) };
  });
}
