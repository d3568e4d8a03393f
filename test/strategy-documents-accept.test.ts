/**
 * POST /api/v1/strategy-documents/accept on both databases: a municipal editor's reviewed draft
 * becomes a strategy of their own 団体コード in one request; a bad KPI is a 400 naming the KPI and
 * its field with nothing written; signed out, a viewer and the national secretariat are refused.
 */
import { beforeAll, expect, it } from 'vitest';
import { createApp } from '../src/http/app.ts';
import { createUser } from '../src/modules/auth/index.ts';
import { describeEachDatabase } from './support/databases.ts';
import { snapshotAll } from './support/db-snapshot.ts';

const PASSWORD = 'accept the reviewed draft 2026';
const SAPPORO = '011002';
type App = ReturnType<typeof createApp>;
const SESSION_TABLES = ['sessions', 'sign_in_throttle'];
type Auth = { cookie: string; csrf: string };

async function signIn(app: App, email: string): Promise<Auth> {
  const res = await app.request('/api/v1/session', { method: 'POST', body: JSON.stringify({ email, password: PASSWORD }), headers: { 'content-type': 'application/json' } });
  expect(res.status).toBe(200);
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: ((await res.json()) as { csrf_token: string }).csrf_token };
}

/** Two KPIs as the extractor drafts them (review aids included), the second target corrected as typed. */
const reviewed = (secondTarget: unknown = '1,600,000') => [
  {
    id: 'K001',
    node: 'document',
    name: '新規創業件数',
    unit: '件',
    direction: 'increase',
    baseline: { value: 12, period: 'FY2023' },
    targets: [{ value: 20, period: 'FY2029', text: '20件' }],
    target_text: '20件',
    source: { page: 1, line: 3, text: '新規創業件数 12件 20件' },
    layout: 'table',
    confidence: 1,
    warnings: [],
  },
  {
    id: 'K002',
    node: 'document',
    name: '観光入込客数',
    unit: '人',
    direction: 'increase',
    baseline: { value: 1_234_000, period: 'FY2023' },
    targets: [{ value: secondTarget, period: '令和11年度', text: '1,500,000人' }],
    target_text: '1,500,000人',
    source: { page: 1, line: 4, text: '観光入込客数 1,234,000人 1,500,000人' },
    layout: 'table',
    confidence: 0.75,
    warnings: ['単位が読めません'],
  },
];

const body = (over: Record<string, unknown> = {}) => ({ name: '札幌市 第2期総合戦略', from: '令和8年度', to: '2030年度', source_file: 'senryaku.pdf', kpis: reviewed(), ...over });

