/**
 * Effect verification and the national roll-up through the API, on both databases: an
 * application decided and in execution (through the workflow's routes); observations recorded in
 * the applicant's strategy with the KPI module's route; the verification evaluates each funded
 * project's KPIs exactly, warns on too few sectors, refuses contact data and unfunded projects
 * with the field named; publication is refused until every funded project has a result; the
 * public sees only what is published; the roll-up's figures are exact (JSON and CSV, and the CLI);
 * participants' names never reach the audit log or the history.
 */
import { Command } from 'commander';
import { beforeAll, expect, it } from 'vitest';
import type { CliRuntime } from '../src/infra/cli/runtime.ts';
import { listAudit } from '../src/modules/audit/index.ts';
import { registerGrantsReview } from '../src/modules/grants/cli/grants-review.ts';
import { grantEvents } from '../src/modules/grants/index.ts';
import { describeEachDatabase } from './support/databases.ts';
import { DECISION, STRATEGY, TOYAMA_CITY, body, fullScores, people, reviewApp, submittedApplication, transition, type People } from './support/grant-review.ts';
import { requester, type App } from './support/plan-api.ts';

type Issues = { error: { issues: { column: string; code: string; reason: string }[]; message: string } };
interface Verification {
  fiscal_year: number;
  as_of: string;
  participants: { name: string; sector: string; sector_label: string }[];
  sector_counts: Record<string, number>;
  results: {
    project_id: string;
    decided_total: number;
    kpis: { kpi_id: string; status: string; progress: number | null; band: string | null; actual: { period: string; value: number } | null; target: { value: number } | null }[];
    assessment: string;
    improvement: string;
  }[];
  published_at: string | null;
  warnings?: { code: string; message: string }[];
}

const NAME = '山田 太郎';
const PANEL = [
  { name: NAME, sector: 'industry', organisation: '富山商工会議所' },
  { name: '富山市 企画管理部長', sector: 'government' },
  { name: '佐藤 花子', sector: 'academia', organisation: '富山大学' },
  { name: '北陸銀行 地域振興部', sector: 'finance' },
];

