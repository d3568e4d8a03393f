/**
 * Strategies compared across governments, on both databases: every KPI bound to one indicator,
 * evaluated by the engine, the asking government first, then its 類似団体 (from the shipped
 * population data) by rank, then the others; the indicator's own figures for the government and
 * its 類似団体 beside them; the workbook; clear errors.
 */
import { Command } from 'commander';
import { beforeAll, expect, it } from 'vitest';
import type { CliRuntime } from '../src/infra/cli/runtime.ts';
import { registerKpiCompare } from '../src/modules/kpi-bindings/cli/compare.ts';
import { createApp } from '../src/http/app.ts';
import { operatorPrincipal } from '../src/modules/auth/index.ts';
import { importFile } from '../src/modules/kpi/index.ts';
import { bindKpi } from '../src/modules/kpi-bindings/index.ts';
import { upsertIndicators, writeValues } from '../src/modules/statistics/index.ts';
import { loadExcelJS } from '../src/shared/load-exceljs.ts';
import { parsePeriod } from '../src/shared/periods.ts';
import { oneKpiStrategy } from './support/comparison-strategy.ts';
import { describeEachDatabase } from './support/databases.ts';

const TOYAMA = '162019';
const SAPPORO = '011002';
const IND = 'test_comparison_count';

interface Row {
  owner_code: string;
  relation: string;
  similar_rank: number | null;
  strategy_id: string;
  kpi_id: string;
  series_area: { code: string; name: string | null };
  evaluation: { status: string; status_label: string; progress: number | null; baseline: { value: number } | null; actual: { period: string; value: number } | null };
}
interface Peer {
  code: string;
  relation: string;
  similar_rank: number | null;
  latest: { period: string; value: number } | null;
  earlier: { period: string; value: number } | null;
  change: number | null;
  kpi_count: number;
}
interface Comparison {
  area: { code: string; name: string } | null;
  similar: { label: string | null; note: string | null };
  total: number;
  truncated: boolean;
  rows: Row[];
  peers: Peer[];
  attribution: string[];
}

