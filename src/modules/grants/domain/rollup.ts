/**
 * The national roll-up of the 第2世代交付金 (pure): decided national share by prefecture and
 * project kind, and by the fiscal year the money is for; applications counted by status; and the
 * KPI achievement of funded projects from published verifications (counted by the engine's
 * class, share achieved = ①A over all KPIs evaluated, percent to one decimal). Decided amounts are
 * public (L449–453 make the results public, and decisions are published), so this is too.
 */
import { GRANT_STATUSES, type GrantStatus } from './workflow.ts';
import { PROJECT_KINDS, type ProjectKind } from './project-kinds.ts';

const KPI_CLASSES = ['1A', '1B', '1C', '2', '3'] as const;
type KpiClass = (typeof KPI_CLASSES)[number];

/** Decided national share summed by prefecture (団体コード's first two digits), kind and the year the money is for. */
export interface RollupFundRow {
  pref: string;
  kind: string;
  fiscalYear: number;
  amount: number;
}

/** Applications with a funded decision, per prefecture. */
export interface RollupPrefApplications {
  pref: string;
  applications: number;
}

export interface RollupVerification {
  ownerCode: string;
  applicationId: string;
  results: readonly { project_id: string; kpis: readonly { status: string }[] }[];
}

/** What the store sums (SQL) for one roll-up; the caller keeps only decided applications and amounts above 0. */
export interface RollupInputs {
  statusCounts: readonly { status: string; count: number }[];
  funds: readonly RollupFundRow[];
  prefApplications: readonly RollupPrefApplications[];
  /** published verifications of decided applications */
  verifications: readonly RollupVerification[];
  /** `${ownerCode}/${applicationId}/${projectId}` of the projects with a decided amount above 0 */
  fundedProjects: ReadonlySet<string>;
}

type ByKind = Record<ProjectKind, number>;

export interface PrefectureRollup {
  pref_code: string;
  name: string;
  total: number;
  by_kind: ByKind;
  /** applications with a decision */
  applications: number;
}

export interface NationalRollup {
  fiscal_year: number | null;
  applications: { total: number; by_status: Record<GrantStatus, number> };
  decided: {
    total: number;
    by_kind: ByKind;
    by_prefecture: PrefectureRollup[];
    by_fiscal_year: { fiscal_year: number; total: number; by_kind: ByKind }[];
  };
  kpi_achievement: {
    verifications: number;
    projects: number;
    kpis: number;
    by_class: Record<KpiClass, number>;
    achieved: number;
    /** ①A over all KPIs evaluated, percent, one decimal; null with no KPI */
    share_achieved: number | null;
  };
}

const zeroKinds = (): ByKind => Object.fromEntries(PROJECT_KINDS.map((k) => [k, 0])) as ByKind;
const addKind = (b: ByKind, kind: string, amount: number) => {
  if ((PROJECT_KINDS as readonly string[]).includes(kind)) b[kind as ProjectKind] += amount;
};

/** Percent to one decimal, half up (counts are non-negative). */
export const percent1 = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part * 1000) / whole) / 10);

function decidedFunds(funds: readonly RollupFundRow[], prefApps: readonly RollupPrefApplications[], prefNames: ReadonlyMap<string, string>): NationalRollup['decided'] {
  const byKind = zeroKinds();
  const byPref = new Map<string, PrefectureRollup>();
  const byYear = new Map<number, { fiscal_year: number; total: number; by_kind: ByKind }>();
  const appsOf = new Map(prefApps.map((p) => [p.pref, p.applications]));
  let total = 0;
  for (const d of funds) {
    total += d.amount;
    addKind(byKind, d.kind, d.amount);
    const p = byPref.get(d.pref) ?? { pref_code: d.pref, name: prefNames.get(d.pref) ?? d.pref, total: 0, by_kind: zeroKinds(), applications: appsOf.get(d.pref) ?? 0 };
    p.total += d.amount;
    addKind(p.by_kind, d.kind, d.amount);
    byPref.set(d.pref, p);
    const y = byYear.get(d.fiscalYear) ?? { fiscal_year: d.fiscalYear, total: 0, by_kind: zeroKinds() };
    y.total += d.amount;
    addKind(y.by_kind, d.kind, d.amount);
    byYear.set(d.fiscalYear, y);
  }
  const by_prefecture = [...byPref.values()].sort((a, b) => a.pref_code.localeCompare(b.pref_code));
  return { total, by_kind: byKind, by_prefecture, by_fiscal_year: [...byYear.values()].sort((a, b) => a.fiscal_year - b.fiscal_year) };
}

function kpiAchievement(verifications: readonly RollupVerification[], funded: ReadonlySet<string>): NationalRollup['kpi_achievement'] {
  const byClass = Object.fromEntries(KPI_CLASSES.map((c) => [c, 0])) as Record<KpiClass, number>;
  const projects = new Set<string>();
  let kpis = 0;
  for (const v of verifications) {
    for (const r of v.results) {
      const key = `${v.ownerCode}/${v.applicationId}/${r.project_id}`;
      if (!funded.has(key)) continue;
      projects.add(key);
      for (const k of r.kpis) {
        kpis++;
        if ((KPI_CLASSES as readonly string[]).includes(k.status)) byClass[k.status as KpiClass]++;
      }
    }
  }
  return { verifications: verifications.length, projects: projects.size, kpis, by_class: byClass, achieved: byClass['1A'], share_achieved: percent1(byClass['1A'], kpis) };
}

/** The roll-up from the sums the store made (`inputs`); statuses outside the workflow are ignored. */
export function nationalRollup(fiscalYear: number | null, inputs: RollupInputs, prefNames: ReadonlyMap<string, string>): NationalRollup {
  const byStatus = Object.fromEntries(GRANT_STATUSES.map((s) => [s, 0])) as Record<GrantStatus, number>;
  let total = 0;
  for (const { status, count } of inputs.statusCounts) {
    total += count;
    if ((GRANT_STATUSES as readonly string[]).includes(status)) byStatus[status as GrantStatus] += count;
  }
  return {
    fiscal_year: fiscalYear,
    applications: { total, by_status: byStatus },
    decided: decidedFunds(inputs.funds, inputs.prefApplications, prefNames),
    kpi_achievement: kpiAchievement(inputs.verifications, inputs.fundedProjects),
  };
}
