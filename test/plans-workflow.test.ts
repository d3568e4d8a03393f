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
import { completePlan } from '../src/modules/plans/domain/test-plans.ts';
import { REQUIREMENTS } from '../src/modules/plans/domain/requirements.ts';

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

describeEachDatabase('plans workflow (B) to national publication', (db) => {
  let app: App;
  let api: ReturnType<typeof requester>;
  let planner: Session;
  let secretariat: Session;
  let id = '';
  beforeAll(async () => {
    const h = db().handle.db;
    app = createApp({ db: h, webRoot: null });
    api = requester(app);
    await addUser(h, 'planner@pref.toyama.lg.jp', 'editor', TOYAMA);
    await addUser(h, 'staff@cas.go.jp', 'editor', '000000', 'cas');
    planner = await signIn(app, 'planner@pref.toyama.lg.jp');
    secretariat = await signIn(app, 'staff@cas.go.jp');
    const res = await api.post('/api/v1/plans', { type: 'B', owner_org_id: TOYAMA, title: '富山県 医薬品産業クラスター計画' }, planner);
    id = ((await res.json()) as { plan: { id: string } }).plan.id;
    for (const action of ['submit_precheck', 'complete_precheck']) {
      expect((await api.post(`/api/v1/plans/${id}/transitions`, { action }, action === 'submit_precheck' ? planner : secretariat)).status).toBe(200);
    }
    expect(
      (await api.post(`/api/v1/plans/${id}/transitions`, { action: 'publish_local', url: 'https://www.pref.toyama.jp/plan', published_on: '2026-10-01' }, planner)).status,
    ).toBe(200);
  });

  const transition = (action: string, s: Session, extra: Record<string, unknown> = {}) => api.post(`/api/v1/plans/${id}/transitions`, { action, ...extra }, s);

  it('refuses formal submission of an incomplete plan, naming each failing check', async () => {
    const res = await transition('submit_formal', planner);
    expect(res.status).toBe(400);
    const reason = ((await res.json()) as { error: { issues: { reason: string }[] } }).error.issues[0]!.reason;
    expect(reason).toContain('要件⑥ 都道府県のコミットメント');
    expect(reason).toContain('要件⑦ KGI及びKPI');
  });

  it('takes the complete entry items, submits, and needs every requirement judged met before publication', async () => {
    const got = (await (await api.get(`/api/v1/plans/${id}`, planner)).json()) as { version: number };
    const content = { ...completePlan('B'), title: '富山県 医薬品産業クラスター計画' };
    expect((await api.put(`/api/v1/plans/${id}`, { base_version: got.version, content }, planner)).status).toBe(200);
    expect((await transition('submit_formal', planner)).status).toBe(200);
    // the planner cannot judge their own plan; the secretariat can
    const verdicts = REQUIREMENTS.B.filter((r) => r.no !== null).map((r) => ({ requirement_no: r.no!, verdict: 'met' as const, evidence: '計画書の記載による' }));
    expect((await api.put(`/api/v1/plans/${id}/verdicts`, { verdicts }, planner)).status).toBe(403);
    expect((await api.put(`/api/v1/plans/${id}/verdicts`, { verdicts: verdicts.slice(0, 6) }, secretariat)).status).toBe(200);
    const early = await transition('publish_national', secretariat);
    expect(early.status).toBe(400);
    expect(JSON.stringify(await early.json())).toContain('要件⑦ KGI及びKPI');
    expect((await api.put(`/api/v1/plans/${id}/verdicts`, { verdicts: [{ requirement_no: 99, verdict: 'met' }] }, secretariat)).status).toBe(400);
    expect((await api.put(`/api/v1/plans/${id}/verdicts`, { verdicts: verdicts.slice(6) }, secretariat)).status).toBe(200);
    const pub = await transition('publish_national', secretariat);
    expect(((await pub.json()) as { status: string }).status).toBe('published');
  });

  it('shows the published version to the public, in the list with its KGIs and in search', async () => {
    const got = (await (await api.get(`/api/v1/plans/${id}`)).json()) as {
      view: string;
      plan: { status: string; published_at: string };
      content: { title: string };
      evaluation: { kpis: unknown[] };
    };
    expect(got.view).toBe('public');
    expect(got.plan.status).toBe('published');
    expect((got as unknown as { events: { action: string; actor: unknown }[] }).events).toEqual([expect.objectContaining({ action: 'publish_national', actor: null })]);
    expect(got.evaluation.kpis.length).toBeGreaterThan(0);
    const list = (await (await api.get(`/api/v1/plans?type=B&status=published&pref_code=16`)).json()) as {
      plans: { id: string; kgis: { kind: string }[]; owner_codes: string[] }[];
    };
    expect(list.plans.map((p) => p.id)).toEqual([id]);
    expect(list.plans[0]!.owner_codes).toEqual([TOYAMA]);
    expect(list.plans[0]!.kgis.map((k) => k.kind)).toEqual(expect.arrayContaining(['capex', 'talent', 'value_added']));
    expect(((await (await api.get('/api/v1/plans?pref_code=01')).json()) as { plans: unknown[] }).plans).toHaveLength(0);
    const search = (await (await api.get(`/api/v1/plans?q=${encodeURIComponent('医薬品')}`)).json()) as { plans: { id: string }[] };
    expect(search.plans.map((p) => p.id)).toEqual([id]);
  });

  it('keeps a revision private until the secretariat publishes it, and compares versions field by field', async () => {
    const got = (await (await api.get(`/api/v1/plans/${id}`, planner)).json()) as { version: number; content: Record<string, unknown> };
    expect(
      (await api.put(`/api/v1/plans/${id}`, { base_version: got.version, content: { ...got.content, title: '富山県 医薬品・バイオ産業クラスター計画' } }, planner)).status,
    ).toBe(200);
    const pub = (await (await api.get(`/api/v1/plans/${id}`)).json()) as { content: { title: string } };
    expect(pub.content.title).toBe('富山県 医薬品産業クラスター計画');
    const cmp = (await (await api.get(`/api/v1/plans/${id}/compare?from=${got.version}&to=${got.version + 1}`, planner)).json()) as {
      changes: { path: string; before: unknown; after: unknown }[];
    };
    expect(cmp.changes).toEqual([expect.objectContaining({ path: 'title', before: '富山県 医薬品産業クラスター計画', after: '富山県 医薬品・バイオ産業クラスター計画' })]);
    expect((await api.get(`/api/v1/plans/${id}/compare?from=1&to=2`)).status).toBe(404);
    expect((await api.post(`/api/v1/plans/${id}/publish-revision`, {}, planner)).status).toBe(403);
    expect((await api.post(`/api/v1/plans/${id}/publish-revision`, { comment: '名称の変更' }, secretariat)).status).toBe(200);
    const after = (await (await api.get(`/api/v1/plans/${id}`)).json()) as { content: { title: string } };
    expect(after.content.title).toBe('富山県 医薬品・バイオ産業クラスター計画');
  });

  it('keeps every change in the plan’s own audit history, with before and after', async () => {
    expect((await api.get(`/api/v1/plans/${id}/history`)).status).toBe(404);
    const { entries } = (await (await api.get(`/api/v1/plans/${id}/history`, planner)).json()) as {
      entries: { action: string; details: Record<string, unknown>; actor_label: string }[];
    };
    const actions = entries.map((e) => e.action).reverse();
    expect(actions).toEqual([
      'plan.create',
      'plan.submit_precheck',
      'plan.complete_precheck',
      'plan.publish_local',
      'plan.update',
      'plan.submit_formal',
      'plan.judge',
      'plan.judge',
      'plan.publish_national',
      'plan.update',
      'plan.publish_revision',
    ]);
    const publish = entries.find((e) => e.action === 'plan.publish_national')!;
    expect(publish.details).toMatchObject({ before: { status: 'submitted' }, after: { status: 'published' } });
    expect(entries.find((e) => e.action === 'plan.update')!.details).toHaveProperty('changes');
    expect(entries[0]!.actor_label).toBe('staff');
  });

  it('lets the owner withdraw only with a reason, which ends the plan', async () => {
    expect((await transition('withdraw', planner)).status).toBe(400);
    expect((await transition('withdraw', secretariat, { comment: '理由' })).status).toBe(403);
    expect((await transition('withdraw', planner, { comment: '中核企業の立地計画が中止されたため' })).status).toBe(200);
    const got = (await (await api.get(`/api/v1/plans/${id}`)).json()) as { plan: { status: string } };
    expect(got.plan.status).toBe('withdrawn');
    expect((await api.put(`/api/v1/plans/${id}`, { base_version: 4, content: completePlan('B') }, planner)).status).toBe(403);
  });
});

