/**
 * KPI definitions imported from CSV/Excel tables (one row per KPI or component) into a stored
 * strategy, against both databases: the export round trip, Shift_JIS with Japanese headers and
 * full-width digits, appended target revisions, components, located errors that leave the
 * database untouched, and Excel. The tests in this suite run in order on one database.
 * Input files are built in the tests from the fixture catalog (test/fixtures/catalog-small.json).
 */
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/client.ts';
import { listAudit } from '../src/modules/audit/index.ts';
import {
  catalogToJson,
  evaluateCatalog,
  importFile,
  isKpiTable,
  kpis,
  kpisToCsv,
  loadCatalog,
  readCsvTable,
  readJsonCatalog,
  saveCatalog,
  strategies,
  type CatalogKpi,
  type CsvEncoding,
  type ImportRequest,
} from '../src/modules/kpi/index.ts';
import { InputError } from '../src/shared/errors.ts';
import { parseDay } from '../src/shared/periods.ts';
import { encodeText } from '../src/shared/text-encoding.ts';
import { describeEachDatabase } from './support/databases.ts';
import { count, rejection, snapshot } from './support/db-snapshot.ts';

const SID = 'test-strategy';
const NATION = '000000';
const CATALOG_FILE = 'catalog-small.json';
const catalogBytes = () => new Uint8Array(readFileSync(new URL(`./fixtures/${CATALOG_FILE}`, import.meta.url)));

/** Today in Japan (the service's default for target_set_in), computed independently of src/. */
const tokyoToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

async function revisionOf(db: Database, strategyId = SID): Promise<number> {
  const [row] = await db.select({ revision: strategies.revision }).from(strategies).where(eq(strategies.id, strategyId));
  return row!.revision;
}

/** A CSV the way Excel writes one: CRLF line ends, a final line break. */
const csv = (lines: string[], encoding: CsvEncoding = 'utf8') => encodeText(`${lines.join('\r\n')}\r\n`, encoding);

const kpiRequest = (bytes: Uint8Array, file: string, extra: Partial<ImportRequest> = {}): ImportRequest => ({ bytes, file, actor: 'test:kpis', strategyId: SID, ...extra });

/** Every KPI and component of a catalog, by id. */
function byId(kpiList: CatalogKpi[]): Map<string, CatalogKpi> {
  const out = new Map<string, CatalogKpi>();
  for (const k of kpiList) {
    out.set(k.id, k);
    for (const c of k.components) out.set(c.id, c);
  }
  return out;
}

const targetsOf = (k: CatalogKpi | undefined) => k!.targets.map((t) => [t.value, t.period?.label ?? null, t.text, t.setIn]);

/** The fixture catalog again (replace), so a section starts from known rows whatever came before. */
async function restoreFixtureCatalog(db: Database): Promise<void> {
  await importFile(db, { bytes: catalogBytes(), file: CATALOG_FILE, actor: 'test:setup', replace: true });
}

