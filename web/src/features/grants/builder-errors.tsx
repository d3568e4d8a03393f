/**
 * The builder's refusals, located: the server's 400 issues name a JSON path of the content
 * (`projects[0].costs[1].eligible_cost`); each becomes a link in the ErrorSummary to the field of
 * that path and a message beside it. A path without a field of its own (a project's id, a cost
 * line's year) points at the nearest field above it: the cost line, else the project's fieldset.
 * Field ids derive from the path, so the summary needs no registry of rendered fields.
 */
import { createContext, useContext } from 'react';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import type { GrantContent } from './api.ts';
import { fiscalYearLabel } from './GrantChecks.tsx';
import { domId, type FormErrors, NO_ERRORS } from './form-errors.tsx';

/** The element id of the field editing `path` (a JSON path of the content). */
export const builderFieldId = (path: string): string => `gf-${domId(path)}`;

/** Paths the builder has a field for, besides each project's fieldset (`projects[i]`). */
const BASIC_FIELDS: Record<string, MessageKey> = { title: 'grants.edit.name', vision: 'grants.edit.vision', issues: 'grants.edit.issues' };
const PROJECT_FIELDS: Record<string, MessageKey> = {
  kind: 'grants.edit.kind',
  name: 'grants.edit.projectName',
  summary: 'grants.edit.summary',
  outside_cap_reason: 'grants.edit.outsideCap',
  start_fy: 'grants.edit.start',
  end_fy: 'grants.edit.end',
  rate: 'grants.edit.rate',
  rate_basis: 'grants.edit.rateBasis',
  ministry: 'grants.edit.ministry',
  self_reliance: 'grants.edit.selfReliance',
};

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** The field an issue's column names, with a label that says which project; null: the form as a whole. */
export function locateBuilderField(column: string, content: GrantContent, t: T): { id: string; label: string } | null {
  const path = column.replace(/^content\./, '');
  if (BASIC_FIELDS[path]) return { id: builderFieldId(path), label: t(BASIC_FIELDS[path]) };
  const participant = /^participants\[(\d+)\]/.exec(path);
  if (participant && Number(participant[1]) < content.participants.length)
    return { id: builderFieldId(`participants[${participant[1]}].name`), label: `${t('grants.edit.participants')} ${Number(participant[1]) + 1}` };
  const m = /^projects\[(\d+)\](?:\.([a-z_]+))?(?:\[(\d+)\])?/.exec(path);
  if (!m) return null;
  const n = Number(m[1]);
  if (n >= content.projects.length) return null;
  const project = t('grants.edit.project', { n: n + 1 });
  const field = m[2];
  if (field === 'costs' && m[3] !== undefined && Number(m[3]) < (content.projects[n]?.costs.length ?? 0))
    return {
      id: builderFieldId(`projects[${n}].costs[${m[3]}].eligible_cost`),
      label: `${project} ${t('grants.edit.cost', { year: fiscalYearLabel(content.projects[n]?.costs[Number(m[3])]?.fiscal_year ?? 0) })}`,
    };
  if (field && PROJECT_FIELDS[field]) return { id: builderFieldId(`projects[${n}].${field}`), label: `${project} ${t(PROJECT_FIELDS[field])}` };
  return { id: builderFieldId(`projects[${n}]`), label: project };
}

export const BuilderErrors = createContext<FormErrors>(NO_ERRORS);
export const useBuilderErrors = (): FormErrors => useContext(BuilderErrors);