describeEachDatabase('plans workflow (A and C)', (db) => {
  let app: App;
  let api: ReturnType<typeof requester>;
  const s = {} as Record<'bureau' | 'secretariat' | 'hokkaido' | 'takaoka', Session>;
  beforeAll(async () => {
    const h = db().handle.db;
    app = createApp({ db: h, webRoot: null });
    api = requester(app);
    await addUser(h, 'bureau@meti.go.jp', 'editor', '000000', 'meti-hokkaido');
    await addUser(h, 'staff@cas.go.jp', 'editor', '000000', 'cas');
    await addUser(h, 'planner@pref.hokkaido.lg.jp', 'editor', '010006');
    await addUser(h, 'planner@city.takaoka.lg.jp', 'editor', '162027');
    s.bureau = await signIn(app, 'bureau@meti.go.jp');
    s.secretariat = await signIn(app, 'staff@cas.go.jp');
    s.hokkaido = await signIn(app, 'planner@pref.hokkaido.lg.jp');
    s.takaoka = await signIn(app, 'planner@city.takaoka.lg.jp');
  });
  const transition = (id: string, action: string, who: Session) => api.post(`/api/v1/plans/${id}/transitions`, { action }, who);

  it('takes an A plan from the bureau’s 素案 through prefectures’ proposals to publication and execution', async () => {
    // a prefecture cannot found an A plan; the bureau can, with the prefecture as a co-owner
    expect((await api.post('/api/v1/plans', { type: 'A', owner_org_id: 'meti-hokkaido', title: 'x' }, s.hokkaido)).status).toBe(403);
    const res = await api.post('/api/v1/plans', { type: 'A', owner_org_id: 'meti-hokkaido', co_owner_org_ids: ['010006'], title: '北海道 半導体クラスター計画' }, s.bureau);
    expect(res.status).toBe(201);
    const { plan } = (await res.json()) as { plan: { id: string; status: string; owner_code: string } };
    expect(plan).toMatchObject({ status: 'soan', owner_code: '000000' });
    const kgis = ((await (await api.get(`/api/v1/plans/${plan.id}`, s.bureau)).json()) as { content: { kgis: { target_fy: number }[] } }).content.kgis;
    expect(kgis.map((k) => k.target_fy)).toEqual([2040, 2040, 2040]);
    expect((await transition(plan.id, 'open_proposals', s.hokkaido)).status).toBe(403);
    expect((await transition(plan.id, 'open_proposals', s.bureau)).status).toBe(200);
    // the co-owning prefecture adds its proposals (edits) while proposals are open
    expect((await api.put(`/api/v1/plans/${plan.id}`, { base_version: 1, content: completePlan('A') }, s.hokkaido)).status).toBe(200);
    expect((await transition(plan.id, 'formulate', s.bureau)).status).toBe(403);
    expect((await transition(plan.id, 'formulate', s.secretariat)).status).toBe(200);
    const verdicts = REQUIREMENTS.A.filter((r) => r.no !== null).map((r) => ({ requirement_no: r.no!, verdict: 'met' as const }));
    expect((await api.put(`/api/v1/plans/${plan.id}/verdicts`, { verdicts }, s.secretariat)).status).toBe(200);
    expect((await transition(plan.id, 'publish_national', s.secretariat)).status).toBe(200);
    expect((await transition(plan.id, 'start_execution', s.bureau)).status).toBe(403);
    expect((await transition(plan.id, 'start_execution', s.secretariat)).status).toBe(200);
    const pub = (await (await api.get(`/api/v1/plans/${plan.id}`)).json()) as { view: string; plan: { status: string } };
    expect(pub).toMatchObject({ view: 'public', plan: { status: 'in_execution' } });
  });

  it('lets a municipality own a C plan, but not a B plan', async () => {
    expect((await api.post('/api/v1/plans', { type: 'B', owner_org_id: '162027', title: 'x' }, s.takaoka)).status).toBe(403);
    const res = await api.post('/api/v1/plans', { type: 'C', owner_org_id: '162027', title: '高岡銅器 成長プラン' }, s.takaoka);
    expect(res.status).toBe(201);
    const id = ((await res.json()) as { plan: { id: string } }).plan.id;
    const got = (await (await api.get(`/api/v1/plans/${id}`, s.takaoka)).json()) as { content: { kgis: { kind: string }[] }; requirements: { label: string; result: string }[] };
    expect(got.content.kgis.map((k) => k.kind)).toEqual(['value_added']);
    expect(got.requirements.find((r) => r.label.includes('地方公共団体のコミットメント'))).toMatchObject({ result: 'fail' });
  });

  it('refuses malformed entry items with the JSON path and reason, and changes nothing', async () => {
    const res = await api.post(
      '/api/v1/plans',
      {
        type: 'C',
        owner_org_id: '162027',
        title: 'x',
        content: {
          title: 'x',
          investments: [{ id: 'i1', title: '工場', investor_name: '高岡', amount_yen: '十億', muni_code: '162028' }],
          core_entities: [{ id: 'e1', name: '組合', corporate_number: '1234567890123' }],
        },
      },
      s.takaoka,
    );
    expect(res.status).toBe(400);
    const issues = ((await res.json()) as { error: { issues: { column: string; reason: string }[] } }).error.issues;
    expect(issues.map((i) => i.column).sort()).toEqual(['core_entities[0].corporate_number', 'investments[0].amount_yen', 'investments[0].muni_code']);
    expect(issues.find((i) => i.column === 'core_entities[0].corporate_number')!.reason).toContain('検査数字');
    const mine = (await (await api.get('/api/v1/plans?scope=mine', s.takaoka)).json()) as { plans: { title: string }[] };
    expect(mine.plans.map((p) => p.title)).toEqual(['高岡銅器 成長プラン']);
  });

  it('accepts 万・億 and full-width digits in amounts', async () => {
    const content = completePlan('C');
    const inv = { id: 'inv-1', title: '鋳造工房の増設', investor_name: '高岡銅器協同組合', muni_code: '162027', amount_yen: '１億２，０００万円' };
    const res = await api.post('/api/v1/plans', { type: 'C', owner_org_id: '162027', title: content.title, content: { ...content, investments: [inv] } }, s.takaoka);
    expect(res.status).toBe(201);
    const id = ((await res.json()) as { plan: { id: string } }).plan.id;
    const got = (await (await api.get(`/api/v1/plans/${id}`, s.takaoka)).json()) as { content: { investments: { amount_yen: number }[] } };
    expect(got.content.investments[0]!.amount_yen).toBe(120_000_000);
  });
});
