/**
 * Progress rounds through the API, on both databases: the secretariat opens a round, the owner
 * drafts, saves (optimistic lock), submits; the secretariat returns and accepts; an accepted
 * report is locked and corrected only as an audited revision; late items need their cause; a
 * withdrawal criterion met in consecutive rounds flags the plan until the owner decides; the
 * summary as JSON and Excel (formula-like text neutralised); the public sees figures only after
 * publication.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/http/app.ts';
import { listAudit } from '../src/modules/audit/index.ts';
import { loadExcelJS } from '../src/shared/load-exceljs.ts';
import { describeEachDatabase } from './support/databases.ts';
import { addUser, requester, signIn, type App, type Session } from './support/plan-api.ts';
import { publishedBPlan } from './support/plan-rounds.ts';

const TOYAMA = '160008';
type Json = Record<string, unknown>;
type Report = {
  status: string;
  lock_version: number;
  revision: number;
  items: { action_id: string; done: string }[];
  kpi_values: { kpi_id: string; period: string; value: number }[];
};

/** Every 5W1H item of completePlan('B') (the first of each measure is due 2027-03, the second 2028-03-31). */
const items = (doneText = '協議会を4回開催した') => [
  { action_id: 'b-api-1', status: 'delayed', done: doneText, delay_cause: '用地の取得が遅れた' },
  { action_id: 'b-api-2', status: 'in_progress', done: '講座の準備' },
  { action_id: 'b-qa-1', status: 'done', done: '協議会を設置した' },
  { action_id: 'b-qa-2', status: 'not_started' },
];

