/**
 * A 第2世代交付金 application through the API on both databases: created once per government and
 * year, edited with optimistic locking, checked by the rules (an インフラ project alone is refused
 * at submission with the reason and its source line), fixed and submitted, returned with a
 * reason; who sees and edits what (the applicant, its prefecture, another government, the
 * public); CSRF on every write; nothing written by a refused request.
 */
import { beforeAll, expect, it } from 'vitest';
import { createApp } from '../src/http/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { application, localStrategy, project } from './support/grant-api.ts';
import { addUser, requester, signIn, type App, type Session } from './support/plan-api.ts';

const TOYAMA_CITY = '162019';
const TOYAMA_PREF = '160008';
const KANAZAWA = '172014';

interface Check {
  ok: boolean;
  issues: { rule: string; project: string | null; severity: string; message: string; source: { lines?: string } }[];
}
interface Got {
  application: { id: string; status: string; current_version: number; check_errors: number; requested_total: number };
  checks: Check;
  history: { action: string; action_label: string; to_status_label: string | null; comment: string }[];
  may: Record<string, boolean>;
}

describeEachDatabase('grant application workflow', (db) => {
  let app: App;
  let api: ReturnType<typeof requester>;
  let planner: Session;
  let viewer: Session;
  let pref: Session;
  let other: Session;
  let secretariat: Session;
  let id = '';
  const kpis = [{ strategy_id: 'toyama-city-sogo', kpi_id: 'k1' }];
  const infra = project('infra-1', 'infra', 2026, 2028, '1億', kpis, { ministry: '国土交通省' });
  const soft = project('soft-1', 'soft', 2026, 2027, '6,000万', kpis);

  beforeAll(async () => {
    const h = db().handle.db;
    app = createApp({ db: h, webRoot: null });
    api = requester(app);
    await localStrategy(h, TOYAMA_CITY, 'toyama-city-sogo', ['k1', 'k2']);
    await addUser(h, 'planner@city.toyama.lg.jp', 'editor', TOYAMA_CITY);
    await addUser(h, 'viewer@city.toyama.lg.jp', 'viewer', TOYAMA_CITY);
    await addUser(h, 'staff@pref.toyama.lg.jp', 'viewer', TOYAMA_PREF);
    await addUser(h, 'planner@city.kanazawa.lg.jp', 'editor', KANAZAWA);
    await addUser(h, 'staff@cas.go.jp', 'editor', '000000', 'cas');
    planner = await signIn(app, 'planner@city.toyama.lg.jp');
    viewer = await signIn(app, 'viewer@city.toyama.lg.jp');
    pref = await signIn(app, 'staff@pref.toyama.lg.jp');
    other = await signIn(app, 'planner@city.kanazawa.lg.jp');
    secretariat = await signIn(app, 'staff@cas.go.jp');
  });

  const get = async (s?: Session) => {
    const r = await api.get(`/api/v1/grants/applications/${id}`, s);
    return { status: r.status, body: (await r.json()) as Got };
  };

  it('creates one application per government and fiscal year', async () => {
    const r = await api.post('/api/v1/grants/applications', { applicant_code: TOYAMA_CITY, fiscal_year: 2026, title: '富山市 令和8年度 申請' }, planner);
    expect(r.status).toBe(201);
    id = ((await r.json()) as { application: { id: string } }).application.id;
    const again = await api.post('/api/v1/grants/applications', { applicant_code: TOYAMA_CITY, fiscal_year: 2026, title: '二本目' }, planner);
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { message: string } }).error.message).toContain('1団体1年度1本');
    // another government cannot apply in Toyama's name, a viewer cannot create
    expect((await api.post('/api/v1/grants/applications', { applicant_code: TOYAMA_CITY, fiscal_year: 2027, title: 'x' }, other)).status).toBe(403);
    expect((await api.post('/api/v1/grants/applications', { applicant_code: TOYAMA_CITY, fiscal_year: 2027, title: 'x' }, viewer)).status).toBe(403);
  });

  it('keeps drafts from everyone but the applicant and the secretariat', async () => {
    expect((await get()).status).toBe(404);
    expect((await get(other)).status).toBe(404);
    expect((await get(pref)).status).toBe(404);
    expect((await get(secretariat)).status).toBe(200);
    const list = (await (await api.get('/api/v1/grants/applications?scope=mine', other)).json()) as { total: number };
    expect(list.total).toBe(0);
  });

  it('saves a version, refuses a stale one with 409 and writes nothing', async () => {
    const r = await api.put(`/api/v1/grants/applications/${id}`, { base_version: 1, content: application(TOYAMA_CITY, 2026, [infra]) }, planner);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ version: 2, changed: true });
    const stale = await api.put(`/api/v1/grants/applications/${id}`, { base_version: 1, content: application(TOYAMA_CITY, 2026, [infra, soft]) }, planner);
    expect(stale.status).toBe(409);
    const body = (await stale.json()) as { error: { current: { version: string; changed_projects: string[] } } };
    expect(body.error.current.version).toBe('2');
    expect(body.error.current.changed_projects).toEqual(['infra-1']);
    expect((await get(planner)).body.application.current_version).toBe(2);
  });

  it('refuses edits by a viewer, another government, or without the CSRF token', async () => {
    const content = application(TOYAMA_CITY, 2026, [infra, soft]);
    expect((await api.put(`/api/v1/grants/applications/${id}`, { base_version: 2, content }, viewer)).status).toBe(403);
    expect((await api.put(`/api/v1/grants/applications/${id}`, { base_version: 2, content }, other)).status).toBe(403);
    expect((await api.put(`/api/v1/grants/applications/${id}`, { base_version: 2, content }, { ...planner, csrf: 'wrong' })).status).toBe(403);
    expect((await get(planner)).body.application.current_version).toBe(2);
  });

  it('names the combination rule and its source, and refuses to submit until it is met', async () => {
    const { body } = await get(planner);
    const combo = body.checks.issues.find((i) => i.rule === 'd2g.infra.requires_combination');
    expect(combo?.severity).toBe('error');
    expect(combo?.source.lines).toBe('434');
    expect(body.checks.ok).toBe(false);
    const r = await api.post(`/api/v1/grants/applications/${id}/transitions`, { action: 'submit' }, planner);
    expect(r.status).toBe(400);
    const issues = ((await r.json()) as { error: { issues: { code: string; reason: string }[] } }).error.issues;
    expect(issues[0]?.code).toBe('transition_refused');
    expect(issues[0]?.reason).toMatch(/誤りがあります/);
    expect((await get(planner)).body.application.status).toBe('draft');
  });

  it('submits once fixed; the national share is the rate times the eligible costs', async () => {
    expect((await api.put(`/api/v1/grants/applications/${id}`, { base_version: 2, content: application(TOYAMA_CITY, 2026, [infra, soft]) }, planner)).status).toBe(200);
    const before = (await get(planner)).body;
    expect(before.checks.ok).toBe(true);
    // infra 1億 × 3 years × 1/2 + soft 6,000万 × 2 years × 1/2
    expect(before.application.requested_total).toBe(150_000_000 + 60_000_000);
    expect(before.may.submit).toBe(true);
    const r = await api.post(`/api/v1/grants/applications/${id}/transitions`, { action: 'submit' }, planner);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: 'submitted' });
    // no more edits once submitted
    expect((await api.put(`/api/v1/grants/applications/${id}`, { base_version: 3, content: application(TOYAMA_CITY, 2026, [soft]) }, planner)).status).toBe(403);
  });

  it('shows a submitted application to its prefecture, not to others or the public', async () => {
    expect((await get(pref)).status).toBe(200);
    expect((await get(pref)).body.may.edit).toBe(false);
    expect((await get(other)).status).toBe(404);
    expect((await get()).status).toBe(404);
    const publicList = (await (await api.get('/api/v1/grants/applications')).json()) as { total: number };
    expect(publicList.total).toBe(0);
  });

  it('is returned by the secretariat only with a reason, and history keeps it', async () => {
    expect((await api.post(`/api/v1/grants/applications/${id}/transitions`, { action: 'return' }, secretariat)).status).toBe(400);
    expect((await api.post(`/api/v1/grants/applications/${id}/transitions`, { action: 'return', comment: 'x' }, planner)).status).toBe(403);
    const r = await api.post(`/api/v1/grants/applications/${id}/transitions`, { action: 'return', comment: 'KPIの目標年度を事業期間に合わせてください' }, secretariat);
    expect(r.status).toBe(200);
    const { body } = await get(planner);
    expect(body.application.status).toBe('draft');
    expect(body.history.map((e) => e.action)).toEqual(['create', 'edit', 'edit', 'submit', 'return']);
    expect(body.history.map((e) => [e.action_label, e.to_status_label])).toEqual([
      ['作成', '作成中'],
      ['内容の保存', '作成中'],
      ['内容の保存', '作成中'],
      ['提出', '提出済み'],
      ['差戻し', '作成中'],
    ]);
    expect(body.history.at(-1)?.comment).toBe('KPIの目標年度を事業期間に合わせてください');
    // review cannot start on a draft, nor without reviewers
    const sr = await api.post(`/api/v1/grants/applications/${id}/transitions`, { action: 'start_review' }, secretariat);
    expect(sr.status).toBe(400);
  });

  it('refuses malformed bodies with the field named, never a 5xx', async () => {
    const bad = await api.put(
      `/api/v1/grants/applications/${id}`,
      { base_version: 3, content: application(TOYAMA_CITY, 2026, [{ ...soft, kind: 'hard', costs: [{ fiscal_year: 2026, eligible_cost: '-5万' }] }]) },
      planner,
    );
    expect(bad.status).toBe(400);
    const cols = ((await bad.json()) as { error: { issues: { column: string }[] } }).error.issues.map((i) => i.column);
    expect(cols).toContain('projects[0].kind');
    expect(cols).toContain('projects[0].costs[0].eligible_cost');
    const order = await api.put(
      `/api/v1/grants/applications/${id}`,
      { base_version: 3, content: application(TOYAMA_CITY, 2026, [{ ...soft, start_fy: 2028, end_fy: 2026, costs: [] }]) },
      planner,
    );
    expect(order.status).toBe(400);
    expect(((await order.json()) as { error: { issues: { column: string }[] } }).error.issues[0]?.column).toBe('projects[0].end_fy');
    const key = await api.put(`/api/v1/grants/applications/${id}`, { base_version: 3, content: application(KANAZAWA, 2026, [soft]) }, planner);
    expect(key.status).toBe(400);
    expect((await api.get('/api/v1/grants/applications/..%2F..')).status).toBeLessThan(500);
    expect((await get(planner)).body.application.current_version).toBe(3);
  });

  it('filters published verifications by 団体コード as typed, and names a bad one', async () => {
    const ok = await api.get('/api/v1/grants/verifications?owner_code=%EF%BC%91%EF%BC%96%EF%BC%92%EF%BC%90%EF%BC%91%EF%BC%99');
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { verifications: unknown[] }).verifications).toEqual([]);
    for (const [q, column] of [
      ['owner_code=-1', 'owner_code'],
      ['owner_code=', 'owner_code'],
      ['pref_code=99', 'pref_code'],
    ] as const) {
      const r = await api.get(`/api/v1/grants/verifications?${q}`);
      expect(r.status, q).toBe(400);
      expect(((await r.json()) as { error: { issues: { column: string }[] } }).error.issues[0]?.column).toBe(column);
    }
  });
});
