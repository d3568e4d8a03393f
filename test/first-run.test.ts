/**
 * The first run (issue 9): `demo add` writes marked sample data that `demo remove` takes away
 * exactly (audited, append-only); an administrator creates a government's strategy and its users
 * over HTTP, with authorisation decided before any effect (cell by cell), and bad input refused in
 * Japanese with nothing changed.
 */
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/http/app.ts';
import { listAudit } from '../src/modules/audit/index.ts';
import { createUser, operatorPrincipal, userPrincipal, type Principal } from '../src/modules/auth/index.ts';
import { DEMO_AS_OF, DEMO_STRATEGY_ID, DEMO_USER, NATIONAL_SAMPLES, addDemo, canManageDemo, removeDemo } from '../src/modules/demo/index.ts';
import { canCreateLocalStrategy, observations, upsertObservations } from '../src/modules/kpi/index.ts';
import { canCreateUser } from '../src/modules/auth/index.ts';
import { parsePeriod } from '../src/shared/periods.ts';
import { SAMPLE_SOURCE } from '../src/shared/sample-data.ts';
import { describeEachDatabase } from './support/databases.ts';
import { rejection, snapshotAll } from './support/db-snapshot.ts';

const PASSWORD = 'first run explains itself 2026';
const NATIONAL = 'chiiki-mirai-senryaku-2026';
type App = ReturnType<typeof createApp>;
type Auth = { cookie: string; csrf: string };

async function signIn(app: App, email: string, password = PASSWORD): Promise<Auth> {
  const res = await app.request('/api/v1/session', { method: 'POST', body: JSON.stringify({ email, password }), headers: { 'content-type': 'application/json' } });
  expect(res.status).toBe(200);
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: ((await res.json()) as { csrf_token: string }).csrf_token };
}

const post = (app: App, path: string, body: unknown, auth?: Partial<Auth>) =>
  app.request(`/api/v1${path}`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...(auth?.cookie ? { cookie: auth.cookie } : {}), ...(auth?.csrf ? { 'x-csrf-token': auth.csrf } : {}) },
  });

const user = (role: 'admin' | 'editor' | 'viewer', orgCode = '011002'): Principal => userPrincipal({ id: 'u', email: `${role}@x.jp`, name: role, role, orgCode });

describe('permissions of the first run, cell by cell', () => {
  const cells: Array<[string, Principal, boolean, boolean, boolean]> = [
    // who, create a local strategy, create a user, run the demo
    ['operator', operatorPrincipal('cli:ops'), true, true, true],
    ['admin', user('admin', '000000'), true, true, false],
    ['editor of 011002', user('editor'), false, false, false],
    ['viewer', user('viewer'), false, false, false],
  ];
  for (const [name, p, strategy, users, demo] of cells) {
    it(name, () => {
      expect(canCreateLocalStrategy(p)).toBe(strategy);
      expect(canCreateUser(p)).toBe(users);
      expect(canManageDemo(p)).toBe(demo);
    });
  }
});

/** Every table but the audit log (append-only: it grows) and the strategies' revision counters. */
async function stateOf(db: Parameters<typeof snapshotAll>[0]) {
  const s = await snapshotAll(db, { except: ['audit_log', 'sign_in_throttle', 'sessions'] });
  s.strategies = ((s.strategies ?? []) as Array<Record<string, unknown>>).map(({ revision: _r, updated_at: _u, ...rest }) => rest);
  return s;
}

