/**
 * `sousei demo add`: sample actuals for the national strategy (never over a value that is already
 * there), the demo strategy of 札幌市 and its editor (demo-data.ts). Each part is written with its
 * own audit entry by the use case that owns it; a demo that is there already is refused (409)
 * before anything is written, so `demo remove` always finds one whole demo.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/client.ts';
import { ConflictError, ForbiddenError } from '../../shared/errors.ts';
import { parsePeriod } from '../../shared/periods.ts';
import { SAMPLE_SOURCE } from '../../shared/sample-data.ts';
import { auditNameOf, createUser, listUsers, type Principal } from '../auth/index.ts';
import { createStrategy, findStrategyOwner, loadCatalog, NATIONAL_STRATEGY_ID, upsertObservations, type CatalogKpi, type ObservationRow } from '../kpi/index.ts';
import { DEMO_AS_OF, DEMO_NOTE, DEMO_OWNER, DEMO_STRATEGY_ID, DEMO_STRATEGY_NAME, DEMO_USER, NATIONAL_SAMPLES, demoStructure } from './demo-data.ts';
import { canManageDemo } from './permissions.ts';
import { addSamplePlans, type PlanType } from '../plans/index.ts';
import { addSampleApplication } from '../grants/index.ts';

export interface DemoAdded {
  nationalValues: number;
  strategyId: string;
  kpis: number;
  email: string;
  /** the generated password, when none was given: shown once */
  generatedPassword: string | null;
  asOf: string;
  /** the sample plans (A, B, C) taken through their workflow */
  plans: Record<PlanType, string>;
  /** the sample progress round (accepted and published) */
  roundId: string;
  /** the two sample snapshots of the investment map */
  snapshots: string[];
  /** the sample 第2世代交付金 application (a draft of the demo government) */
  grantApplicationId: string;
}

/** The (KPI, period) pairs that already hold a value: the demo leaves those alone. */
function takenKeys(kpis: readonly CatalogKpi[]): Set<string> {
  const keys = new Set<string>();
  const visit = (k: CatalogKpi) => {
    for (const o of k.observations) keys.add(`${k.id}\u0000${o.period.label}`);
    k.components.forEach(visit);
  };
  kpis.forEach(visit);
  return keys;
}

export async function addDemo(db: Database, input: { by: Principal; password?: string }): Promise<DemoAdded> {
  if (!canManageDemo(input.by)) throw new ForbiddenError('デモの追加はサーバーの運用者（CLI）だけが行えます');
  const users = await listUsers(db);
  if ((await findStrategyOwner(db, DEMO_STRATEGY_ID)) || users.some((u) => u.email === DEMO_USER.email))
    throw new ConflictError('デモは既に追加されています（取り除くには sousei demo remove）');
  const generatedPassword = input.password ? null : randomBytes(15).toString('base64url');
  const password = input.password ?? generatedPassword!;

  const national = await loadCatalog(db, NATIONAL_STRATEGY_ID);
  const taken = takenKeys(national.kpis);
  const rows: ObservationRow[] = NATIONAL_SAMPLES.filter(([id, period]) => !taken.has(`${id}\u0000${parsePeriod(period).label}`)).map(([kpiId, period, value, flag], i) => ({
    line: i + 1,
    kpiId,
    period: parsePeriod(period),
    value,
    flag: flag as ObservationRow['flag'],
    source: SAMPLE_SOURCE,
    note: DEMO_NOTE,
  }));
  // The user first: a password the policy refuses then stops the demo before anything else is written.
  const user = await createUser(db, { ...DEMO_USER, password }, input.by);
  const strategy = await createStrategy(
    db,
    { by: input.by, id: DEMO_STRATEGY_ID, ownerCode: DEMO_OWNER, name: DEMO_STRATEGY_NAME, from: 'FY2026', to: 'FY2030', extra: { demo: true } },
    demoStructure(),
  );
  const written = rows.length > 0 ? await upsertObservations(db, NATIONAL_STRATEGY_ID, rows, { actor: auditNameOf(input.by), source: 'sousei demo add' }) : { inserted: 0 };
  const samples = await addSamplePlans(db, input.by);
  const grantApplicationId = await addSampleApplication(db, { applicantCode: DEMO_OWNER, strategyId: DEMO_STRATEGY_ID, kpiIds: ['SPR-05', 'SPR-01', 'SPR-02'] }, input.by);
  return {
    nationalValues: written.inserted,
    strategyId: strategy.id,
    kpis: strategy.kpis,
    email: user.email,
    generatedPassword,
    asOf: DEMO_AS_OF,
    plans: samples.plans,
    roundId: samples.roundId,
    snapshots: samples.snapshots,
    grantApplicationId,
  };
}
