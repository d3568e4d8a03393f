/**
 * Verification rounds of a strategy through the API, on both databases: the owner creates a round
 * and names the panel (sectors, a declared interest excluding a KPI); members read the engine's
 * evaluation, comment and sign off with the fingerprint they saw; an observation recorded through
 * the KPI module's route stales the sign-offs (「データが更新されました。再確認してください」) and
 * blocks publication, naming the members; re-signing clears it; an observation after the
 * evaluation date does not. Authorisation: members of another panel and other governments get
 * 404, a viewer cannot write; the public sees only the published report; the Excel report's cells
 * are exact; no comment text or e-mail in the audit log or the report.
 */
import { beforeAll, expect, it } from 'vitest';
import { createApp } from '../src/http/app.ts';
import { listAudit } from '../src/modules/audit/index.ts';
import { loadExcelJS } from '../src/shared/load-exceljs.ts';
import { describeEachDatabase } from './support/databases.ts';
import { localStrategy } from './support/grant-api.ts';
import { addUser, requester, signIn, type App, type Session } from './support/plan-api.ts';

const TOYAMA = '162019';
const KANAZAWA = '172014';
const STRATEGY = 'toyama-sogo';
const OTHER_STRATEGY = 'kanazawa-sogo';
const STALE = 'データが更新されました。再確認してください';
const COMMENT = '若年層の転入が伸びている要因を分析されたい';

type Issues = { error: { issues: { column: string; code: string; reason: string }[]; message: string } };
interface Member {
  user_id: string;
  name: string;
  sector: string;
  sector_label: string;
  signoff: { state: string; signed_at: string | null };
}
interface Round {
  round: { id: string; status: string; fiscal_year_label: string; evaluation_date: string };
  fingerprint: string;
  kpis: {
    id: string;
    progress: number | null;
    status: string;
    status_label: string;
    actual: { period: string; value: number } | null;
    comments: { name: string; body: string }[];
    response: string;
    improvement: string;
  }[];
  overall: { comments: { name: string; body: string }[]; response: string; improvement: string };
  members: Member[];
  warnings: { code: string; message: string }[];
  blockers: { no_members: boolean; missing: string[]; stale: string[] };
  me: { member: boolean; signoff: string | null; message: string | null; can: Record<string, boolean> };
}
const body = async <T>(r: Response): Promise<T> => (await r.json()) as T;