describeEachDatabase('sousei demo add / remove', (database) => {
  let app: App;
  beforeAll(() => {
    app = createApp({ db: database().handle.db, webRoot: null });
  });

  it('adds marked samples, a municipal strategy and its editor; remove takes away exactly those, audited', async () => {
    const db = database().handle.db;
    const ops = operatorPrincipal('cli:test');
    // A real value where the demo has a sample: the demo must neither overwrite nor delete it.
    await upsertObservations(db, NATIONAL, [{ line: 1, kpiId: 'IMP-02', period: parsePeriod('2027'), value: 42.8, flag: 'final', source: '内閣官房 調査', note: null }], {
      actor: 'test',
    });
    const before = await stateOf(db);
    const notPlans = (entries: { entity_type: string }[]) => entries.filter((e) => !e.entity_type.startsWith('plan') && !e.entity_type.startsWith('investment_map'));
    const auditBefore = notPlans(await listAudit(db, { ownerCode: '000000' })).length;

    const added = await addDemo(db, { by: ops });
    expect(added.generatedPassword).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(added.nationalValues).toBe(NATIONAL_SAMPLES.length - 1);
    const samples = await db
      .select()
      .from(observations)
      .where(and(eq(observations.strategyId, NATIONAL), eq(observations.source, SAMPLE_SOURCE)));
    expect(samples).toHaveLength(NATIONAL_SAMPLES.length - 1);
    const real = await db
      .select()
      .from(observations)
      .where(and(eq(observations.strategyId, NATIONAL), eq(observations.kpiId, 'IMP-02'), eq(observations.period, '2027')));
    expect(real[0]).toMatchObject({ value: 42.8, source: '内閣官房 調査' });

    // The demo strategy evaluates: its FY2025 samples count now, the national 2027 ones from 2028.
    const ev = (await (await app.request(`/api/v1/strategies/${DEMO_STRATEGY_ID}/evaluation?as_of=2026-12-01`)).json()) as { kpis: Array<{ id: string; status: string }> };
    expect(ev.kpis.filter((k) => k.status !== '3').map((k) => k.id)).toEqual(expect.arrayContaining(['SPR-01', 'SPR-02', 'SPR-03', 'SPR-04', 'SPR-05']));
    const nat = (await (await app.request(`/api/v1/strategies/${NATIONAL}/evaluation?as_of=${DEMO_AS_OF}`)).json()) as { summary: { by_status: Record<string, number> } };
    expect(nat.summary.by_status['3']).toBeLessThan(79 - 5);

    // The demo editor writes the demo strategy, and not the national one.
    const editor = await signIn(app, DEMO_USER.email, added.generatedPassword!);
    expect(
      (await post(app, `/strategies/${DEMO_STRATEGY_ID}/observations`, { rows: [{ kpi_id: 'SPR-05', period: '2026年度', value: 9, source: SAMPLE_SOURCE }] }, editor)).status,
    ).toBe(200);
    expect((await post(app, `/strategies/${NATIONAL}/observations`, { rows: [{ kpi_id: 'IMP-02', period: '2028', value: 45 }] }, editor)).status).toBe(403);

    // One sample plan of each type in execution, a published round with C meeting its withdrawal criterion, a map with two snapshots.
    const list = (await (await app.request('/api/v1/plans?status=published')).json()) as { plans: { id: string; type: string; sample: boolean; withdrawal_flag: boolean }[] };
    expect(list.plans.map((p) => p.type).sort()).toEqual(['A', 'B', 'C']);
    expect(list.plans.every((p) => p.sample)).toBe(true);
    expect(list.plans.find((p) => p.type === 'C')!.withdrawal_flag).toBe(true);
    expect(list.plans.filter((p) => p.type !== 'C').some((p) => p.withdrawal_flag)).toBe(false);
    const map = (await (await app.request('/api/v1/investment-map?level=prefecture')).json()) as { projects: unknown[]; areas: { code: string; projects: number }[] };
    expect(map.projects.length).toBeGreaterThan(2);
    expect(map.areas.find((a) => a.code === '160008')!.projects).toBeGreaterThan(0);
    const cmp = (await (await app.request(`/api/v1/investment-map/snapshots/${added.snapshots[1]}/compare`)).json()) as { added: unknown[]; changed: unknown[] };
    expect(cmp.added.length).toBeGreaterThan(0);
    expect(cmp.changed.length).toBe(1);
    const rounds = (await (await app.request('/api/v1/plan-rounds')).json()) as { rounds: { id: string }[] };
    expect(rounds.rounds.map((r) => r.id)).toContain(added.roundId);
    // A draft 第2世代交付金 application of the demo government, linked to its strategy's KPIs: the demo editor sees it, the public does not.
    const grant = await app.request(`/api/v1/grants/applications/${added.grantApplicationId}`, { headers: { cookie: editor.cookie } });
    expect(grant.status).toBe(200);
    const g = (await grant.json()) as { application: { status: string; sample: boolean }; checks: { ok: boolean; issues: { severity: string }[] } };
    expect(g.application).toMatchObject({ status: 'draft', sample: true });
    expect(g.checks.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect((await app.request(`/api/v1/grants/applications/${added.grantApplicationId}`)).status).toBe(404);

    // A second add is refused and changes nothing.
    const mid = await snapshotAll(db);
    expect(await rejection(addDemo(db, { by: ops }))).toMatchObject({ name: 'ConflictError' });
    expect(await snapshotAll(db)).toEqual(mid);

    const removed = await removeDemo(db, { by: ops });
    expect(removed).toMatchObject({ nationalValues: NATIONAL_SAMPLES.length - 1, strategy: true, user: true, plans: 3, rounds: 1, snapshots: 2, grantApplications: 1 });
    expect(((await (await app.request('/api/v1/plans')).json()) as { plans: unknown[] }).plans).toEqual([]);
    expect(((await (await app.request('/api/v1/investment-map/snapshots')).json()) as { snapshots: unknown[] }).snapshots).toEqual([]);
    expect(await stateOf(db)).toEqual(before);
    // The audit log only grew: add's entries are kept, and the removal is a new entry.
    const audit = notPlans(await listAudit(db, { ownerCode: '000000' }));
    expect(audit.length).toBe(auditBefore + 2);
    expect(audit[0]).toMatchObject({ action: 'observations.delete', actor: 'cli:test' });
    expect((await listAudit(db, { ownerCode: '011002' })).map((a) => a.action)).toEqual(expect.arrayContaining(['user.create', 'catalog.create', 'catalog.delete', 'user.delete']));
    // Run again: nothing left to remove, nothing else touched.
    expect(await removeDemo(db, { by: ops })).toEqual({ nationalValues: 0, strategy: false, user: false, plans: 0, rounds: 0, snapshots: 0, grantApplications: 0 });
    expect(await stateOf(db)).toEqual(before);
  });

  it('is refused to a signed-in user, before any effect', async () => {
    const db = database().handle.db;
    const s = await snapshotAll(db);
    expect(await rejection(addDemo(db, { by: user('admin', '000000') }))).toMatchObject({ name: 'ForbiddenError' });
    expect(await rejection(removeDemo(db, { by: user('admin', '000000') }))).toMatchObject({ name: 'ForbiddenError' });
    expect(await snapshotAll(db)).toEqual(s);
  });
});

describeEachDatabase('an administrator creates a strategy and its users over HTTP', (database) => {
  let app: App;
  const who: Record<string, Auth> = {};
  beforeAll(async () => {
    const db = database().handle.db;
    app = createApp({ db, webRoot: null });
    await createUser(db, { email: 'admin@example.go.jp', name: '事務局', role: 'admin', orgCode: '000000', password: PASSWORD });
    await createUser(db, { email: 'editor@city.sapporo.jp', name: '札幌市 企画課', role: 'editor', orgCode: '011002', password: PASSWORD });
    await createUser(db, { email: 'viewer@example.jp', name: '閲覧者', role: 'viewer', orgCode: '011002', password: PASSWORD });
    who.admin = await signIn(app, 'admin@example.go.jp');
    who.editor = await signIn(app, 'editor@city.sapporo.jp');
    who.viewer = await signIn(app, 'viewer@example.jp');
  });

  const strategy = { owner_code: '011002', name: '札幌市 地域未来戦略', from: '2026年度', to: '令和12年度', from_national: true };
  const newUser = { email: 'planner@city.example.lg.jp', name: '企画課 山田', role: 'editor', org_code: '011002', password: PASSWORD };

  it('refuses everyone but an admin, changing nothing (cell by cell)', async () => {
    const db = database().handle.db;
    const s = await snapshotAll(db, { except: ['sessions'] });
    const cases: Array<[string, Partial<Auth> | undefined, number]> = [
      ['anonymous', undefined, 401],
      ['admin without CSRF token', { cookie: who.admin!.cookie }, 403],
      ['viewer', who.viewer, 403],
      ['editor of the same government', who.editor, 403],
    ];
    for (const [name, auth, status] of cases) {
      expect((await post(app, '/strategies', strategy, auth)).status, `${name}: strategy`).toBe(status);
      expect((await post(app, '/users', newUser, auth)).status, `${name}: user`).toBe(status);
    }
    expect(await snapshotAll(db, { except: ['sessions'] })).toEqual(s);
  });

  it('refuses bad input in Japanese, naming the field, and changes nothing', async () => {
    const db = database().handle.db;
    const s = await snapshotAll(db, { except: ['sessions'] });
    const issues = async (path: string, body: unknown) => {
      const res = await post(app, path, body, who.admin);
      expect(res.status).toBe(400);
      return ((await res.json()) as { error: { issues: Array<{ column: string; reason: string }> } }).error.issues;
    };
    expect((await issues('/strategies', { ...strategy, owner_code: '011003' }))[0]).toMatchObject({ column: 'owner_code', reason: expect.stringContaining('検査数字') });
    expect((await issues('/strategies', { ...strategy, owner_code: '000000' }))[0]).toMatchObject({ column: 'owner_code', code: 'unknown_org' });
    expect(await issues('/strategies', { ...strategy, name: ' ', from: '2030年度', to: '2026年度' })).toEqual([
      expect.objectContaining({ column: 'name', reason: '戦略の名称を入力してください' }),
      expect.objectContaining({ column: 'to', reason: '計画期間の終わりが始まりより前です' }),
    ]);
    expect((await issues('/strategies', { ...strategy, from: 'いつか' }))[0]).toMatchObject({ column: 'from', reason: expect.stringContaining('期間として読めません') });
    expect((await issues('/users', { ...newUser, password: 'password1234' })).map((i) => i.column)).toContain('password');
    expect((await issues('/users', { ...newUser, org_code: '99999' })).map((i) => i.column)).toContain('org');
    expect(await snapshotAll(db, { except: ['sessions'] })).toEqual(s);
  });

  it('creates the strategy from the national structure and an editor who can write it; audited', async () => {
    const db = database().handle.db;
    const res = await post(app, '/strategies', strategy, who.admin);
    expect(res.status).toBe(201);
    const body = (await res.json()) as { strategy: { id: string; kpis: number } };
    expect(body.strategy).toMatchObject({ id: '011002-2026', owner_code: '011002', name: '札幌市 地域未来戦略' });
    expect(body.strategy.kpis).toBeGreaterThan(79);
    const catalog = (await (await app.request('/api/v1/strategies/011002-2026')).json()) as {
      strategy: { period: unknown };
      kpis: Array<{ baseline: unknown; targets: unknown[]; observations: unknown[] }>;
    };
    expect(catalog.strategy.period).toEqual({ from: 'FY2026', to: 'FY2030' });
    expect(catalog.kpis.every((k) => k.baseline === null && k.targets.length === 0 && k.observations.length === 0)).toBe(true);
    expect((await post(app, '/strategies', strategy, who.admin)).status).toBe(409);

    const made = await post(app, '/users', newUser, who.admin);
    expect(made.status).toBe(201);
    expect(((await made.json()) as { user: unknown }).user).toEqual({ email: newUser.email, name: newUser.name, role: 'editor', org_code: '011002', org_name: '札幌市' });
    expect((await post(app, '/users', newUser, who.admin)).status).toBe(400);
    const planner = await signIn(app, newUser.email);
    expect((await post(app, '/strategies/011002-2026/observations', { rows: [{ kpi_id: 'IMP-02', period: '2027', value: 40 }] }, planner)).status).toBe(200);
    const audit = await listAudit(db, { ownerCode: '011002' });
    // Entries name the user by id (the display name is joined when read), never by e-mail.
    const adminId = ((await db.execute(sql`select id from users where email = 'admin@example.go.jp'`)) as unknown as { rows: Array<{ id: unknown }> }).rows[0]?.id;
    expect(adminId).toBeDefined();
    expect(audit.map((a) => [a.action, a.actor])).toEqual(
      expect.arrayContaining([
        ['catalog.create', `user:${adminId}`],
        ['user.create', `user:${adminId}`],
      ]),
    );
    expect(JSON.stringify(audit)).not.toContain('admin@example.go.jp');
    expect(JSON.stringify(audit)).not.toContain(PASSWORD);
  });
});
