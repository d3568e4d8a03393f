/** The REST API over a real database (both modes), through Hono's request interface. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/http/app.ts';
import { readFileSync } from 'node:fs';
import { NATIONAL_STRATEGY_FILE } from '../src/platform/reference-data.ts';
import { describeEachDatabase } from './support/databases.ts';

const SID = 'chiiki-mirai-senryaku-2026';
const national = JSON.parse(readFileSync(NATIONAL_STRATEGY_FILE, 'utf8')) as { kpis: Array<{ id: string }>; nodes: unknown[] };

describeEachDatabase('REST API', (db) => {
  const app = () => createApp({ db: db().handle.db });

  it('lists the national strategy loaded at start', async () => {
    const res = await app().request('/api/v1/strategies');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { strategies: Array<{ id: string; owner_code: string; kpi_count: number }> };
    expect(body.strategies).toContainEqual(expect.objectContaining({ id: SID, owner_code: '000000', kpi_count: national.kpis.length }));
  });

  it('evaluates the national strategy: every KPI unmeasured or qualitative before actuals arrive', async () => {
    const res = await app().request(`/api/v1/strategies/${SID}/evaluation?as_of=2026-11-23`);
    expect(res.status).toBe(200);
    const ev = (await res.json()) as {
      as_of: string;
      kpis: Array<{ id: string; status: string; progress: number | null }>;
      summary: { total: number; by_status: Record<string, number>; by_node: Array<{ node: string; total: number }> };
    };
    expect(ev.as_of).toBe('2026-11-23');
    expect(ev.kpis.map((k) => k.id)).toEqual(national.kpis.map((k) => k.id));
    expect(ev.kpis.every((k) => k.status === '3' || k.status === '1C')).toBe(true);
    expect(ev.summary.total).toBe(national.kpis.length);
    expect(Object.values(ev.summary.by_status).reduce((a, b) => a + b, 0)).toBe(national.kpis.length);
    expect(ev.summary.by_node.find((n) => n.node === 'goal')?.total).toBe(national.kpis.length);
  });

  it('accepts Japanese dates for as_of and rejects bad ones with a located error', async () => {
    const ok = await app().request(`/api/v1/strategies/${SID}/evaluation?as_of=${encodeURIComponent('令和8年3月31日')}`);
    expect(((await ok.json()) as { as_of: string }).as_of).toBe('2026-03-31');
    const bad = await app().request(`/api/v1/strategies/${SID}/evaluation?as_of=tomorrow`);
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { code: string; issues: Array<{ column: string }> } };
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.issues[0]?.column).toBe('as_of');
  });

  it('returns 404 with a Japanese message for an unknown strategy or KPI', async () => {
    const res = await app().request('/api/v1/strategies/nope/evaluation');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('nope');
    const kpi = await app().request(`/api/v1/strategies/${SID}/kpis/NOPE-1`);
    expect(kpi.status).toBe(404);
  });

  it('serves one KPI with its definition and evaluation', async () => {
    const res = await app().request(`/api/v1/strategies/${SID}/kpis/IMP-02?as_of=2026-11-23`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { kpi: { id: string; baseline: { value: number; period: string } }; evaluation: { status: string; reason: string } };
    expect(body.kpi.baseline).toEqual({ value: 42, period: '2026' });
    expect(body.evaluation.status).toBe('3');
    expect(body.evaluation.reason).toContain('実績値がまだない');
  });

  it('serves a component of a composite KPI on its own', async () => {
    const res = await app().request(`/api/v1/strategies/${SID}/kpis/IMP-03a?as_of=2026-11-23`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { kpi: { id: string; node: string }; evaluation: { id: string; status: string } };
    expect(body.kpi).toMatchObject({ id: 'IMP-03a', node: 'impact-3' });
    expect(body.evaluation).toMatchObject({ id: 'IMP-03a', status: '3' });
  });

  it('downloads the evaluation as CSV (UTF-8 with BOM) and Excel with the official tables', async () => {
    const csv = await app().request(`/api/v1/strategies/${SID}/evaluation?as_of=2026-11-23&format=csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trim().split('\r\n');
    expect(lines[0]).toMatch(/^指標ID,構成元KPI,ノード,指標,/);
    // The two encodings download under their own names.
    expect(csv.headers.get('content-disposition')).toContain(`${SID}_evaluation_2026-11-23_utf8.csv`);
    const sjis = await app().request(`/api/v1/strategies/${SID}/evaluation?as_of=2026-11-23&format=csv&encoding=sjis`);
    expect(sjis.headers.get('content-disposition')).toContain(`${SID}_evaluation_2026-11-23_sjis.csv`);
    expect(lines.length).toBeGreaterThan(national.kpis.length); // components add rows

    const xlsx = await app().request(`/api/v1/strategies/${SID}/evaluation?as_of=2026-11-23&format=xlsx`);
    expect(xlsx.headers.get('content-disposition')).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['集計', 'ノード別', 'KPI別', '実績値']);
    const summary = wb.getWorksheet('集計')!;
    const rows = summary
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows).toContainEqual(['合計', national.kpis.length]);
    // Japanese conventions: 和暦 beside 西暦 in the title, Japanese headers and levels, widths, frozen headers.
    expect(summary.getCell('A1').value).toBe('地域未来戦略 KPI検証（令和8年（2026年）11月23日 時点）');
    const byNode = wb.getWorksheet('ノード別')!;
    const levels = new Set(byNode.getColumn(3).values.slice(2));
    expect(levels).toEqual(new Set(['目標', 'インパクト', 'アウトカム', 'アウトプット', 'その他']));
    const kpiSheet = wb.getWorksheet('KPI別')!;
    expect((kpiSheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['指標ID', '構成元KPI', 'ノード']);
    expect(kpiSheet.getColumn(4).width).toBeGreaterThanOrEqual(40);
    const obs = wb.getWorksheet('実績値')!;
    expect((obs.getRow(1).values as unknown[]).slice(1)).toEqual(['指標ID', '期間・年度', '実績値', '区分', '出典', '備考', '期間（表示）']);
    for (const ws of wb.worksheets.slice(1)) expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const targetPeriods = (kpiSheet.getColumn(10).values as unknown[]).slice(2).filter((v) => typeof v === 'string' && v);
    expect(targetPeriods.length).toBeGreaterThan(0);
    expect(targetPeriods.every((p) => /^\d{4}年(度)?$|^\d{4}年\d{1,2}月/.test(String(p)))).toBe(true);
  });

  it('evaluates a posted catalog without storing it, and locates errors in the posted JSON', async () => {
    const doc = {
      strategy: { id: 'adhoc', name: '試算' },
      nodes: [{ id: 'g', parent: null, level: 'goal', name: '目標' }],
      kpis: [
        {
          id: 'k1',
          node: 'g',
          name: '移住者数',
          unit: '人',
          direction: 'increase',
          baseline: { value: 100, period: '2020' },
          targets: [{ value: 200, period: '2025', text: '200人' }],
          observations: [{ period: '2023年', value: '１５０' }],
        },
      ],
    };
    const res = await app().request('/api/v1/evaluate?as_of=2024-01-01', { method: 'POST', body: JSON.stringify(doc, null, 2), headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(200);
    const ev = (await res.json()) as { kpis: Array<{ progress: number; status: string }> };
    expect(ev.kpis[0]).toMatchObject({ progress: 50, status: '1B' });
    const list = (await (await app().request('/api/v1/strategies')).json()) as { strategies: Array<{ id: string }> };
    expect(list.strategies.map((s) => s.id)).not.toContain('adhoc');

    const bad = JSON.stringify({ ...doc, kpis: [{ ...doc.kpis[0], observations: [{ period: '2023', value: 'abc' }] }] }, null, 2);
    const err = await app().request('/api/v1/evaluate', { method: 'POST', body: bad, headers: { 'content-type': 'application/json' } });
    expect(err.status).toBe(400);
    const issue = ((await err.json()) as { error: { issues: Array<{ line: number; column: string; code: string }> } }).error.issues[0]!;
    expect(issue.code).toBe('not_a_number');
    expect(issue.column).toBe('kpis[0].observations[0].value');
    expect(bad.split('\n')[issue.line - 1]).toContain('"abc"');
  });

  it('finds areas by 団体コード, with or without the check digit', async () => {
    const r5 = (await (await app().request('/api/v1/areas/13101')).json()) as { code: string; name: string; level: string };
    expect(r5).toMatchObject({ code: '131016', name: '千代田区', level: 'municipality' });
    const prefs = (await (await app().request('/api/v1/areas?level=prefecture')).json()) as { areas: unknown[] };
    expect(prefs.areas).toHaveLength(47);
    const bad = await app().request('/api/v1/areas/131017');
    expect(bad.status).toBe(400);
  });
});

describe('OpenAPI document', () => {
  it('describes the versioned API', async () => {
    const app = createApp({ db: undefined as never });
    const res = await app.request('/api/openapi.json');
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/strategies',
        '/api/v1/strategies/{strategyId}/evaluation',
        '/api/v1/strategies/{strategyId}/kpis/{kpiId}',
        '/api/v1/evaluate',
        '/api/v1/areas/{code}',
      ]),
    );
  });
});
