/**
 * What a rule check reports: the rule-book parameter it applies (`rule`, always a parameter id —
 * see README "Rule checks"), the project and year it concerns, error (blocks submission) or
 * warning (目安 and 原則: examined in review), a Japanese message that names the project, the
 * year, the amount and the cap and ends with its source, and the source itself.
 */
import type { RuleParameter } from '../../../rulebook/index.ts';
import { formatPeriodText, formatValueText } from '../../../../shared/display-format.ts';
import { PROJECT_KIND_LABELS } from '../project-kinds.ts';
import type { Project } from '../application-content.ts';

export type Severity = 'error' | 'warning';

export interface IssueSource {
  document: string;
  lines: string | null;
  url?: string;
}

export interface CheckIssue {
  rule: string;
  project: string | null;
  year?: number;
  severity: Severity;
  message: string;
  source: IssueSource;
}

/** 「15億円」: the one number format (display-format.ts) with the unit. */
export const yen = (n: number): string => formatValueText(n, '円');

/** 「2026年度（令和8年度）」 */
export const fiscalYearText = (fy: number): string => formatPeriodText(`FY${fy}`, { wareki: true });

/** 「事業 S1「観光DX」（ソフト事業）」 */
export const projectText = (p: Pick<Project, 'id' | 'name' | 'kind'>): string => `事業 ${p.id}「${p.name}」（${PROJECT_KIND_LABELS[p.kind]}）`;

/** The short form a message ends with: 「002 L385-388」, a public page's title, or Sousei's decision. */
export function sourceTag(p: RuleParameter): string {
  const s = p.source;
  if (s.kind === 'seed') return `${/^(\d{3})_/.exec(s.file ?? '')?.[1] ?? s.document} L${s.lines ?? ''}`;
  if (s.kind === 'public') return s.document;
  return `Souseiの判断: ${p.id}`;
}

export function issueSource(p: RuleParameter): IssueSource {
  return { document: p.source.document, lines: p.source.lines ?? null, ...(p.source.url ? { url: p.source.url } : {}) };
}

/** One issue of parameter `p`; the message gets the source appended. */
export function issue(p: RuleParameter, severity: Severity, text: string, where: { project?: string | null; year?: number } = {}): CheckIssue {
  return {
    rule: p.id,
    project: where.project ?? null,
    ...(where.year !== undefined ? { year: where.year } : {}),
    severity,
    message: `${text}（${sourceTag(p)}）`,
    source: issueSource(p),
  };
}

/** hard parameters refuse (error); guidelines (目安) warn. */
export const severityOf = (p: RuleParameter): Severity => (p.binding === 'guideline' ? 'warning' : 'error');