describeEachDatabase('grant effect verification and the national roll-up', (db) => {
  let app: App;
  let api: ReturnType<typeof requester>;
  let p: People;
  let id = '';
  const record = (b: unknown, s = p.planner, fy = 2027) => api.put(`/api/v1/grants/applications/${id}/verifications/${fy}`, b, s);

  beforeAll(async () => {
    const h = db().handle.db;
    app = reviewApp(h);
    api = requester(app);
    p = await people(h, app);
    id = await submittedApplication(api, p);
    expect((await api.post(`/api/v1/grants/applications/${id}/reviewers`, { reviewers: ['r1@panel.example.jp'] }, p.secretariat)).status).toBe(200);
    expect((await transition(api, id, 'start_review', p.secretariat)).status).toBe(200);
    expect((await api.put(`/api/v1/grants/applications/${id}/reviews`, fullScores([4, 4, 3, 3]), p.r1)).status).toBe(200);
    expect((await api.post(`/api/v1/grants/applications/${id}/decision`, DECISION, p.secretariat)).status).toBe(200);
    // k1: baseline 100 (FY2024) → target 200 (FY2030); k2 likewise
    const obs = await api.post(
      `/api/v1/strategies/${STRATEGY}/observations`,
      {
        rows: [
          { kpi_id: 'k1', period: 'FY2027', value: 150 },
          { kpi_id: 'k2', period: 'FY2027', value: 210 },
        ],
      },
      p.planner,
    );
    expect(obs.status).toBe(200);
  });

  it('records only once in execution, by the applicant', async () => {
    const r = await record({ participants: PANEL, as_of: '2028-03-31' });
    expect(r.status).toBe(409);
    expect((await body<Issues>(r)).error.message).toContain('事業実施中の申請が対象です');
    expect((await transition(api, id, 'start_execution', p.planner)).status).toBe(200);
    expect((await record({ participants: PANEL }, p.secretariat)).status).toBe(403);
    expect((await record({ participants: PANEL }, p.other)).status).toBe(403);
    expect((await record({ participants: PANEL }, { ...p.planner, csrf: 'x' })).status).toBe(403);
  });

  it('refuses contact data, an unfunded project, a bad day or year, naming the field; nothing is written', async () => {
    const contact = await record({ participants: [{ name: 'yamada@example.jp', sector: 'industry' }] });
    expect(contact.status).toBe(400);
    expect((await body<Issues>(contact)).error.issues[0]?.column).toBe('participants[0].name');
    const extra = await record({ participants: [{ name: NAME, sector: 'industry', phone: '076-000-0000' }] });
    expect(extra.status).toBe(400);
    expect(JSON.stringify(await extra.json())).toContain('phone');
    const unfunded = await record({ participants: PANEL, results: [{ project_id: 'soft-2', assessment: '—' }] });
    expect(unfunded.status).toBe(400);
    expect((await body<Issues>(unfunded)).error.issues[0]).toMatchObject({ column: 'results[0].project_id', code: 'not_funded' });
    const day = await record({ participants: PANEL, as_of: '2028-02-30' });
    expect((await body<Issues>(day)).error.issues[0]?.column).toBe('as_of');
    const year = await record({ participants: PANEL }, p.planner, 2024);
    expect(year.status).toBe(400);
    expect((await body<Issues>(year)).error.issues[0]?.column).toBe('fiscalYear');
    const got = await body<{ verifications: Verification[] }>(await api.get(`/api/v1/grants/applications/${id}/verifications`, p.planner));
    expect(got.verifications).toEqual([]);
  });

  it('evaluates the funded project’s KPIs exactly and warns on too few sectors', async () => {
    const r = await record({ participants: PANEL.slice(0, 2), as_of: '2028-03-31' });
    expect(r.status).toBe(200);
    const v = await body<Verification>(r);
    expect(v.warnings?.map((w) => w.code)).toEqual(['few_sectors']);
    expect(v.sector_counts).toEqual({ industry: 1, government: 1, academia: 0, finance: 0, labour: 0, media: 0 });
    // soft-2 was not adopted (0円): only soft-1 is verified
    expect(v.results.map((x) => [x.project_id, x.decided_total])).toEqual([['soft-1', 55_000_000]]);
    expect(v.results[0]?.kpis.map((k) => [k.kpi_id, k.status, k.progress, k.band, k.actual?.period, k.actual?.value, k.target?.value])).toEqual([
      ['k1', '1B', 50, '50-<80', 'FY2027', 150, 200],
      ['k2', '1A', 110, null, 'FY2027', 210, 200],
    ]);
    expect(v.published_at).toBeNull();
  });

  it('refuses publication until every funded project has a result, then publishes', async () => {
    const refused = await transition(api, id, 'publish_verification', p.planner);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('soft-1');
    // the public sees nothing before publication
    expect((await api.get(`/api/v1/grants/applications/${id}/verifications`)).status).toBe(404);
    const full = await record({
      participants: PANEL,
      as_of: '2028-03-31',
      results: [{ project_id: 'soft-1', assessment: '移住相談件数は目標を上回った', improvement: '就業支援との連携を強める' }],
    });
    expect(full.status).toBe(200);
    expect((await body<Verification>(full)).warnings).toEqual([]);
    expect((await transition(api, id, 'publish_verification', p.secretariat)).status).toBe(403);
    const ok = await transition(api, id, 'publish_verification', p.planner);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'verified' });
    expect((await record({ participants: PANEL })).status).toBe(409);
  });

  it('shows the published verification to everyone, per application and in the lists', async () => {
    const pub = await api.get(`/api/v1/grants/applications/${id}/verifications`);
    expect(pub.status).toBe(200);
    const v = (await body<{ verifications: Verification[] }>(pub)).verifications;
    expect(v).toHaveLength(1);
    expect(v[0]?.published_at).not.toBeNull();
    expect(v[0]?.participants.map((x) => x.sector_label)).toEqual(['産（産業界）', '官（行政）', '学（大学・研究機関）', '金（金融機関）']);
    expect(v[0]?.results[0]).toMatchObject({ assessment: '移住相談件数は目標を上回った', improvement: '就業支援との連携を強める' });
    const list = await body<{ verifications: Record<string, unknown>[] }>(await api.get('/api/v1/grants/verifications?pref_code=16'));
    expect(list.verifications).toEqual([
      expect.objectContaining({
        application_id: id,
        owner_code: TOYAMA_CITY,
        government: '富山市',
        fiscal_year: 2027,
        participants: 4,
        projects: 1,
        kpis: 2,
        kpi_by_class: { '1A': 1, '1B': 1, '1C': 0, '2': 0, '3': 0 },
        share_achieved: 50,
      }),
    ]);
    expect(JSON.stringify(list)).not.toContain(NAME);
    expect((await body<{ verifications: unknown[] }>(await api.get('/api/v1/grants/verifications?pref_code=17'))).verifications).toEqual([]);
    const bad = await api.get('/api/v1/grants/verifications?pref_code=99');
    expect(bad.status).toBe(400);
    expect((await body<Issues>(bad)).error.issues[0]?.column).toBe('pref_code');
  });

  it('rolls up decided funds and KPI achievement exactly, as JSON and CSV', async () => {
    const r = await body<Record<string, unknown>>(await api.get('/api/v1/grants/rollup?fiscal_year=2026'));
    expect(r.decided).toEqual({
      total: 55_000_000,
      by_kind: { soft: 55_000_000, kyoten: 0, infra: 0 },
      by_prefecture: [{ pref_code: '16', name: '富山県', total: 55_000_000, by_kind: { soft: 55_000_000, kyoten: 0, infra: 0 }, applications: 1 }],
      by_fiscal_year: [
        { fiscal_year: 2026, total: 30_000_000, by_kind: { soft: 30_000_000, kyoten: 0, infra: 0 } },
        { fiscal_year: 2027, total: 25_000_000, by_kind: { soft: 25_000_000, kyoten: 0, infra: 0 } },
      ],
    });
    expect(r.applications).toEqual({ total: 1, by_status: { draft: 0, submitted: 0, under_review: 0, decided: 0, in_execution: 0, verified: 1 } });
    expect(r.kpi_achievement).toEqual({ verifications: 1, projects: 1, kpis: 2, by_class: { '1A': 1, '1B': 1, '1C': 0, '2': 0, '3': 0 }, achieved: 1, share_achieved: 50 });
    expect((await body<{ decided: { total: number } }>(await api.get('/api/v1/grants/rollup?fiscal_year=2027'))).decided.total).toBe(0);
    expect((await api.get('/api/v1/grants/rollup?fiscal_year=26')).status).toBe(400);
    const csv = await api.get('/api/v1/grants/rollup?fiscal_year=2026&format=csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder()
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[1]).toBe('都道府県別,"=""16""",富山県,2026,令和8年度,55000000,0,0,55000000,1');
    expect(lines.at(-1)).toBe('全国,,全国,2026,令和8年度,55000000,0,0,55000000,1');
  });

  it('prints the roll-up from the CLI as JSON and CSV', async () => {
    const out: (string | Uint8Array)[] = [];
    const rt = {
      io: { stdout: { write: (c: string | Uint8Array) => void out.push(c) }, stderr: { write: () => undefined } },
      where: 'standalone',
      withPlatform: (_o: unknown, _n: string, fn: (h: typeof db extends () => infer T ? (T extends { handle: infer H } ? H : never) : never) => Promise<unknown>) =>
        fn(db().handle),
    } as unknown as CliRuntime;
    const program = new Command().exitOverride();
    registerGrantsReview(program.command('grants'), rt);
    await program.parseAsync(['node', 'sousei', 'grants', 'rollup', '--fiscal-year', '2026']);
    expect(JSON.parse(String(out[0])).decided.total).toBe(55_000_000);
    await program.parseAsync(['node', 'sousei', 'grants', 'rollup', '--format', 'csv', '--encoding', 'utf8']);
    const text = new TextDecoder().decode(out[1] as Uint8Array);
    expect(text.startsWith('集計,')).toBe(true);
    expect(text).toContain('全国,,全国,,,55000000,0,0,55000000,1');
  });

  it('never writes participants’ names to the audit log or the history', async () => {
    const audit = await listAudit(db().handle.db, { ownerCode: TOYAMA_CITY });
    const rec = audit.filter((a) => a.action === 'grant.record_verification');
    expect(rec).toHaveLength(2);
    const full = { sector_counts: { industry: 1, government: 1, academia: 1, finance: 1, labour: 0, media: 0 }, kpi_classes: ['1B', '1A'] };
    expect(rec).toEqual(expect.arrayContaining([expect.objectContaining({ details: expect.objectContaining(full) })]));
    const events = await db().handle.db.select().from(grantEvents);
    for (const text of [JSON.stringify(audit), JSON.stringify(events)]) {
      expect(text).not.toContain(NAME);
      expect(text).not.toContain('佐藤 花子');
    }
  });
});