describeEachDatabase('plan progress rounds', (db) => {
  let app: App;
  let api: ReturnType<typeof requester>;
  let planner: Session;
  let secretariat: Session;
  let other: Session;
  let planId = '';
  let r1 = '';
  let r2 = '';
  const report = (round: string) => `/api/v1/plans/${planId}/reports/${round}`;
  const body = async (res: Response) => (await res.json()) as Json;

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
    planId = await publishedBPlan(api, planner, secretariat);
  });

  describe('opening rounds', () => {
    it('lets only the secretariat open a round, and names what is wrong', async () => {
      const round = { title: '令和8年度上期 進捗確認', plan_types: ['B', 'C'], period_start: '2026-04-01', period_end: '2026-09-30', deadline: '2026-10-31' };
      expect((await api.post('/api/v1/plan-rounds', round, planner)).status).toBe(403);
      expect((await api.post('/api/v1/plan-rounds', round)).status).toBe(401);
      const bad = await api.post('/api/v1/plan-rounds', { ...round, deadline: '2027-09-01', period_end: '2027-02-30' }, secretariat);
      expect(bad.status).toBe(400);
      expect(JSON.stringify(await bad.json())).toContain('2027-02-30');
      const a = await api.post('/api/v1/plan-rounds', { ...round, plan_types: ['A'], period_end: '2026-12-31', deadline: '2027-01-31' }, secretariat);
      expect(a.status).toBe(400);
      expect(JSON.stringify(await a.json())).toContain('半期');
      const ok = await api.post('/api/v1/plan-rounds', round, secretariat);
      expect(ok.status).toBe(201);
      r1 = ((await body(ok)).round as { id: string }).id;
      const r = await api.post(
        '/api/v1/plan-rounds',
        { ...round, title: '令和8年度下期 進捗確認', period_start: '2026-10-01', period_end: '2027-03-31', deadline: '2027-04-30' },
        secretariat,
      );
      r2 = ((await body(r)).round as { id: string }).id;
      const list = (await body(await api.get('/api/v1/plan-rounds', planner))) as {
        rounds: { id: string; plans: number; my_reports: { plan_id: string; report_status: string }[] }[];
      };
      expect(list.rounds.map((x) => x.id)).toEqual([r2, r1]);
      expect(list.rounds[0]!.my_reports).toEqual([expect.objectContaining({ plan_id: planId, report_status: 'none' })]);
      expect(((await body(await api.get('/api/v1/plan-rounds'))) as { rounds: unknown[] }).rounds).toHaveLength(0);
      const audit = await listAudit(db().handle.db, { ownerCode: '000000', entityType: 'plan_round', entityId: r1 });
      expect(audit.map((e) => e.action)).toEqual(['plan_round.open']);
    });
  });

  describe('reporting', () => {
    it('refuses a late item without its cause, naming the item, and saves nothing', async () => {
      const res = await api.put(report(r1), { lock_version: 0, items: [{ action_id: 'b-api-1', status: 'delayed', done: '' }], kpi_values: [] }, planner);
      expect(res.status).toBe(400);
      const issues = ((await body(res)).error as { issues: { column: string; code: string; reason: string }[] }).issues;
      expect(issues[0]).toMatchObject({ column: 'items[0].delay_cause', code: 'delay_cause_required' });
      expect(issues[0]!.reason).toContain('協議会を設置し');
      expect(((await body(await api.get(report(r1), planner))) as { report: unknown }).report).toBeNull();
    });

    it('saves a draft with Japanese numbers, refuses a stale save (409) and other prefectures', async () => {
      const draft = {
        lock_version: 0,
        items: items(),
        kpi_values: [
          { kpi_id: 'kpi-api', value: '2' },
          { kpi_id: 'kgi-capex', value: '1.5億' },
        ],
      };
      expect((await api.put(report(r1), draft, other)).status).toBe(403);
      const saved = await api.put(report(r1), draft, planner);
      expect(saved.status).toBe(200);
      const r = (await body(saved)).report as Report;
      expect(r).toMatchObject({ status: 'draft', lock_version: 1 });
      expect(r.kpi_values).toEqual([
        { kpi_id: 'kpi-api', period: '2026-09', value: 2 },
        { kpi_id: 'kgi-capex', period: '2026-09', value: 150_000_000 },
      ]);
      const stale = await api.put(report(r1), { ...draft, items: items('古い内容') }, planner);
      expect(stale.status).toBe(409);
      expect(((await body(stale)).error as { current: { version: string } }).current.version).toBe('1');
      const got = (await body(await api.get(report(r1), planner))) as { report: Report };
      expect(got.report.items[0]!.done).toBe('協議会を4回開催した');
    });

    it('submits, is returned with a comment, resubmits and is accepted — then locked', async () => {
      const submit = (v: number) => api.post(`${report(r1)}/submit`, { lock_version: v }, planner);
      expect((await submit(1)).status).toBe(200);
      expect((await api.put(report(r1), { lock_version: 2, items: items(), kpi_values: [] }, planner)).status).toBe(403);
      expect((await api.post(`${report(r1)}/review`, { lock_version: 2, decision: 'accept' }, planner)).status).toBe(403);
      expect((await api.post(`${report(r1)}/review`, { lock_version: 2, decision: 'return' }, secretariat)).status).toBe(400);
      const ret = await api.post(`${report(r1)}/review`, { lock_version: 2, decision: 'return', comment: 'KPI実績の根拠を追記してください' }, secretariat);
      expect(((await body(ret)).report as Report).status).toBe('returned');
      const fixed = { lock_version: 3, items: items('=1+1'), kpi_values: [{ kpi_id: 'kpi-api', value: 0 }] };
      expect((await api.put(report(r1), fixed, planner)).status).toBe(200);
      expect((await submit(4)).status).toBe(200);
      const acc = await api.post(`${report(r1)}/review`, { lock_version: 5, decision: 'accept' }, secretariat);
      expect(acc.status).toBe(200);
      const accepted = await body(acc);
      expect((accepted.report as Report).status).toBe('accepted');
      // one round below the path is not yet two in a row
      expect(accepted.withdrawal_met).toEqual([]);
      const locked = await api.put(report(r1), { ...fixed, lock_version: 6 }, planner);
      expect(locked.status).toBe(403);
      expect(JSON.stringify(await locked.json())).toContain('ロック');
      const audit = await listAudit(db().handle.db, { ownerCode: TOYAMA, entityType: 'plan_report', entityId: `${planId}/${r1}` });
      expect(audit.map((e) => e.action).reverse()).toEqual([
        'plan_report.save',
        'plan_report.submit',
        'plan_report.return',
        'plan_report.save',
        'plan_report.submit',
        'plan_report.accept',
      ]);
    });

    it('corrects an accepted report only as an audited revision with its reason', async () => {
      const fix = { lock_version: 6, items: items('=1+1'), kpi_values: [{ kpi_id: 'kpi-api', value: 3 }], reason: '' };
      expect((await api.post(`${report(r1)}/corrections`, fix, planner)).status).toBe(400);
      expect((await api.post(`${report(r1)}/corrections`, { ...fix, reason: '集計誤り' }, other)).status).toBe(403);
      const res = await api.post(`${report(r1)}/corrections`, { ...fix, reason: '集計誤り' }, planner);
      expect(res.status).toBe(200);
      expect((await body(res)).report).toMatchObject({ status: 'accepted', revision: 1, kpi_values: [{ kpi_id: 'kpi-api', period: '2026-09', value: 3 }] });
      const [last] = await listAudit(db().handle.db, { ownerCode: TOYAMA, entityType: 'plan_report', entityId: `${planId}/${r1}` });
      expect(last).toMatchObject({ action: 'plan_report.correct' });
      const d = last!.details as { reason: string; before: { kpi_values: { value: number }[] }; after: { kpi_values: { value: number }[] } };
      expect([d.reason, d.before.kpi_values[0]!.value, d.after.kpi_values[0]!.value]).toEqual(['集計誤り', 0, 3]);
    });
  });

  describe('withdrawal criteria and decisions', () => {
    it('flags the plan when its criterion is met in two consecutive rounds, until the owner decides', async () => {
      // the path expects 3 品目 at 2026-09 (baseline 2, 12 by 2030年度): 3 is on it; 0 lags by 30 points
      const back = { lock_version: 7, items: items('=1+1'), kpi_values: [{ kpi_id: 'kpi-api', value: 0 }], reason: '訂正の取り消し' };
      expect((await api.post(`${report(r1)}/corrections`, back, planner)).status).toBe(200);
      const plan = async () => (await body(await api.get(`/api/v1/plans/${planId}`, planner))).plan as { withdrawal_flag: boolean; status: string };
      expect((await plan()).withdrawal_flag).toBe(false);
      // by 2027-03-31 the first item's deadline (2027-03) has passed: unfinished, it needs a cause
      const late = [{ action_id: 'b-api-1', status: 'in_progress' }, ...items().slice(1)];
      const missing = await api.put(report(r2), { lock_version: 0, items: late, kpi_values: [] }, planner);
      expect(missing.status).toBe(400);
      expect(((await body(missing)).error as { issues: { column: string; reason: string }[] }).issues).toEqual([
        expect.objectContaining({ column: 'items[0].delay_cause', reason: expect.stringContaining('期限（2027-03）を過ぎて「実施中」') }),
      ]);
      expect((await api.put(report(r2), { lock_version: 0, items: items(), kpi_values: [{ kpi_id: 'kpi-api', value: 0 }] }, planner)).status).toBe(200);
      expect((await api.post(`${report(r2)}/submit`, { lock_version: 1 }, planner)).status).toBe(200);
      const acc = await api.post(`${report(r2)}/review`, { lock_version: 2, decision: 'accept' }, secretariat);
      expect((await body(acc)).withdrawal_met).toEqual([{ criterion_id: 'wd-api', explanation: expect.stringContaining('2回連続で30ポイント以上下回りました') }]);
      expect((await plan()).withdrawal_flag).toBe(true);
      const got = (await body(await api.get(report(r2), planner))) as { withdrawal_decisions: { round_id: string; decision: string | null }[] };
      expect(got.withdrawal_decisions).toEqual([expect.objectContaining({ round_id: r2, decision: null })]);
    });

    it('records the decision: continue needs a reason and clears the flag; only the owner decides', async () => {
      const path = `${report(r2)}/withdrawal-decision`;
      expect((await api.post(path, { decision: 'continue' }, planner)).status).toBe(400);
      expect((await api.post(path, { decision: 'continue', reason: '工場用地の取得が完了し、来期に2品目の生産開始が確定しているため' }, secretariat)).status).toBe(403);
      const res = await api.post(path, { decision: 'continue', reason: '工場用地の取得が完了し、来期に2品目の生産開始が確定しているため' }, planner);
      expect(await body(res)).toEqual({ withdrawal_flag: false, status: 'published' });
      expect((await api.post(path, { decision: 'withdraw', reason: 'x' }, planner)).status).toBe(404);
      const got = (await body(await api.get(report(r2), planner))) as { withdrawal_decisions: { decision: string; reason: string }[] };
      expect(got.withdrawal_decisions[0]).toMatchObject({ decision: 'continue' });
      const audit = await listAudit(db().handle.db, { ownerCode: TOYAMA, entityType: 'plan', entityId: planId });
      expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['plan.withdrawal_met', 'plan.withdrawal_decision']));
    });
    it('withdraws the plan through the workflow when the owner decides so in a later round', async () => {
      const res = await api.post(
        '/api/v1/plan-rounds',
        { title: '令和9年度上期 進捗確認', plan_types: ['B'], period_start: '2027-04-01', period_end: '2027-09-30', deadline: '2027-10-31' },
        secretariat,
      );
      const r3 = ((await body(res)).round as { id: string }).id;
      const done = items().map((i) => ({ ...i, status: 'done' }));
      // two first saves at once: one creates the report, the other is told to reload (never a 500)
      const first = { lock_version: 0, items: done, kpi_values: [{ kpi_id: 'kpi-api', value: 0 }] };
      const saves = await Promise.all([api.put(report(r3), first, planner), api.put(report(r3), first, planner)]);
      expect(saves.map((r) => r.status).sort()).toEqual([200, 409]);
      expect((await api.post(`${report(r3)}/submit`, { lock_version: 1 }, planner)).status).toBe(200);
      const acc = await body(await api.post(`${report(r3)}/review`, { lock_version: 2, decision: 'accept' }, secretariat));
      expect((acc.withdrawal_met as unknown[]).length).toBe(1);
      const path = `${report(r3)}/withdrawal-decision`;
      expect((await api.post(path, { decision: 'withdraw' }, planner)).status).toBe(400);
      const w = await api.post(path, { decision: 'withdraw', reason: '原薬工場の誘致が見込めなくなったため' }, planner);
      expect(await body(w)).toEqual({ withdrawal_flag: false, status: 'withdrawn' });
      const got = (await body(await api.get(`/api/v1/plans/${planId}`, planner))) as { plan: { status: string; withdrawal_flag: boolean }; events: { action: string }[] };
      expect(got.plan).toMatchObject({ status: 'withdrawn', withdrawal_flag: false });
      expect(got.events.map((e) => e.action).slice(-2)).toEqual(['withdrawal_decision', 'withdraw']);
      // a withdrawn plan is asked by no further round, but stays in the summaries of the rounds it reported in
      const list = (await body(await api.get('/api/v1/plan-rounds', planner))) as { rounds: { id: string; plans: number }[] };
      expect(list.rounds.find((x) => x.id === r3)!.plans).toBe(0);
      const s = (await body(await api.get(`/api/v1/plan-rounds/${r3}`, secretariat))) as { plans: { plan_id: string; status: string }[] };
      expect(s.plans).toEqual([expect.objectContaining({ plan_id: planId, status: 'withdrawn' })]);
    });
  });

  describe('summary, Excel and publication', () => {
    it('summarises the round per plan, type and prefecture', async () => {
      const s = (await body(await api.get(`/api/v1/plan-rounds/${r1}`, secretariat))) as {
        totals: { plans: number; accepted: number; late_items: number };
        by_type: { type: string; plans: number }[];
        by_prefecture: { pref_code: string; name: string; accepted: number }[];
        plans: { plan_id: string; report_status: string; items_by_status: Record<string, number>; bottlenecks: { kind: string }[] }[];
      };
      expect(s.totals).toMatchObject({ plans: 1, accepted: 1, late_items: 1 });
      expect(s.by_type).toEqual([expect.objectContaining({ type: 'B', plans: 1 }), expect.objectContaining({ type: 'C', plans: 0 })]);
      expect(s.by_prefecture).toEqual([expect.objectContaining({ pref_code: '16', name: '富山県', accepted: 1 })]);
      expect(s.plans[0]).toMatchObject({ plan_id: planId, report_status: 'accepted', items_by_status: { delayed: 1, in_progress: 1, done: 1, not_started: 1 } });
      expect(s.plans[0]!.bottlenecks.map((b) => b.kind)).toContain('kpi_off_path');
    });

    it('exports the summary as Excel with Japanese headers, 和暦 and neutralised formula-like text', async () => {
      const res = await api.get(`/api/v1/plan-rounds/${r1}?format=xlsx`, secretariat);
      expect(res.status).toBe(200);
      const ExcelJS = await loadExcelJS();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await res.arrayBuffer());
      const overview = wb.getWorksheet('概要')!;
      expect(String(overview.getCell('B3').value)).toBe('令和8年（2026年）4月1日〜令和8年（2026年）9月30日');
      const items5w = wb.getWorksheet('5W1H')!;
      expect(items5w.getRow(1).values).toEqual(expect.arrayContaining(['状況', '実施内容', '遅れの原因']));
      const doneCells = items5w.getColumn(7).values.filter((v) => typeof v === 'string');
      expect(doneCells).toContain("'=1+1");
      expect(wb.getWorksheet('都道府県別')!.getCell('B2').value).toBe('富山県');
    });

    it('shows the public the round and its figures only after publication', async () => {
      const pub = async () => (await body(await api.get(`/api/v1/plans/${planId}`))).evaluation as { kpis: { id: string; observations?: unknown[]; latest?: unknown }[] };
      expect((await api.get(`/api/v1/plan-rounds/${r1}`)).status).toBe(404);
      const before = JSON.stringify(await pub());
      expect((await api.post(`/api/v1/plan-rounds/${r1}/publish`, {}, planner)).status).toBe(403);
      expect((await api.post(`/api/v1/plan-rounds/${r1}/publish`, {}, secretariat)).status).toBe(200);
      expect((await api.post(`/api/v1/plan-rounds/${r1}/publish`, {}, secretariat)).status).toBe(409);
      const s = (await body(await api.get(`/api/v1/plan-rounds/${r1}`))) as { view: string; plans: { return_comment: string; kpi_values: { kpi_id: string; value: number }[] }[] };
      expect(s.view).toBe('public');
      // the return comment stays between the secretariat and the owner
      expect(s.plans[0]!.return_comment).toBe('');
      expect(s.plans[0]!.kpi_values).toEqual([expect.objectContaining({ kpi_id: 'kpi-api', value: 0 })]);
      const after = JSON.stringify(await pub());
      expect(before).not.toContain('2026-09');
      expect(after).toContain('2026-09');
      // round 2 is not published: its figures stay hidden from the public
      expect((await api.get(`/api/v1/plan-rounds/${r2}`)).status).toBe(404);
      const closed = await api.put(report(r1), { lock_version: 8, items: items(), kpi_values: [] }, planner);
      expect(closed.status).toBe(400);
      expect(JSON.stringify(await closed.json())).toContain('公表済み');
    });
  });
});
