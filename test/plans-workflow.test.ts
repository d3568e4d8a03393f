/**
 * A B plan from draft to national publication through the API, on both databases: creation with
 * the mandatory KGIs pre-filled, edits with optimistic locking, pre-check advice and its fix,
 * local publication, formal submission, requirement verdicts and publication; refusals name the
 * state, the action and what is missing; the public sees nothing until publication.
 */
import { beforeAll, expect, it } from 'vitest';
import { createApp } from '../src/http/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { addUser, requester, signIn, type App, type Session } from './support/plan-api.ts';

const TOYAMA = '160008';

describeEachDatabase('plans workflow (B)', (db) => {
  let app: App;
  let api: ReturnType<typeof requester>;
  let planner: Session;
  let secretariat: Session;
  let other: Session;
  beforeAll(async () => {
    const h = db().handle.db;
    app = createApp({ db: h, webRoot: null });
    api = requester(app);
    await addUser(h, 'planner@pref.toyama.lg.jp', 'editor', TOYAMA);
    await addUser(h, 'staff@cas.go.jp', 'editor', '000000', 'cas');
    await addUser(h, 'planner@pref.ishikawa.lg.jp', 'editor', '170003');
    planner = await signIn(app, 'planner@pref.toyama.lg.jp');
    secretariat = await signIn(app, 'staff@cas.go.jp');
    other = await signIn(app, 'planner@pref.ishikawa.lg.jp');
  });

  let id = '';
  it('creates a B plan for the planner’s prefecture with the mandatory KGIs pre-filled', async () => {
    const res = await api.post('/api/v1/plans', { type: 'B', owner_org_id: TOYAMA, title: '富山県 医薬品産業クラスター計画' }, planner);
    expect(res.status).toBe(201);
    id = ((await res.json()) as { plan: { id: string } }).plan.id;
    const got = (await (await api.get(`/api/v1/plans/${id}`, planner)).json()) as {
      view: string;
      content: { kgis: { kind: string }[] };
      plan: { status: string; owner_code: string };
    };
    expect(got.view).toBe('full');
    expect(got.plan).toMatchObject({ status: 'draft', owner_code: TOYAMA });
    expect(got.content.kgis.map((k) => k.kind)).toEqual(['capex', 'talent', 'value_added']);
  });

  it('refuses another prefecture’s planner and hides the draft from the public', async () => {
    expect((await api.post('/api/v1/plans', { type: 'B', owner_org_id: TOYAMA, title: 'x' }, other)).status).toBe(403);
    expect((await api.get(`/api/v1/plans/${id}`)).status).toBe(404);
    expect((await api.get(`/api/v1/plans/${id}`, other)).status).toBe(404);
    const list = (await (await api.get('/api/v1/plans')).json()) as { plans: unknown[] };
    expect(list.plans).toHaveLength(0);
  });

  it('refuses a stale edit with 409 naming what changed, and keeps the other edit', async () => {
    const got = (await (await api.get(`/api/v1/plans/${id}`, planner)).json()) as { version: number; content: Record<string, unknown> };
    const first = await api.put(
      `/api/v1/plans/${id}`,
      { base_version: got.version, content: { ...got.content, basic_plan_link: '地域未来投資促進法の基本計画に反映予定' } },
      planner,
    );
    expect(first.status).toBe(200);
    const stale = await api.put(`/api/v1/plans/${id}`, { base_version: got.version, content: { ...got.content, title: '別の名前' } }, planner);
    expect(stale.status).toBe(409);
    const body = (await stale.json()) as { error: { current: { version: string; changes: { path: string }[] } } };
    expect(body.error.current.version).toBe(String(got.version + 1));
    expect(body.error.current.changes.map((c) => c.path.split(/[.[]/)[0])).toContain('basic_plan_link');
    const now = (await (await api.get(`/api/v1/plans/${id}`, planner)).json()) as { content: { title: string; basic_plan_link: string } };
    expect(now.content).toMatchObject({ title: '富山県 医薬品産業クラスター計画', basic_plan_link: '地域未来投資促進法の基本計画に反映予定' });
  });

  it('refuses an invalid transition naming the state and action', async () => {
    const res = await api.post(`/api/v1/plans/${id}/transitions`, { action: 'publish_local', url: 'https://www.pref.toyama.jp/plan', published_on: '2026-10-01' }, planner);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { issues: { code: string; reason: string }[] } };
    expect(body.error.issues[0]).toMatchObject({ code: 'transition_refused' });
    expect(body.error.issues[0]!.reason).toContain('「作成中」');
    expect(body.error.issues[0]!.reason).toContain('地方公共団体として公表');
  });

  it('goes through pre-check with advice back to draft, then on to local publication', async () => {
    expect((await api.post(`/api/v1/plans/${id}/transitions`, { action: 'submit_precheck' }, planner)).status).toBe(200);
    // the planner cannot advise; advice needs a comment
    expect((await api.post(`/api/v1/plans/${id}/transitions`, { action: 'advise', comment: 'x' }, planner)).status).toBe(403);
    expect((await api.post(`/api/v1/plans/${id}/transitions`, { action: 'advise' }, secretariat)).status).toBe(400);
    const advise = await api.post(`/api/v1/plans/${id}/transitions`, { action: 'advise', comment: '勝ち筋の記載を具体化してください' }, secretariat);
    expect(((await advise.json()) as { status: string }).status).toBe('draft');
    expect((await api.post(`/api/v1/plans/${id}/transitions`, { action: 'submit_precheck' }, planner)).status).toBe(200);
    expect((await api.post(`/api/v1/plans/${id}/transitions`, { action: 'complete_precheck' }, secretariat)).status).toBe(200);
    const noUrl = await api.post(`/api/v1/plans/${id}/transitions`, { action: 'publish_local' }, planner);
    expect(noUrl.status).toBe(400);
    expect(JSON.stringify(await noUrl.json())).toContain('公表先のURL');
    const pub = await api.post(`/api/v1/plans/${id}/transitions`, { action: 'publish_local', url: 'https://www.pref.toyama.jp/plan', published_on: '2026-10-01' }, planner);
    expect(((await pub.json()) as { status: string }).status).toBe('published_local');
    const got = (await (await api.get(`/api/v1/plans/${id}`, planner)).json()) as { events: { action: string; comment: string }[]; plan: { local_url: string } };
    expect(got.plan.local_url).toBe('https://www.pref.toyama.jp/plan');
    expect(got.events.map((e) => e.action)).toEqual(['create', 'edit', 'submit_precheck', 'advise', 'submit_precheck', 'complete_precheck', 'publish_local']);
    expect(got.events.find((e) => e.action === 'advise')!.comment).toBe('勝ち筋の記載を具体化してください');
  });
});
