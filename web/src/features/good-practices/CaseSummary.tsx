/** One case in a list (search results, suggestions, one's own cases, the queue): its title linked, field, regions, start year and summary. */
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { type CaseHeader, goodPracticePaths } from './api.ts';

export function CaseSummary({ c, children }: { c: CaseHeader; children?: ReactNode }) {
  const regions = c.regions.map((r) => r.name ?? r.code).join('、') || c.actor;
  return (
    <li className="gp-item">
      <h3>
        <Link href={goodPracticePaths.case(c.id)}>{c.title}</Link>
      </h3>
      <p className="gp-meta">
        {c.field_label}
        {regions ? ` ・ ${regions}` : ''}
        {c.started_year_label ? ` ・ ${c.started_year_label}` : ''}
      </p>
      {c.summary ? <p>{c.summary}</p> : null}
      {children}
    </li>
  );
}