describeEachDatabase('strategy verification rounds', (db) => {
  let app: App;
  let api: ReturnType<typeof requester>;
  const s: Record<string, Session> = {};
  let id = '';
  let otherId = '';
  const get = async (who?: string) => api.get(`/api/v1/verification-rounds/${id}`, who ? s[who] : undefined);
  const view = async (who: string) => {
    const r = await get(who);
    expect(r.status).toBe(200);
    return body<Round>(r);
  };
  const observe = (value: number, period = 'FY2026') => api.post(`/api/v1/strategies/${STRATEGY}/observations`, { rows: [{ kpi_id: 'k1', period, value }] }, s.planner);
  const act = (action: string, who = 'planner') => api.post(`/api/v1/verification-rounds/${id}/transitions`, { action }, s[who]);
  const signOff = async (who: string) => api.post(`/api/v1/verification-rounds/${id}/sign-off`, { fingerprint: (await view(who)).fingerprint }, s[who]);

  beforeAll(async () => {
    const h = db().handle.db;
    app = createApp({ db: h, webRoot: null });
    api = requester(app);
    await localStrategy(h, TOYAMA, STRATEGY, ['k1', 'k2']);
    await localStrategy(h, KANAZAWA, OTHER_STRATEGY, ['k1']);
    await addUser(h, 'planner@city.toyama.lg.jp', 'editor', TOYAMA);
    await addUser(h, 'viewer@city.toyama.lg.jp', 'viewer', TOYAMA);
    await addUser(h, 'planner@city.kanazawa.lg.jp', 'editor', KANAZAWA);
    for (const m of ['m1', 'm2', 'm3']) await addUser(h, `${m}@panel.example.jp`, 'reviewer', '000000');
    for (const [k, e] of [
      ['planner', 'planner@city.toyama.lg.jp'],
      ['viewer', 'viewer@city.toyama.lg.jp'],
      ['other', 'planner@city.kanazawa.lg.jp'],
      ['m1', 'm1@panel.example.jp'],
      ['m2', 'm2@panel.example.jp'],
      ['m3', 'm3@panel.example.jp'],
    ] as const)
      s[k] = await signIn(app, e);
    expect((await observe(150)).status).toBe(200);
  });

  it('the owner creates the round of a fiscal year; another government cannot', async () => {
    expect((await api.post(`/api/v1/strategies/${STRATEGY}/verification-rounds`, { fiscal_year: 2026 }, s.other)).status).toBe(403);
    const bad = await api.post(`/api/v1/strategies/${STRATEGY}/verification-rounds`, { fiscal_year: 2026, evaluation_date: '2027-13-01' }, s.planner);
    expect(bad.status).toBe(400);
    expect((await body<Issues>(bad)).error.issues[0]).toMatchObject({ column: 'evaluation_date', code: 'invalid_date' });
    const r = await api.post(`/api/v1/strategies/${STRATEGY}/verification-rounds`, { fiscal_year: 2026 }, s.planner);
    expect(r.status).toBe(201);
    const created = await body<{ id: string; evaluation_date: string; title: string; status: string }>(r);
    expect(created).toMatchObject({ evaluation_date: '2027-03-31', title: '2026年度（令和8年度） 効果検証', status: 'draft' });
    id = created.id;
    expect((await api.post(`/api/v1/strategies/${STRATEGY}/verification-rounds`, { fiscal_year: 2026 }, s.planner)).status).toBe(409);
    const o = await api.post(`/api/v1/strategies/${OTHER_STRATEGY}/verification-rounds`, { fiscal_year: 2026 }, s.other);
    otherId = (await body<{ id: string }>(o)).id;
    expect((await api.put(`/api/v1/verification-rounds/${otherId}/members`, { email: 'm3@panel.example.jp', name: '金沢 委員', sector: 'media' }, s.other)).status).toBe(200);
    expect((await api.post(`/api/v1/verification-rounds/${otherId}/transitions`, { action: 'open' }, s.other)).status).toBe(200);
  });

  it('names the panel: existing users by e-mail, a sector, a declared interest; bad input names the field', async () => {
    const put = (b: unknown, who = 'planner') => api.put(`/api/v1/verification-rounds/${id}/members`, b, s[who]);
    const unknown = await put({ email: 'nobody@example.jp', name: '誰か', sector: 'industry' });
    expect(unknown.status).toBe(400);
    expect((await body<Issues>(unknown)).error.issues[0]).toMatchObject({ column: 'email', code: 'unknown_user' });
    const sector = await put({ email: 'm1@panel.example.jp', name: '山田', sector: 'press' });
    expect(sector.status).toBe(400);
    expect((await body<Issues>(sector)).error.issues[0]!.column).toBe('sector');
    const noText = await put({ email: 'm2@panel.example.jp', name: '佐藤', sector: 'academia', excluded_kpis: ['k2'] });
    expect((await body<Issues>(noText)).error.issues[0]).toMatchObject({ column: 'conflict', code: 'required' });
    expect((await put({ email: 'm1@panel.example.jp', name: '山田', sector: 'industry' }, 'other')).status).toBe(404);
    expect((await put({ email: 'm1@panel.example.jp', name: '富山商工会議所 山田 太郎', sector: 'industry', organisation: '富山商工会議所' })).status).toBe(200);
    const m2 = await put({ email: 'm2@panel.example.jp', name: '富山大学 佐藤 花子', sector: 'academia', conflict: 'k2 の関連事業の受託者', excluded_kpis: ['k2'] });
    expect(await body(m2)).toMatchObject({ sector: 'academia', added: true });
    const v = await view('planner');
    expect(v.members.map((m) => [m.name, m.sector_label, m.signoff.state])).toEqual([
      ['富山商工会議所 山田 太郎', '産（産業界）', 'missing'],
      ['富山大学 佐藤 花子', '学（大学・研究機関）', 'missing'],
    ]);
    expect(v.warnings.map((w) => w.code)).toEqual(['few_sectors']);
  });

  it('a draft is 404 to its members; a member of another panel and another government never see it', async () => {
    expect((await get('m1')).status).toBe(404);
    expect((await act('open')).status).toBe(200);
    for (const who of ['m3', 'other', undefined]) expect((await get(who)).status).toBe(404);
    expect((await api.put(`/api/v1/verification-rounds/${id}/comments`, { comments: [{ kpi_id: null, body: 'x' }] }, s.m3)).status).toBe(404);
    const mine = await body<{ member_of: { id: string }[] }>(await api.get('/api/v1/verification-rounds', s.m3));
    expect(mine.member_of.map((r) => r.id)).toEqual([otherId]);
    const owned = await body<{ owned: { id: string }[]; strategies: { id: string }[] }>(await api.get('/api/v1/verification-rounds', s.planner));
    expect([owned.owned.map((r) => r.id), owned.strategies.map((x) => x.id)]).toEqual([[id], [STRATEGY]]);
    const viewer = await body<{ owned: { id: string }[]; strategies: { id: string }[] }>(await api.get('/api/v1/verification-rounds', s.viewer));
    expect([viewer.owned.map((r) => r.id), viewer.strategies]).toEqual([[id], []]);
  });

  it('members see the evaluation as of the round’s date and comment per KPI and overall', async () => {
    const v = await view('m1');
    expect(v.kpis.map((k) => [k.id, k.actual?.value ?? null, k.progress, k.status])).toEqual([
      ['k1', 150, 50, '1B'],
      ['k2', null, null, '3'],
    ]);
    expect(v.me).toMatchObject({ member: true, signoff: 'missing', message: null, can: { comment: true, sign_off: true, manage: false, respond: false } });
    const c = await api.put(
      `/api/v1/verification-rounds/${id}/comments`,
      {
        comments: [
          { kpi_id: 'k1', body: COMMENT },
          { kpi_id: null, body: '総じて順調' },
        ],
      },
      s.m1,
    );
    expect(await body(c)).toEqual({ written: 2, removed: 0 });
    const conflict = await api.put(`/api/v1/verification-rounds/${id}/comments`, { comments: [{ kpi_id: 'k2', body: '意見' }] }, s.m2);
    expect(conflict.status).toBe(400);
    expect((await body<Issues>(conflict)).error.issues[0]).toMatchObject({ column: 'comments[0].kpi_id', code: 'conflict_of_interest' });
    expect((await api.put(`/api/v1/verification-rounds/${id}/comments`, { comments: [{ kpi_id: 'k1', body: '意見' }] }, s.planner)).status).toBe(403);
    const after = await view('m2');
    expect(after.kpis[0]!.comments).toEqual([expect.objectContaining({ name: '富山商工会議所 山田 太郎', body: COMMENT })]);
    expect(after.overall.comments.map((x) => x.body)).toEqual(['総じて順調']);
  });

  it('a sign-off turns stale when an actual changes, blocks publication naming who, and re-signing clears it', async () => {
    expect((await signOff('m1')).status).toBe(200);
    expect((await signOff('m2')).status).toBe(200);
    expect((await view('planner')).members.map((m) => m.signoff.state)).toEqual(['current', 'current']);
    const seen = (await view('m1')).fingerprint;
    // a value after the evaluation date and a value of another strategy change nothing the members saw
    expect((await observe(170, 'FY2027')).status).toBe(200);
    expect((await api.post(`/api/v1/strategies/${OTHER_STRATEGY}/observations`, { rows: [{ kpi_id: 'k1', period: 'FY2026', value: 120 }] }, s.other)).status).toBe(200);
    expect((await view('m1')).me.signoff).toBe('current');
    expect((await observe(160)).status).toBe(200);
    const stale = await view('m1');
    expect(stale.me).toMatchObject({ signoff: 'stale', message: STALE });
    expect(stale.kpis[0]).toMatchObject({ progress: 60, actual: { period: 'FY2026', value: 160 } });
    expect((await act('close')).status).toBe(200);
    const refused = await act('publish');
    expect(refused.status).toBe(409);
    expect((await body<Issues>(refused)).error.message).toBe(
      '全委員の確認（サインオフ）が揃うまで公表できません（データ更新後の再確認待ち: 富山商工会議所 山田 太郎、富山大学 佐藤 花子）',
    );
    const old = await api.post(`/api/v1/verification-rounds/${id}/sign-off`, { fingerprint: seen }, s.m1);
    expect(old.status).toBe(409);
    expect((await body<Issues>(old)).error.message).toBe(STALE);
    expect((await signOff('m1')).status).toBe(200);
    expect((await view('m1')).me).toMatchObject({ signoff: 'current', message: null });
    expect((await view('planner')).blockers).toEqual({ no_members: false, missing: [], stale: ['富山大学 佐藤 花子'] });
    expect((await signOff('m2')).status).toBe(200);
  });

  it('the owner records responses and 改善策; a viewer and another government cannot', async () => {
    const responses = {
      responses: [
        { kpi_id: 'k1', response: '転入者調査を実施する', improvement: '若者向け住宅支援を拡充' },
        { kpi_id: null, response: '意見を次期計画に反映', improvement: '=SUM(A1)' },
      ],
    };
    expect((await api.put(`/api/v1/verification-rounds/${id}/responses`, responses, s.viewer)).status).toBe(403);
    expect((await api.put(`/api/v1/verification-rounds/${id}/responses`, responses, s.other)).status).toBe(404);
    const bad = await api.put(`/api/v1/verification-rounds/${id}/responses`, { responses: [{ kpi_id: 'k9', response: 'x' }] }, s.planner);
    expect((await body<Issues>(bad)).error.issues[0]).toMatchObject({ column: 'responses[0].kpi_id', code: 'unknown_kpi' });
    expect(await body(await api.put(`/api/v1/verification-rounds/${id}/responses`, responses, s.planner))).toEqual({ saved: 2 });
  });

  it('publishes: the public reads the report (no e-mail), downloads it as Excel with exact cells', async () => {
    expect((await api.get(`/api/v1/verification-rounds/${id}/report`)).status).toBe(404);
    const pub = await act('publish');
    expect(pub.status).toBe(200);
    expect(await body(pub)).toMatchObject({ status: 'published', warnings: [{ code: 'few_sectors' }] });
    expect((await get()).status).toBe(404);
    const r = await api.get(`/api/v1/verification-rounds/${id}/report`);
    expect(r.status).toBe(200);
    const text = await r.text();
    expect(text).not.toContain('@');
    expect(text).not.toContain('user_id');
    const report = JSON.parse(text) as { final: boolean; members: { name: string }[]; kpis: { id: string; progress: number }[] };
    expect(report.final).toBe(true);
    expect(report.kpis.map((k) => [k.id, k.progress])).toEqual([
      ['k1', 60],
      ['k2', null],
    ]);
    // a later value does not move the published report
    expect((await observe(190)).status).toBe(200);
    expect((await body<{ kpis: { progress: number }[] }>(await api.get(`/api/v1/verification-rounds/${id}/report`))).kpis[0]!.progress).toBe(60);
    const x = await api.get(`/api/v1/verification-rounds/${id}/report?format=xlsx`);
    expect(x.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const ExcelJS = await loadExcelJS();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await x.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['検証結果', '総評', '検証委員']);
    const kpis = wb.getWorksheet('検証結果')!;
    expect(kpis.getRow(4).values).toEqual([
      undefined,
      'KPI ID',
      'KPI',
      '単位',
      '基準値',
      '基準期間',
      '目標値',
      '目標期間',
      '実績値',
      '実績期間',
      '進捗率（%）',
      '判定',
      '委員の意見',
      '団体の対応',
      '改善策',
    ]);
    expect(kpis.getRow(5).values).toEqual([
      undefined,
      'k1',
      '指標 k1',
      '人',
      100,
      '2024年度',
      200,
      '2030年度',
      160,
      '2026年度',
      60,
      '①B 進捗',
      `富山商工会議所 山田 太郎（産（産業界））: ${COMMENT}`,
      '転入者調査を実施する',
      '若者向け住宅支援を拡充',
    ]);
    expect(kpis.getRow(6).getCell(11).value).toBe('③ 測定不能');
    const overall = wb.getWorksheet('総評')!;
    expect(overall.getRow(7).values).toEqual([undefined, '改善策', "'=SUM(A1)"]);
    const members = wb.getWorksheet('検証委員')!;
    expect(members.getRow(5).values).toEqual([undefined, '富山商工会議所 山田 太郎', '産（産業界）', '富山商工会議所', 'なし']);
    expect(members.getRow(6).values).toEqual([undefined, '富山大学 佐藤 花子', '学（大学・研究機関）', undefined, 'k2 の関連事業の受託者', 'k2']);
    expect((await api.put(`/api/v1/verification-rounds/${id}/responses`, { responses: [{ kpi_id: null, response: 'x' }] }, s.planner)).status).toBe(409);
  });

  it('audits every write with counts and ids, never the comment text or names', async () => {
    const audit = await listAudit(db().handle.db, { ownerCode: TOYAMA, entityType: 'verification_round' });
    expect(audit.map((a) => a.action).sort()).toEqual(
      [
        'verification.create',
        'verification.add_member',
        'verification.add_member',
        'verification.open',
        'verification.comment',
        'verification.sign_off',
        'verification.sign_off',
        'verification.sign_off',
        'verification.sign_off',
        'verification.close',
        'verification.respond',
        'verification.publish',
      ].sort(),
    );
    const all = JSON.stringify(audit);
    for (const secret of [COMMENT, '山田', '佐藤', '@panel', '転入者調査']) expect(all).not.toContain(secret);
    expect(audit.find((a) => a.action === 'verification.comment')!.details).toEqual({ written: 2, removed: 0, kpi_ids: ['k1', ''] });
  });
});
