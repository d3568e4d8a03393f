/** A case as the API answers it: the header with labels (和暦 beside 西暦), and the content. */
import type { Database } from '../../../db/client.ts';
import { toWarekiYear } from '../../../shared/periods.ts';
import type { CaseContent } from '../domain/case-content.ts';
import { FIELD_LABELS, FIELDS, PILLAR_LABELS, type Field } from '../domain/fields.ts';
import { CASE_STATUS_LABELS, type CaseStatus } from '../domain/workflow.ts';
import { areaNames, type CaseRow } from '../repository.ts';

export const yearLabel = (y: number | null): string | null => (y === null ? null : `${y}年（${toWarekiYear(y)}）`);

export function caseHeader(row: CaseRow, names: Map<string, { name: string }>) {
  const c = row.content as CaseContent;
  const field = row.field as Field;
  return {
    id: row.id,
    owner_code: row.ownerCode,
    owner_name: names.get(row.ownerCode)?.name ?? null,
    title: row.title,
    summary: c.summary,
    status: row.status as CaseStatus,
    status_label: CASE_STATUS_LABELS[row.status as CaseStatus] ?? row.status,
    field,
    field_label: FIELD_LABELS[field] ?? field,
    pillar_label: FIELDS[field] ? PILLAR_LABELS[FIELDS[field].pillar] : null,
    regions: c.regions.map((code) => ({ code, name: names.get(code)?.name ?? null })),
    actor: c.actor,
    problem_tags: c.problem_tags,
    started_year: row.startedYear,
    started_year_label: yearLabel(row.startedYear),
    reference: row.reference,
    credit: c.credit,
    version: row.version,
    updated_at: row.updatedAt.toISOString(),
    validated_at: row.validatedAt?.toISOString() ?? null,
  };
}

export type CaseHeader = ReturnType<typeof caseHeader>;

/** Headers of rows, with every area name they mention looked up once. */
export async function caseHeaders(db: Pick<Database, 'select'>, rows: readonly CaseRow[]): Promise<CaseHeader[]> {
  const codes = new Set<string>();
  for (const r of rows) {
    codes.add(r.ownerCode);
    for (const code of (r.content as CaseContent).regions) codes.add(code);
  }
  const names = await areaNames(db, [...codes]);
  return rows.map((r) => caseHeader(r, names));
}
