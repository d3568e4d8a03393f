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

export interface RollupApplication {
  ownerCode: string;
  id: string;
  fiscalYear: number;
  status: string;
}

export interface RollupDecision {
  ownerCode: string;
  applicationId: string;
  projectId: string;
  fiscalYear: number;
  amount: number;
  kind: string;
}

export interface RollupVerification {
  ownerCode: string;
  applicationId: string;
  results: readonly { project_id: string; kpis: readonly { status: string }[] }[];
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

function decidedFunds(decisions: readonly RollupDecision[], prefNames: ReadonlyMap<string, string>): NationalRollup['decided'] {
  const byKind = zeroKinds();
  const byPref = new Map<string, PrefectureRollup & { apps: Set<string> }>();
  const byYear = new Map<number, { fiscal_year: number; total: number; by_kind: ByKind }>();
  let total = 0;
  for (const d of decisions) {
    total += d.amount;
    addKind(byKind, d.kind, d.amount);
    // a 団体コード's first two digits are its prefecture's
    const pref = d.ownerCode.slice(0, 2);
    const p = byPref.get(pref) ?? { pref_code: pref, name: prefNames.get(pref) ?? pref, total: 0, by_kind: zeroKinds(), applications: 0, apps: new Set<string>() };
    p.total += d.amount;
    addKind(p.by_kind, d.kind, d.amount);
    p.apps.add(d.applicationId);
    byPref.set(pref, p);
    const y = byYear.get(d.fiscalYear) ?? { fiscal_year: d.fiscalYear, total: 0, by_kind: zeroKinds() };
    y.total += d.amount;
    addKind(y.by_kind, d.kind, d.amount);
    byYear.set(d.fiscalYear, y);
  }
  const by_prefecture = [...byPref.values()].sort((a, b) => a.pref_code.localeCompare(b.pref_code)).map(({ apps, ...p }) => ({ ...p, applications: apps.size }));
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

/**
 * `decisions` and `verifications` are those of `applications` (the caller filters by year);
 * only decisions of decided applications count, and only funded projects' KPIs (amount > 0).
 */
export function nationalRollup(
  fiscalYear: number | null,
  applications: readonly RollupApplication[],
  decisions: readonly RollupDecision[],
  verifications: readonly RollupVerification[],
  prefNames: ReadonlyMap<string, string>,
  decidedStatuses: readonly string[],
): NationalRollup {
  const byStatus = Object.fromEntries(GRANT_STATUSES.map((s) => [s, 0])) as Record<GrantStatus, number>;
  for (const a of applications) if ((GRANT_STATUSES as readonly string[]).includes(a.status)) byStatus[a.status as GrantStatus]++;
  const decided = new Set(applications.filter((a) => decidedStatuses.includes(a.status)).map((a) => `${a.ownerCode}/${a.id}`));
  const counted = decisions.filter((d) => decided.has(`${d.ownerCode}/${d.applicationId}`) && d.amount > 0);
  const perProject = new Map<string, number>();
  for (const d of counted) {
    const key = `${d.ownerCode}/${d.applicationId}/${d.projectId}`;
    perProject.set(key, (perProject.get(key) ?? 0) + d.amount);
  }
  const funded = new Set([...perProject].filter(([, v]) => v > 0).map(([k]) => k));
  return {
    fiscal_year: fiscalYear,
    applications: { total: applications.length, by_status: byStatus },
    decided: decidedFunds(counted, prefNames),
    kpi_achievement: kpiAchievement(
      verifications.filter((v) => decided.has(`${v.ownerCode}/${v.applicationId}`)),
      funded,
    ),
  };
}