describeEachDatabase('KPI definitions from CSV/Excel', (database) => {
  const db = () => database().handle.db;

  beforeAll(async () => {
    const r = await importFile(db(), { bytes: catalogBytes(), file: CATALOG_FILE, actor: 'test:setup' });
    expect(r).toEqual({ kind: 'catalog', strategy: SID, created: true, kpis: 7, observations: 6 });
  });

  describe('recognising a KPI table', () => {
    it('a table with node and direction columns (English or Japanese) is a KPI list; an actuals table is not', () => {
      expect(isKpiTable(readCsvTable('kpi_id,node,name,direction\nT-01,output-1,x,increase\n', 'a.csv'))).toBe(true);
      expect(isKpiTable(readCsvTable('指標ID,ノード,指標名,方向\nT-01,output-1,x,増加\n', 'b.csv'))).toBe(true);
      expect(isKpiTable(readCsvTable('kpi_id,period,value\nT-01,FY2026,1\n', 'c.csv'))).toBe(false);
      // a node column alone is not enough
      expect(isKpiTable(readCsvTable('kpi_id,node,period,value\nT-01,output-1,FY2026,1\n', 'd.csv'))).toBe(false);
    });
  });

  describe('export round trip', () => {
    it.each<CsvEncoding>(['utf8-bom', 'sjis'])('kpisToCsv (%s) → import: every row unchanged, no revision, no audit entry', async (encoding) => {
      await restoreFixtureCatalog(db());
      const catalog = await loadCatalog(db(), SID);
      const bytes = kpisToCsv(catalog, encoding);
      const before = await snapshot(db());

      const r = await importFile(db(), kpiRequest(bytes, `${SID}_kpis.csv`, { actor: 'test:roundtrip' }));

      expect(r).toEqual({ kind: 'kpis', strategy: SID, rows: 7, added: 0, updated: 0, unchanged: 7, targets_revised: 0 });
      const after = await snapshot(db());
      expect(after.counts).toEqual(before.counts);
      expect(after.strategies[0]).toMatchObject({ id: before.strategies[0]!.id, revision: before.strategies[0]!.revision });
      expect(after.kpis).toEqual(before.kpis);
      expect(after.kpiTargets).toEqual(before.kpiTargets);
      expect(after).toEqual(before);
      expect(catalogToJson(await loadCatalog(db(), SID))).toEqual(catalogToJson(catalog));
    });

    it('the exported CSV names every KPI and component with its current target and original wording', async () => {
      await restoreFixtureCatalog(db());
      const text = new TextDecoder().decode(kpisToCsv(await loadCatalog(db(), SID), 'utf8'));
      expect(text.split('\r\n')).toEqual([
        'kpi_id,node,parent_kpi,name,unit,direction,baseline_value,baseline_period,target_value,target_period,target_text,target_set_in,is_new',
        'T-01,output-1,,移住者数,人,increase,10000,FY2024,20000,FY2030,2万人（2030年度）,2026-06-30,',
        'T-02,impact-1,,就業率,%,increase,60,2024,70,2030,70%（2030年）,2026-06-30,',
        'T-03,impact-1,,若者・女性の定着率,%,increase,,,,,若者44%・女性49%（2030年度）,,',
        'T-03a,impact-1,T-03,若者の定着率,%,increase,40,FY2024,44,FY2030,,2026-06-30,',
        'T-03b,impact-1,T-03,女性の定着率,%,increase,45,FY2024,49,FY2030,,2026-06-30,',
        // target_text is the KPI's original wording (目標（原文）), not the latest revision's note
        'T-04,output-1,,観光入込客数,万人,increase,100,FY2020,200,FY2030,200万人（2030年度）,2026-06-30,',
        'T-05,output-2,,待機児童数,人,decrease,50,FY2024,0,FY2030,0人（2030年度）,2026-06-30,',
        '',
      ]);
    });
  });

  describe('Shift_JIS with Japanese headers: a new KPI and a revised target', () => {
    const FILE = 'KPI一覧_改定.csv';
    // Line 2: a new KPI. Line 3: T-01 as stored (移住者数, 人, 増加, 10000 from FY2024) with its
    // target revised from 20000 to 15000 for FY2030. Full-width digits throughout.
    const lines = [
      '指標ID,ノード,指標名,単位,方向,基準値,基準年,目標値,目標年度',
      'T-06,output-2,保育士数,人,増加,１２０,２０２４年度,１５０,２０３０年度',
      'T-01,output-1,移住者数,人,増加,１００００,２０２４年度,１５０００,２０３０年度',
    ];
    let result: Awaited<ReturnType<typeof importFile>>;
    let today: string;
    let revisionBefore: number;
    let auditBefore: number;

    beforeAll(async () => {
      await restoreFixtureCatalog(db());
      revisionBefore = await revisionOf(db());
      auditBefore = await count(db(), 'audit_log');
      today = tokyoToday();
      result = await importFile(db(), kpiRequest(csv(lines, 'sjis'), FILE, { actor: 'user:tanaka' }));
    });

    it('is read as a KPI table (auto-detected Shift_JIS): 1 added, 1 target revised', () => {
      expect(result).toMatchObject({ kind: 'kpis', strategy: SID, rows: 2, added: 1, targets_revised: 1 });
    });

    it('T-01 keeps both targets in order: the old one, then the new one set in today', async () => {
      const k = byId((await loadCatalog(db(), SID)).kpis);
      expect(targetsOf(k.get('T-01'))).toEqual([
        [20000, 'FY2030', '2万人（2030年度）', '2026-06-30'],
        [15000, 'FY2030', null, today],
      ]);
      expect(k.get('T-01')!.targets[1]!.setInStart).toBe(parseDay(today));
      // the definition itself is as it was
      expect(k.get('T-01')).toMatchObject({ node: 'output-1', name: '移住者数', unit: '人', direction: 'increase', isNew: false });
      expect(k.get('T-01')!.baseline).toMatchObject({ value: 10000, period: { label: 'FY2024' } });
    });

    it('the new KPI is stored with full-width numbers and 年度 periods parsed', async () => {
      const catalog = await loadCatalog(db(), SID);
      expect(catalog.kpis.map((k) => k.id)).toEqual(['T-01', 'T-02', 'T-03', 'T-04', 'T-05', 'T-06']);
      const t06 = catalog.kpis.at(-1)!;
      expect(t06).toMatchObject({
        id: 'T-06',
        node: 'output-2',
        name: '保育士数',
        unit: '人',
        direction: 'increase',
        targetText: null,
        isNew: false,
        components: [],
        observations: [],
      });
      expect(t06.baseline).toMatchObject({ value: 120, period: { label: 'FY2024', kind: 'fiscal_year' } });
      expect(targetsOf(t06)).toEqual([[150, 'FY2030', null, today]]);
    });

    it('the evaluation uses the new target from today, the old one before', async () => {
      const catalog = await loadCatalog(db(), SID);
      // T-01: baseline 10000 (FY2024), actual 11000 (FY2025).
      // New target 15000: (11000 − 10000) / (15000 − 10000) = 20 %. Old target 20000: 10 %.
      const now = evaluateCatalog(catalog, parseDay(today)).kpis.find((k) => k.id === 'T-01')!;
      expect([now.status, now.progress, now.band, now.target]).toEqual(['1B', 20, '<50', { value: 15000, period: 'FY2030', text: null }]);
      const dayBefore = evaluateCatalog(catalog, parseDay(today) - 1).kpis.find((k) => k.id === 'T-01')!;
      expect([dayBefore.status, dayBefore.progress, dayBefore.target?.value]).toEqual(['1B', 10, 20000]);
      const t06 = evaluateCatalog(catalog, parseDay(today)).kpis.find((k) => k.id === 'T-06')!;
      expect([t06.status, t06.target_kind, t06.actual]).toEqual(['3', 'numeric', null]);
    });

    it('is audited as kpis.upsert by the actor, and bumps the strategy revision once', async () => {
      expect(await count(db(), 'audit_log')).toBe(auditBefore + 1);
      const [latest] = await listAudit(db(), { ownerCode: NATION, entityType: 'strategy', entityId: SID, limit: 1 });
      expect(latest).toMatchObject({ actor: 'user:tanaka', action: 'kpis.upsert', entity_type: 'strategy', entity_id: SID });
      expect(latest!.summary).toContain('追加 1件');
      expect(latest!.summary).toContain('目標改定 1件');
      expect(latest!.details).toMatchObject({ source: FILE, added: 1, targets_revised: 1 });
      expect((latest!.details as { changes: unknown[] }).changes).toEqual(
        expect.arrayContaining([
          { kpi: 'T-06', change: 'added' },
          { kpi: 'T-01', change: 'target 20000 → 15000' },
        ]),
      );
      expect(await revisionOf(db())).toBe(revisionBefore + 1);
    });

    it('a column the file does not have (target_text) leaves the stored value alone: T-01 is not "updated"', async () => {
      expect(result).toEqual({ kind: 'kpis', strategy: SID, rows: 2, added: 1, updated: 0, unchanged: 0, targets_revised: 1 });
      const k = byId((await loadCatalog(db(), SID)).kpis);
      expect(k.get('T-01')!.targetText).toBe('2万人（2030年度）');
    });

    it('the same file again changes nothing (the revised target is now the current one)', async () => {
      const before = await snapshot(db());
      const again = await importFile(db(), kpiRequest(csv(lines, 'sjis'), FILE, { actor: 'user:tanaka' }));
      expect(again).toEqual({ kind: 'kpis', strategy: SID, rows: 2, added: 0, updated: 0, unchanged: 2, targets_revised: 0 });
      expect(await snapshot(db())).toEqual(before);
    });

    it("target_set_in, when given, is stored as the new target's set_in", async () => {
      const r = await importFile(
        db(),
        kpiRequest(
          csv([
            'kpi_id,node,name,unit,direction,baseline_value,baseline_period,target_value,target_period,target_text,target_set_in',
            'T-02,impact-1,就業率,%,increase,60,2024,72,2030,72%（2030年）,2026-10-01',
          ]),
          'set-in.csv',
        ),
      );
      // the target wording changes with the target: the definition counts as updated too
      expect(r).toEqual({ kind: 'kpis', strategy: SID, rows: 1, added: 0, updated: 1, unchanged: 0, targets_revised: 1 });
      const k = byId((await loadCatalog(db(), SID)).kpis);
      expect(targetsOf(k.get('T-02'))).toEqual([
        [70, '2030', '70%（2030年）', '2026-06-30'],
        [72, '2030', '72%（2030年）', '2026-10-01'],
      ]);
      expect(k.get('T-02')!.targetText).toBe('72%（2030年）');
      // T-02: baseline 60 (2024), actual 71 (2025). As of 2026-11-23 the 72 target is in force:
      // (71 − 60) / (72 − 60) = 91.67 % → 92, ①B 80-<100, and the earlier target of 70 was reached.
      const ev = evaluateCatalog(await loadCatalog(db(), SID), parseDay('2026-11-23')).kpis.find((e) => e.id === 'T-02')!;
      expect([ev.status, ev.progress, ev.band, ev.pre_revision_target_reached]).toEqual(['1B', 92, '80-<100', true]);
      // As of 2026-09-30 the revision does not exist yet: 70 reached, ①A.
      const early = evaluateCatalog(await loadCatalog(db(), SID), parseDay('2026-09-30')).kpis.find((e) => e.id === 'T-02')!;
      expect([early.status, early.progress]).toEqual(['1A', 110]);
    });
  });

  describe('components', () => {
    beforeAll(async () => {
      await restoreFixtureCatalog(db());
    });

    it('a row whose parent_kpi is a stored top-level KPI is stored as its component', async () => {
      const r = await importFile(
        db(),
        kpiRequest(
          csv([
            'kpi_id,node,parent_kpi,name,unit,direction,baseline_value,baseline_period,target_value,target_period,target_set_in',
            'T-05a,output-2,T-05,待機児童数（0〜2歳）,人,decrease,30,FY2024,0,FY2030,2026-07-01',
          ]),
          'component.csv',
        ),
      );
      expect(r).toEqual({ kind: 'kpis', strategy: SID, rows: 1, added: 1, updated: 0, unchanged: 0, targets_revised: 0 });
      const catalog = await loadCatalog(db(), SID);
      expect(catalog.kpis.map((k) => k.id)).toEqual(['T-01', 'T-02', 'T-03', 'T-04', 'T-05']);
      const t05 = catalog.kpis[4]!;
      expect(t05.components.map((c) => [c.id, c.node, c.name, c.direction])).toEqual([['T-05a', 'output-2', '待機児童数（0〜2歳）', 'decrease']]);
      expect(t05.components[0]!.baseline).toMatchObject({ value: 30, period: { label: 'FY2024' } });
      expect(targetsOf(t05.components[0])).toEqual([[0, 'FY2030', null, '2026-07-01']]);
      const [row] = await db().select().from(kpis).where(eq(kpis.id, 'T-05a'));
      expect(row).toMatchObject({ parentKpiId: 'T-05', nodeId: 'output-2' });
      // T-05 is now a composite: judged on its component, which has no actual yet.
      const ev = evaluateCatalog(catalog, parseDay('2026-11-23')).kpis.find((e) => e.id === 'T-05')!;
      expect(ev.components!.map((c) => [c.id, c.status])).toEqual([['T-05a', '3']]);
      expect(ev.status).toBe('3');
    });

    it('a parent and its component in the same file (component first) are both added', async () => {
      const r = await importFile(
        db(),
        kpiRequest(
          csv([
            'kpi_id,node,parent_kpi,name,unit,direction,target_value,target_period',
            'T-07a,output-1,T-07,相談件数（窓口）,件,increase,100,FY2030',
            'T-07,output-1,,移住相談件数,件,increase,,',
          ]),
          'parent-and-component.csv',
        ),
      );
      expect(r).toEqual({ kind: 'kpis', strategy: SID, rows: 2, added: 2, updated: 0, unchanged: 0, targets_revised: 0 });
      const catalog = await loadCatalog(db(), SID);
      expect(catalog.kpis.map((k) => k.id)).toEqual(['T-01', 'T-02', 'T-03', 'T-04', 'T-05', 'T-07']);
      expect(catalog.kpis.at(-1)!.components.map((c) => c.id)).toEqual(['T-07a']);
      expect(catalog.kpis.at(-1)!.targets).toEqual([]);
    });

    it('a file without a parent_kpi column keeps a stored component under its parent', async () => {
      const r = await importFile(
        db(),
        kpiRequest(
          csv(['kpi_id,node,name,unit,direction,baseline_value,baseline_period,target_value,target_period', 'T-03b,impact-1,女性の定着率,%,increase,45,FY2024,50,FY2030']),
          'no-parent-column.csv',
        ),
      );
      expect(r).toMatchObject({ added: 0, targets_revised: 1 });
      const catalog = await loadCatalog(db(), SID);
      expect(catalog.kpis.map((k) => k.id)).toEqual(['T-01', 'T-02', 'T-03', 'T-04', 'T-05', 'T-07']);
      expect(catalog.kpis[2]!.components.map((c) => c.id)).toEqual(['T-03a', 'T-03b']);
      expect(targetsOf(catalog.kpis[2]!.components[1]).map((t) => t[0])).toEqual([49, 50]);
    });

    it('a component of a stored component is refused (one level only), and nothing changes', async () => {
      const before = await snapshot(db());
      const err = await rejection(importFile(db(), kpiRequest(csv(['kpi_id,node,parent_kpi,name,unit,direction', 'T-03a1,impact-1,T-03a,孫指標,%,increase']), 'nested.csv')));
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).issues.map((i) => [i.file, i.line, i.column, i.code])).toEqual([['nested.csv', 2, 'parent_kpi', 'nested_component']]);
      expect(await snapshot(db())).toEqual(before);
    });
  });

  describe('bad rows', () => {
    const FILE = 'KPI一覧_誤り.csv';
    const HEADER = '指標ID,ノード,構成元KPI,指標名,単位,方向,基準値,基準年度,目標値,目標年度';
    const VALID = 'T-08,output-1,,移住相談件数,件,増加,100,FY2024,200,FY2030';
    const bad: Array<{ row: string; column: string; code: string; reasonIncludes: string[] }> = [
      { row: 'T-09,output-9,,架空のノード,件,増加,,,10,FY2030', column: 'ノード', code: 'unknown_node', reasonIncludes: ['output-9'] },
      { row: 'T-10,output-1,,方向が不正,件,上がる,,,10,FY2030', column: '方向', code: 'invalid_direction', reasonIncludes: ['上がる'] },
      { row: 'T-11,output-1,,基準年度がない,件,増加,100,,200,FY2030', column: '基準年度', code: 'incomplete_baseline', reasonIncludes: ['基準値と基準期間'] },
      { row: 'T-08,output-1,,重複,件,増加,,,10,FY2030', column: '指標ID', code: 'duplicate_id', reasonIncludes: ['T-08', '2行目'] },
      { row: 'T-12,output-1,,目標が数値でない,件,増加,,,たくさん,FY2030', column: '目標値', code: 'not_a_number', reasonIncludes: ['たくさん'] },
      { row: 'T-13,output-1,T-99,構成元がない,件,増加,,,10,FY2030', column: '構成元KPI', code: 'unknown_kpi', reasonIncludes: ['T-99'] },
    ];
    let before: Awaited<ReturnType<typeof snapshot>>;

    beforeAll(async () => {
      await restoreFixtureCatalog(db());
      before = await snapshot(db());
    });

    it('every bad row of one file is reported with its line, the column as written, and a code; nothing is stored', async () => {
      const err = await rejection(importFile(db(), kpiRequest(csv([HEADER, VALID, ...bad.map((b) => b.row)]), FILE)));
      expect(err).toBeInstanceOf(InputError);
      const issues = (err as InputError).issues;
      expect(issues.map((i) => ({ file: i.file, line: i.line, column: i.column, code: i.code }))).toEqual(
        bad.map((b, i) => ({ file: FILE, line: i + 3, column: b.column, code: b.code })),
      );
      bad.forEach((b, i) => {
        for (const part of b.reasonIncludes) expect(issues[i]!.reason).toContain(part);
      });
      expect((err as InputError).message).toContain(`${FILE} 3行目 列「ノード」`);
      expect((err as InputError).message).toContain(`${FILE} 8行目 列「構成元KPI」`);
      expect(await snapshot(db())).toEqual(before);
    });

    it.each(bad)('$code alone (after a valid row, Shift_JIS) is refused at line 3 and changes nothing', async (b) => {
      const err = await rejection(importFile(db(), kpiRequest(csv([HEADER, VALID, b.row], 'sjis'), FILE)));
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).issues.map((i) => ({ file: i.file, line: i.line, column: i.column, code: i.code }))).toEqual([
        { file: FILE, line: 3, column: b.column, code: b.code },
      ]);
      expect(await snapshot(db())).toEqual(before);
    });

    it('English headers are named as written too (baseline value without its period)', async () => {
      const err = await rejection(importFile(db(), kpiRequest(csv(['KPI ID,Node,Name,Direction,Baseline_Value,Baseline_Period', 'T-14,output-1,x,increase,5,']), 'en.csv')));
      expect((err as InputError).issues.map((i) => [i.line, i.column, i.code])).toEqual([[2, 'Baseline_Period', 'incomplete_baseline']]);
      expect(await snapshot(db())).toEqual(before);
    });
  });

  describe('Excel', () => {
    const FILE = 'KPI一覧.xlsx';
    let today: string;

    async function workbook(): Promise<Uint8Array> {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('KPI');
      ws.addRow([
        'kpi_id',
        'node',
        'parent_kpi',
        'name',
        'unit',
        'direction',
        'baseline_value',
        'baseline_period',
        'target_value',
        'target_period',
        'target_text',
        'target_set_in',
        'is_new',
      ]);
      ws.addRow(['T-15', 'output-1', null, '空き家活用件数', '件', '増加', 5, 2024, 10, 'FY2030', '10件（2030年度）', new Date(Date.UTC(2026, 9, 1)), true]); // row 2
      ws.addRow([]); // row 3: empty, skipped
      ws.addRow(['T-15a', 'output-1', 'T-15', '空き家バンク登録件数', '件', 'increase', 2, 2024, { formula: '2*3', result: 6 }, 'FY2030', null, null, null]); // row 4
      ws.addRow(['T-02', 'impact-1', null, '就業率', '%', 'increase', 60, 2024, 75, 2030, '75%（2030年）', '2026-10-01', null]); // row 5
      return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    }

    beforeAll(async () => {
      await restoreFixtureCatalog(db());
    });

    it('an .xlsx with the same columns adds KPIs and revises targets (numeric, date, boolean and formula cells)', async () => {
      today = tokyoToday();
      const r = await importFile(db(), kpiRequest(await workbook(), FILE, { actor: 'user:excel' }));
      expect(r).toEqual({ kind: 'kpis', strategy: SID, rows: 3, added: 2, updated: 1, unchanged: 0, targets_revised: 1 });
      const catalog = await loadCatalog(db(), SID);
      expect(catalog.kpis.map((k) => k.id)).toEqual(['T-01', 'T-02', 'T-03', 'T-04', 'T-05', 'T-15']);
      const k = byId(catalog.kpis);
      expect(k.get('T-15')).toMatchObject({ node: 'output-1', name: '空き家活用件数', unit: '件', direction: 'increase', targetText: '10件（2030年度）', isNew: true });
      expect(k.get('T-15')!.baseline).toMatchObject({ value: 5, period: { label: '2024', kind: 'year' } });
      expect(targetsOf(k.get('T-15'))).toEqual([[10, 'FY2030', '10件（2030年度）', '2026-10-01']]);
      expect(k.get('T-15')!.components.map((c) => c.id)).toEqual(['T-15a']);
      expect(targetsOf(k.get('T-15a'))).toEqual([[6, 'FY2030', null, today]]);
      expect(k.get('T-15a')!.isNew).toBe(false);
      expect(targetsOf(k.get('T-02'))).toEqual([
        [70, '2030', '70%（2030年）', '2026-06-30'],
        [75, '2030', '75%（2030年）', '2026-10-01'],
      ]);
      expect(k.get('T-02')!.targetText).toBe('75%（2030年）');
      // T-02 as of 2026-11-23: (71 − 60) / (75 − 60) = 73.33 % → 73, ①B 50-<80; 70 was reached before.
      const ev = evaluateCatalog(catalog, parseDay('2026-11-23'));
      const t02 = ev.kpis.find((e) => e.id === 'T-02')!;
      expect([t02.status, t02.progress, t02.band, t02.pre_revision_target_reached]).toEqual(['1B', 73, '50-<80', true]);
      // T-15 is new (is_new): not measurable, and judged as a composite of T-15a (target set in
      // today, no actual yet).
      const t15 = evaluateCatalog(catalog, parseDay(today)).kpis.find((e) => e.id === 'T-15')!;
      expect([t15.status, t15.components!.map((c) => [c.id, c.status, c.target?.value])]).toEqual(['3', [['T-15a', '3', 6]]]);

      const [latest] = await listAudit(db(), { ownerCode: NATION, entityType: 'strategy', entityId: SID, limit: 1 });
      expect(latest).toMatchObject({ actor: 'user:excel', action: 'kpis.upsert', details: { source: FILE, added: 2, targets_revised: 1 } });
    });

    it('a bad Excel row is located by its sheet row, and nothing changes', async () => {
      const before = await snapshot(db());
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('KPI');
      ws.addRow(['指標ID', 'ノード', '指標名', '方向', '目標値', '目標年度']);
      ws.addRow(['T-16', 'output-1', 'よい行', '増加', 10, 'FY2030']);
      ws.addRow([]);
      ws.addRow(['T-17', 'output-1', 'わるい行', '上がる', 10, 'FY2030']); // row 4
      const err = await rejection(importFile(db(), kpiRequest(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'bad.xlsx')));
      expect((err as InputError).issues.map((i) => [i.file, i.line, i.column, i.code])).toEqual([['bad.xlsx', 4, '方向', 'invalid_direction']]);
      expect(await snapshot(db())).toEqual(before);
    });
  });

  describe('a JSON catalog saved again still round-trips after KPI table imports', () => {
    it('the stored catalog (with appended targets) re-reads as JSON and evaluates identically', async () => {
      const original = await loadCatalog(db(), SID);
      const reread = readJsonCatalog(JSON.stringify(catalogToJson(original)), 'export.json');
      await saveCatalog(db(), { ...reread, strategy: { ...reread.strategy, id: 'kpi-table-copy' } }, { ownerCode: NATION, actor: 'test:copy' });
      const copy = await loadCatalog(db(), 'kpi-table-copy');
      const asOf = parseDay('2026-11-23');
      expect(evaluateCatalog(copy, asOf).kpis).toEqual(evaluateCatalog(original, asOf).kpis);
      expect(
        byId(copy.kpis)
          .get('T-02')!
          .targets.map((t) => t.value),
      ).toEqual([70, 75]);
    });
  });
});
