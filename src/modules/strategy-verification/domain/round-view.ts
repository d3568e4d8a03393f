/**
 * The round as its readers see it (pure): every KPI of the strategy as the engine evaluated it on
 * the round's evaluation date, with the members' comments and the government's response; the
 * panel with each sign-off's state (current / stale / missing, by fingerprint); what still blocks
 * publication. The report is the same without user ids: names as the members agreed, sectors,
 * declared interests — no e-mail, no account data.
 */
import { STATUS_LABELS, type KpiEvaluation } from '../../kpi/index.ts';
import { toWarekiYear } from '../../../shared/periods.ts';
import { evaluationFingerprint, signoffState, type SignoffState } from './fingerprint.ts';
import { SECTOR_LABELS, panelWarnings, sectorCounts, type Sector, type Warning } from './sectors.ts';
import { ROUND_STATUS_LABELS, type RoundStatus } from './workflow.ts';

export interface RoundData {
  round: {
    id: string;
    ownerCode: string;
    strategyId: string;
    fiscalYear: number;
    title: string;
    evaluationDate: string;
    status: RoundStatus;
    publishedAt: Date | null;
  };
  strategyName: string;
  kpis: readonly KpiEvaluation[];
  members: readonly { userId: string; displayName: string; sector: string; organisation: string; conflict: string; excludedKpis: readonly string[] }[];
  comments: readonly { userId: string; kpiId: string; body: string }[];
  signoffs: readonly { userId: string; fingerprint: string; signedAt: Date }[];
  responses: readonly { kpiId: string; response: string; improvement: string }[];
}

export interface CommentView {
  user_id: string;
  name: string;
  sector: string;
  sector_label: string;
  body: string;
}

export const fiscalYearLabel = (fy: number): string => `${fy}年度（${toWarekiYear(fy).replace(/年$/, '')}年度）`;

function kpiRow(d: RoundData, k: KpiEvaluation, comments: (kpiId: string) => CommentView[]) {
  const r = d.responses.find((x) => x.kpiId === k.id);
  return {
    id: k.id,
    node: k.node,
    name: k.name,
    unit: k.unit,
    baseline: k.baseline,
    target: k.target,
    actual: k.actual ? { period: k.actual.period, value: k.actual.value } : null,
    progress: k.progress,
    status: k.status,
    status_label: STATUS_LABELS[k.status],
    band: k.band,
    comments: comments(k.id),
    excluded_members: d.members.filter((m) => m.excludedKpis.includes(k.id)).map((m) => m.displayName),
    response: r?.response ?? '',
    improvement: r?.improvement ?? '',
  };
}

export function roundView(d: RoundData) {
  const fingerprint = evaluationFingerprint(d.round.evaluationDate, d.kpis);
  const byUser = new Map(d.members.map((m) => [m.userId, m]));
  const comments = (kpiId: string): CommentView[] =>
    d.comments
      .filter((c) => c.kpiId === kpiId && byUser.has(c.userId))
      .map((c) => {
        const m = byUser.get(c.userId)!;
        return { user_id: c.userId, name: m.displayName, sector: m.sector, sector_label: SECTOR_LABELS[m.sector as Sector] ?? m.sector, body: c.body };
      });
  const members = d.members.map((m) => {
    const s = d.signoffs.find((x) => x.userId === m.userId);
    const state: SignoffState = signoffState(s?.fingerprint, fingerprint);
    return {
      user_id: m.userId,
      name: m.displayName,
      sector: m.sector,
      sector_label: SECTOR_LABELS[m.sector as Sector] ?? m.sector,
      organisation: m.organisation,
      conflict: m.conflict,
      excluded_kpis: [...m.excludedKpis],
      signoff: { state, signed_at: s ? s.signedAt.toISOString() : null },
    };
  });
  const overall = d.responses.find((x) => x.kpiId === '');
  const warnings: Warning[] = panelWarnings(d.members);
  return {
    round: {
      id: d.round.id,
      owner_code: d.round.ownerCode,
      strategy_id: d.round.strategyId,
      strategy_name: d.strategyName,
      fiscal_year: d.round.fiscalYear,
      fiscal_year_label: fiscalYearLabel(d.round.fiscalYear),
      title: d.round.title,
      evaluation_date: d.round.evaluationDate,
      status: d.round.status,
      status_label: ROUND_STATUS_LABELS[d.round.status],
      published_at: d.round.publishedAt ? d.round.publishedAt.toISOString() : null,
    },
    fingerprint,
    kpis: d.kpis.map((k) => kpiRow(d, k, comments)),
    overall: { comments: comments(''), response: overall?.response ?? '', improvement: overall?.improvement ?? '' },
    members,
    sector_counts: sectorCounts(d.members),
    warnings,
    blockers: publishBlockers(members),
  };
}

export type RoundView = ReturnType<typeof roundView>;

/**
 * What keeps the round from being published: no panel, or a member whose sign-off is missing or
 * stale. No quorum: every member on the panel signs the data as it stands (a member who cannot
 * take part is removed from the panel, which the audit log records).
 */
export function publishBlockers(members: readonly { name: string; signoff: { state: SignoffState } }[]) {
  return {
    no_members: members.length === 0,
    missing: members.filter((m) => m.signoff.state === 'missing').map((m) => m.name),
    stale: members.filter((m) => m.signoff.state === 'stale').map((m) => m.name),
  };
}

/** The public report: the view without user ids, sign-off fingerprints or blockers. */
export function reportOf(v: RoundView) {
  const strip = (cs: readonly CommentView[]) => cs.map(({ user_id: _u, ...c }) => c);
  return {
    round: v.round,
    kpis: v.kpis.map((k) => ({ ...k, comments: strip(k.comments) })),
    overall: { ...v.overall, comments: strip(v.overall.comments) },
    members: v.members.map((m) => ({
      name: m.name,
      sector: m.sector,
      sector_label: m.sector_label,
      organisation: m.organisation,
      conflict: m.conflict,
      excluded_kpis: m.excluded_kpis,
      signed_at: m.signoff.signed_at,
    })),
    sector_counts: v.sector_counts,
  };
}

export type Report = ReturnType<typeof reportOf>;