describeEachDatabase('POST /api/v1/strategy-documents/accept', (database) => {
  let app: App;
  beforeAll(async () => {
    const db = database().handle.db;
    app = createApp({ db, webRoot: null });
    await createUser(db, { email: 'planner@city.sapporo.jp', name: '札幌市 企画課', role: 'editor', orgCode: SAPPORO, password: PASSWORD });
    await createUser(db, { email: 'viewer@city.sapporo.jp', name: '札幌市 閲覧', role: 'viewer', orgCode: SAPPORO, password: PASSWORD });
    await createUser(db, { email: 'admin@cas.go.jp', name: '事務局', role: 'admin', orgCode: '000000', password: PASSWORD });
  });

  const post = (json: unknown, auth?: Auth) =>
    app.request('/api/v1/strategy-documents/accept', {
      method: 'POST',
      body: JSON.stringify(json),
      headers: { 'content-type': 'application/json', ...(auth ? { cookie: auth.cookie, 'x-csrf-token': auth.csrf } : {}) },
    });

  it('creates the editor’s own strategy with the KPIs as reviewed (values as typed, sources kept, review aids dropped)', async () => {
    const auth = await signIn(app, 'planner@city.sapporo.jp');
    const res = await post(body(), auth);
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe('/api/v1/strategies/011002-2026');
    expect(await res.json()).toEqual({ strategy: { id: '011002-2026', owner_code: SAPPORO, name: '札幌市 第2期総合戦略', kpis: 2 } });
    const catalog = (await (await app.request('/api/v1/strategies/011002-2026')).json()) as {
      strategy: Record<string, unknown>;
      nodes: Array<{ id: string; name: string }>;
      kpis: Array<Record<string, unknown>>;
    };
    expect(catalog.strategy).toMatchObject({ owner_code: SAPPORO, owner_name: '札幌市', period: { from: 'FY2026', to: 'FY2030' }, source_file: 'senryaku.pdf' });
    expect(catalog.nodes.map((n) => [n.id, n.name])).toEqual([['document', '札幌市 第2期総合戦略']]);
    const second = catalog.kpis[1]!;
    expect([second.name, second.baseline, (second.targets as Array<{ value: number; period: string }>).map((t) => [t.value, t.period])]).toEqual([
      '観光入込客数',
      { value: 1_234_000, period: 'FY2023' },
      [[1_600_000, 'FY2029']],
    ]);
    expect(second.source).toEqual({ page: 1, line: 4, text: '観光入込客数 1,234,000人 1,500,000人' });
    expect(second.confidence).toBeUndefined();
    expect(second.warnings).toBeUndefined();
    // A second strategy from the same year gets the next free id.
    const again = await post(body({ name: '札幌市 改訂版' }), auth);
    expect(again.status).toBe(201);
    expect(((await again.json()) as { strategy: { id: string } }).strategy.id).toBe('011002-2026-2');
  });

  /** The draft's tree from the document's headings, renamed and extended by the planner. */
  const tree = [
    { id: 'N01', parent: null, level: 'goal', name: '基本目標1 地方に仕事をつくる', code: '1', source: { page: 1, line: 1, text: '基本目標１　地方に仕事をつくる' } },
    { id: 'N02', parent: 'N01', level: 'output', name: '（1）創業の支援', code: '1', source: { page: 1, line: 2, text: '（１）創業支援' } },
    { id: 'N03', parent: 'N01', name: '（2）観光の振興' },
  ];

  it('stores the reviewed tree: nodes with their parents, levels, names and heading lines, each KPI on its node', async () => {
    const auth = await signIn(app, 'planner@city.sapporo.jp');
    const [first, second] = reviewed();
    const res = await post(
      body({
        from: '令和9年度',
        nodes: tree,
        kpis: [
          { ...first, node: 'N02' },
          { ...second, node: 'N03' },
        ],
      }),
      auth,
    );
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ strategy: { id: '011002-2027', owner_code: SAPPORO, name: '札幌市 第2期総合戦略', kpis: 2 } });
    const catalog = (await (await app.request('/api/v1/strategies/011002-2027')).json()) as {
      nodes: Array<Record<string, unknown>>;
      kpis: Array<{ id: string; node: string }>;
    };
    expect(catalog.nodes.map((n) => [n.id, n.parent, n.level, n.name])).toEqual([
      ['N01', null, 'goal', '基本目標1 地方に仕事をつくる'],
      ['N02', 'N01', 'output', '（1）創業の支援'],
      ['N03', 'N01', 'output', '（2）観光の振興'],
    ]);
    expect(catalog.nodes[1]).toMatchObject({ code: '1', source: { page: 1, line: 2, text: '（１）創業支援' } });
    expect(catalog.kpis.map((k) => [k.id, k.node])).toEqual([
      ['K001', 'N02'],
      ['K002', 'N03'],
    ]);
  });

  it('400 naming the node or the KPI and the field when the tree is broken; nothing written', async () => {
    const auth = await signIn(app, 'planner@city.sapporo.jp');
    const before = await snapshotAll(database().handle.db);
    const [first, second] = reviewed();
    const broken = [tree[0], { ...tree[1], parent: 'N09' }, { id: 'N01', parent: null, name: '' }];
    const res = await post(
      body({
        nodes: broken,
        kpis: [
          { ...first, node: 'N02' },
          { ...second, node: 'N04' },
        ],
      }),
      auth,
    );
    expect(res.status).toBe(400);
    const issues = ((await res.json()) as { error: { issues: Array<{ column: string; reason: string }> } }).error.issues;
    expect(issues.map((i) => [i.column, i.reason])).toEqual([
      ['nodes[2].name', '3番目のノード: ノードの名称を入力してください'],
      ['nodes[2].id', '3番目のノード: ノードID「N01」が重複しています'],
      ['nodes[1].parent', '2番目のノード「（1）創業の支援」: 親ノード「N09」がありません'],
      ['kpis[1].node', '2件目のKPI「観光入込客数」: ノード「N04」がありません'],
    ]);
    expect(await snapshotAll(database().handle.db)).toEqual(before);
  });

  it('400 naming the KPI and its field, the name and the period; nothing written', async () => {
    const auth = await signIn(app, 'planner@city.sapporo.jp');
    const before = await snapshotAll(database().handle.db);
    const res = await post(body({ name: ' ', to: '来年', kpis: reviewed('たくさん') }), auth);
    expect(res.status).toBe(400);
    const issues = ((await res.json()) as { error: { issues: Array<{ column: string; reason: string }> } }).error.issues;
    expect(issues.map((i) => i.column)).toEqual(['name', 'to', 'kpis[1].targets[0].value']);
    expect(issues[2]!.reason).toMatch(/^2件目のKPI「観光入込客数」: /);
    const empty = await post(body({ kpis: [] }), auth);
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: { issues: Array<{ column: string }> } }).error.issues.map((i) => i.column)).toEqual(['kpis']);
    expect(await snapshotAll(database().handle.db)).toEqual(before);
  });

  it('refuses signed out (401), a viewer and the national secretariat (403), before any effect', async () => {
    const [asViewer, asAdmin] = [await signIn(app, 'viewer@city.sapporo.jp'), await signIn(app, 'admin@cas.go.jp')];
    // sessions: a refused request still touches its session (last seen)
    const before = await snapshotAll(database().handle.db, { except: SESSION_TABLES });
    expect((await post(body())).status).toBe(401);
    const viewer = await post(body(), asViewer);
    expect(viewer.status).toBe(403);
    const admin = await post(body(), asAdmin);
    expect(admin.status).toBe(403);
    expect(((await admin.json()) as { error: { message: string } }).error.message).toContain('地方公共団体の編集者');
    expect(await snapshotAll(database().handle.db, { except: SESSION_TABLES })).toEqual(before);
  });
});