describeEachDatabase(
  'strategies compared by a bound indicator',
  (db) => {
    let app: ReturnType<typeof createApp>;
    let similar: string[] = [];
    const get = async (q: string) => app.request(`/api/v1/strategy-comparison?${q}`);
    const compare = async (q: string) => {
      const res = await get(q);
      expect(res.status).toBe(200);
      return (await res.json()) as Comparison;
    };

    beforeAll(async () => {
      const h = db().handle.db;
      app = createApp({ db: h, webRoot: null });
      const sim = (await (await app.request(`/api/v1/areas/${TOYAMA}/similar?count=10`)).json()) as { comparators: { code: string }[] };
      similar = sim.comparators.map((c) => c.code);
      expect(similar).toHaveLength(10);
      await upsertIndicators(h, [{ code: IND, nameJa: '移住相談件数（テスト）', unit: '件', category: 'population', source: '出典：テスト', licence: 'CC BY 4.0' }]);
      const v = (area: string, period: string, value: number) => ({ areaCode: area, indicatorCode: IND, period: parsePeriod(period), value, flag: null });
      await writeValues(h, [
        v(TOYAMA, 'FY2020', 100),
        v(TOYAMA, 'FY2025', 110),
        v(similar[0]!, 'FY2020', 50),
        v(similar[0]!, 'FY2025', 45),
        v(similar[1]!, 'FY2025', 70),
        v(SAPPORO, 'FY2020', 200),
        v(SAPPORO, 'FY2025', 260),
      ]);
      for (const [owner, base, target] of [
        [SAPPORO, 200, 250],
        [TOYAMA, 100, 120],
        [similar[0]!, 50, 60],
      ] as const) {
        await importFile(h, { bytes: oneKpiStrategy(owner, base, target), file: `${owner}.json`, actor: 'test' });
        await bindKpi(h, { strategy: `cmp-${owner}`, kpi: 'K-1', indicator: IND, area: owner }, operatorPrincipal('test'));
      }
    });

    it('puts the government first, then its 類似団体 by rank, then the others, each KPI evaluated by the engine', async () => {
      const r = await compare(`indicator=${IND}&area=${TOYAMA}&as_of=2026-12-01`);
      expect(r.area).toEqual({ code: TOYAMA, name: '富山市' });
      expect(r.similar.label).toContain('中核市');
      expect(r.total).toBe(3);
      expect(r.truncated).toBe(false);
      expect(r.rows.map((x) => [x.owner_code, x.relation, x.similar_rank])).toEqual([
        [TOYAMA, 'self', null],
        [similar[0], 'similar', 1],
        [SAPPORO, 'other', null],
      ]);
      const [toyama, first, sapporo] = r.rows;
      // (110 − 100) / (120 − 100) = 50 %
      expect(toyama!.evaluation).toMatchObject({ status: '1B', progress: 50, baseline: { value: 100 }, actual: { period: 'FY2025', value: 110 } });
      // 45 is below the baseline 50: no progress
      expect(first!.evaluation).toMatchObject({ status: '2', progress: -50, actual: { value: 45 } });
      // 260 over the target 250
      expect(sapporo!.evaluation).toMatchObject({ status: '1A', progress: 120, actual: { value: 260 } });
      expect(sapporo!.series_area).toEqual({ code: SAPPORO, name: '札幌市' });
      expect(r.attribution).toEqual(['出典：テスト']);
    });

    it('shows the indicator’s own figures for the government and each of its 類似団体, with or without a strategy', async () => {
      const r = await compare(`indicator=${IND}&area=${TOYAMA}&as_of=2026-12-01`);
      expect(r.peers.map((p) => p.code)).toEqual([TOYAMA, ...similar]);
      expect(r.peers[0]).toMatchObject({ relation: 'self', latest: { period: 'FY2025', value: 110 }, earlier: { period: 'FY2020', value: 100 }, change: 10, kpi_count: 1 });
      expect(r.peers[1]).toMatchObject({ relation: 'similar', similar_rank: 1, change: -5, kpi_count: 1 });
      expect(r.peers[2]).toMatchObject({ similar_rank: 2, latest: { value: 70 }, earlier: null, change: null, kpi_count: 0 });
      expect(r.peers[3]).toMatchObject({ similar_rank: 3, latest: null, kpi_count: 0 });
    });

    it('without a government, lists every bound KPI by 団体コード', async () => {
      const r = await compare(`indicator=${IND}`);
      expect(r.rows.map((x) => x.owner_code)).toEqual([SAPPORO, TOYAMA, similar[0]].sort());
      expect(r.rows.every((x) => x.relation === 'other')).toBe(true);
      expect(r.peers).toEqual([]);
    });

    it('for a prefecture answers without 類似団体 and says why', async () => {
      const r = await compare(`indicator=${IND}&area=160008`);
      expect(r.similar.label).toBeNull();
      expect(r.similar.note).toMatch(/^類似団体は示せません：/);
      expect(r.peers.map((p) => [p.code, p.relation])).toEqual([['160008', 'self']]);
    });

    it('lists the indicators that can be compared, with their counts', async () => {
      const r = (await (await app.request('/api/v1/strategy-comparison/indicators')).json()) as { indicators: { code: string; kpi_count: number; government_count: number }[] };
      expect(r.indicators.find((i) => i.code === IND)).toMatchObject({ kpi_count: 3, government_count: 3 });
    });

    it('downloads the comparison as a workbook, in the same order', async () => {
      const res = await get(`indicator=${IND}&area=${TOYAMA}&as_of=2026-12-01&format=xlsx`);
      expect(res.status).toBe(200);
      expect(decodeURIComponent(res.headers.get('content-disposition')!)).toContain('戦略の比較_移住相談件数（テスト）_2026-12-01.xlsx');
      const ExcelJS = await loadExcelJS();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await res.arrayBuffer());
      const kpis = wb.getWorksheet('戦略KPIの比較')!;
      expect(kpis.getRow(2).getCell(1).value).toMatch(/^富山市（団体コード 162019）と中核市.+／評価基準日 令和8年（2026年）12月1日$/);
      expect(kpis.getRow(4).getCell(1).value).toBe('区分');
      expect([1, 2, 3, 9, 13, 15, 16].map((c) => kpis.getRow(5).getCell(c).value)).toEqual(['自団体', TOYAMA, '富山市', 100, 110, 50, '①B 進捗']);
      expect(kpis.getRow(6).getCell(1).value).toBe('類似団体（1位）');
      const peers = wb.getWorksheet('類似団体の指標値')!;
      expect([1, 2, 5, 6, 7, 8, 9, 10].map((c) => peers.getRow(5).getCell(c).value)).toEqual(['自団体', TOYAMA, 110, '2025年度', 100, '2020年度', 10, 1]);
    });

    it('prints the same comparison from the CLI (sousei kpi compare), as JSON and as text', async () => {
      const out: string[] = [];
      const rt = {
        io: { stdout: { write: (c: string) => void out.push(c) }, stderr: { write: () => undefined } },
        where: 'standalone',
        withPlatform: (_o: unknown, _n: string, fn: (h: unknown) => Promise<unknown>) => fn(db().handle),
      } as unknown as CliRuntime;
      const program = new Command().exitOverride();
      registerKpiCompare(program, rt);
      await program.parseAsync(['node', 'sousei', 'kpi', 'compare', '--indicator', IND, '--area', '16201', '--as-of', '2026-12-01', '--format', 'json']);
      expect(JSON.parse(out[0]!)).toEqual(await compare(`indicator=${IND}&area=${TOYAMA}&as_of=2026-12-01`));
      await program.parseAsync(['node', 'sousei', 'kpi', 'compare', '--indicator', IND, '--area', TOYAMA, '--as-of', '2026-12-01']);
      const lines = out[1]!.split('\n');
      expect(lines[0]).toBe('移住相談件数（テスト）（件）に連動したKPI 3件（評価基準日 2026-12-01）');
      expect(lines[1]).toBe(
        `自団体\t${TOYAMA} 富山市\tcmp-${TOYAMA}/K-1 移住相談件数\t基準 100件（2020年度）\t目標 120件（2030年度）\t実績 110件（2025年度）\t進捗率 50%\t①B 進捗`,
      );
      expect(lines.find((l) => l.startsWith('自団体') && l.includes('最新'))).toBe(`自団体\t${TOYAMA} 富山市\t最新 110件（2025年度）\t増減 10件\t連動KPI 1件`);
    });

    it('refuses an unknown indicator or a malformed 団体コード with the field named (400, never 5xx)', async () => {
      const issue = async (q: string) => {
        const res = await get(q);
        expect(res.status).toBe(400);
        return ((await res.json()) as { error: { issues: { column: string; code: string }[] } }).error.issues[0]!;
      };
      expect(await issue('indicator=nope')).toMatchObject({ column: 'indicator', code: 'unknown_indicator' });
      expect(await issue(`indicator=${IND}&area=162011`)).toMatchObject({ column: 'area', code: 'invalid_code' });
      expect(await issue(`indicator=${IND}&as_of=2026-13-45`)).toMatchObject({ column: 'as_of', code: 'invalid_date' });
      expect((await get('indicator=')).status).toBe(400);
    });
  },
  { statistics: true },
);
