/**
 * Statistics import, tidy CSV and JSON: Japanese headers, Shift_JIS, 5-digit and full-width area
 * codes, 年度 columns, markers and flags; new indicators from JSON; KPIs bound to a series are
 * updated in the same transaction; bad input is refused with file, line, column and reason, and
 * the database is left exactly as it was.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/client.ts';
import { importFile, loadCatalog } from '../src/modules/kpi/index.ts';
import { operatorPrincipal } from '../src/modules/auth/index.ts';
import { bindKpi } from '../src/modules/kpi-bindings/index.ts';
import { importStatistics } from '../src/modules/statistics/imports/import-statistics.ts';
import { indicatorOverview } from '../src/modules/statistics/read/indicator-overview.ts';
import { REFERENCE_INDICATORS } from '../src/modules/statistics/reference/reference-indicators.ts';
import { indicators, indicatorValues } from '../src/modules/statistics/schema.ts';
import { upsertIndicators } from '../src/modules/statistics/store/indicator-store.ts';
import { InputError } from '../src/shared/errors.ts';
import { EXTENSIONS } from '../src/platform/modules.ts';
import { formatDay, parseDay } from '../src/shared/periods.ts';
import { encodeText } from '../src/shared/text-encoding.ts';
import { asDatabaseOwner, describeEachDatabase } from './support/databases.ts';
import { rejection } from './support/db-snapshot.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/estat/${name}`, import.meta.url)));
const csv = (lines: string[]) => encodeText(`${lines.join('\n')}\n`, 'utf8');

async function snapshot(db: Database) {
  const q = async (table: string, order: string) => ((await db.execute(sql.raw(`select * from ${table} order by ${order}`))) as unknown as { rows: unknown[] }).rows;
  return {
    indicators: await q('indicators', 'code'),
    values: await q('indicator_values', 'area_code, indicator_code, period'),
    areas: await q('areas', 'code'),
    audit: await q('audit_log', 'owner_code, id'),
    observations: await q('kpi_observations', 'owner_code, strategy_id, kpi_id, period'),
  };
}

describeEachDatabase('statistics import: tidy CSV and JSON', (database) => {
  const db = () => database().handle.db;
  const handle = () => database().handle;
  const value = async (indicator: string, area: string, period: string) => {
    const rows = await db()
      .select({ value: indicatorValues.value, flag: indicatorValues.flag, end: indicatorValues.periodEnd })
      .from(indicatorValues)
      .where(and(eq(indicatorValues.indicatorCode, indicator), eq(indicatorValues.areaCode, area), eq(indicatorValues.period, period)));
    return rows[0] ?? null;
  };

  beforeAll(async () => {
    await upsertIndicators(db(), [...REFERENCE_INDICATORS]);
    await importFile(db(), { bytes: readFileSync(new URL('./fixtures/catalog-small.json', import.meta.url)), file: 'catalog-small.json', actor: 'test:setup' });
  });

  it('tidy CSV in Shift_JIS with Japanese headers: 年度 years are fiscal years, 5-digit and full-width codes, markers and flags', async () => {
    const r = await importStatistics(db(), { bytes: fixture('tidy-ja-sjis.csv'), file: 'tidy-ja-sjis.csv', actor: 'test' });
    expect(r).toMatchObject({
      format: 'tidy',
      values: 7,
      non_figures: 3,
      indicators: ['fiscal_capability_index', 'future_burden_ratio'],
      areas: 6,
      periods: { first: 'FY2020', last: 'FY2021' },
    });
    expect(await value('fiscal_capability_index', '011002', 'FY2021')).toEqual({ value: 0.73, flag: null, end: '2022-03-31' });
    expect(await value('fiscal_capability_index', '011002', 'FY2020')).toMatchObject({ value: 0.74 }); // ０１１００ / ２０２０
    expect(await value('fiscal_capability_index', '131016', 'FY2021')).toMatchObject({ value: 0.92, flag: 'preliminary' }); // 13101, 速報
    expect(await value('fiscal_capability_index', '000000', 'FY2021')).toMatchObject({ value: 0.51, flag: 'estimate' });
    expect(await value('future_burden_ratio', '133086', 'FY2021')).toMatchObject({ value: null, flag: 'not_applicable' }); // －
    expect(await value('future_burden_ratio', '473821', 'FY2021')).toMatchObject({ value: null, flag: 'not_available' }); // …
    expect(await value('future_burden_ratio', '472093', 'FY2021')).toMatchObject({ value: null, flag: 'confidential' }); // x
  });

  it('JSON: a new indicator with its values (numbers, 「1,650万」, null + flag, 「－」, numeric area codes)', async () => {
    const r = await importStatistics(db(), { bytes: fixture('values.json'), file: 'values.json', actor: 'test' });
    expect(r).toMatchObject({ format: 'json', values: 4, non_figures: 2, defined: ['tourists'], indicators: ['tourists'] });
    const [def] = await db().select().from(indicators).where(eq(indicators.code, 'tourists'));
    expect(def).toMatchObject({
      nameJa: '観光入込客数',
      nameEn: 'Tourist visits',
      unit: '人回',
      category: 'economy',
      source: '出典：テスト県観光統計（テスト用）',
      licence: 'CC BY 4.0',
    });
    expect(await value('tourists', '011002', '2024')).toMatchObject({ value: 16500000, flag: null });
    expect(await value('tourists', '131016', '2024')).toMatchObject({ value: null, flag: 'confidential' });
    expect(await value('tourists', '133086', '2024')).toMatchObject({ value: null, flag: 'not_applicable' });
  });

  it('tidy Excel: Japanese headers, numeric cells (団体コード 11002 read as 011002, years as numbers)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('データ');
    ws.addRow(['団体コード', '期間', '指標コード', '値']);
    ws.addRow([11002, 2020, 'households', 1_087_058]);
    ws.addRow(['131016', '2020年', 'households', '37,773']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await importStatistics(db(), { bytes, file: 'households.xlsx', actor: 'test' });
    expect(r).toMatchObject({ format: 'tidy', values: 2, indicators: ['households'] });
    expect(await value('households', '011002', '2020')).toMatchObject({ value: 1_087_058 });
    expect(await value('households', '131016', '2020')).toMatchObject({ value: 37_773 });
  });

  it('tidy rows may name the indicator by its Japanese name; the import is audited', async () => {
    const r = await importStatistics(db(), { bytes: csv(['地域コード,年,指標,値', '011002,2021,総人口,"1,961,575"']), file: 'by-name.csv', actor: 'user:planner@example.jp' });
    expect(r.indicators).toEqual(['population']);
    expect(await value('population', '011002', '2021')).toMatchObject({ value: 1961575 });
    const audit = (
      (await db().execute(sql`select actor, action, summary from audit_log where action = 'statistics.import' order by id desc limit 1`)) as unknown as {
        rows: Array<Record<string, string>>;
      }
    ).rows[0];
    expect(audit).toEqual({ actor: 'user:planner@example.jp', action: 'statistics.import', summary: '統計値 1件を取り込み（tidy、指標 population、2021〜2021）' });
  });

  it('new values of a series flow into the KPI bound to it, in the same import', async () => {
    await bindKpi(db(), { strategy: 'test-strategy', kpi: 'T-01', indicator: 'population', area: '011002' }, operatorPrincipal('test'));
    const r = await importStatistics(db(), { bytes: csv(['area_code,period,indicator,value', '011002,FY2026,population,1955000']), file: 'fy2026.csv', actor: 'test' }, EXTENSIONS);
    expect(r.bindings).toEqual({ bindings: 1, written: expect.any(Number) });
    expect(r.bindings.written).toBeGreaterThanOrEqual(1);
    const kpi = (await loadCatalog(db(), 'test-strategy')).kpis.find((k) => k.id === 'T-01')!;
    expect(kpi.observations.find((o) => o.period.label === 'FY2026')).toMatchObject({ value: 1955000 });
  });

  it('indicatorOverview lists every indicator with its periods in time order', async () => {
    const list = await indicatorOverview(db());
    const fci = list.find((i) => i.code === 'fiscal_capability_index')!;
    expect(fci).toMatchObject({ nameJa: '財政力指数', category: 'local_finance', categoryLabel: '地方行財政', periods: ['FY2020', 'FY2021'], values: 4 });
    expect(list.find((i) => i.code === 'households')).toMatchObject({ periods: ['2020'], values: 2 });
    expect(list[0]!.code).toBe('population');
  });

  describe('bad input: a located InputError, and the database exactly as before', () => {
    let before: Awaited<ReturnType<typeof snapshot>>;
    beforeAll(async () => {
      before = await snapshot(db());
      expect(before.values.length).toBeGreaterThanOrEqual(12);
    });

    const bad = async (bytes: Uint8Array, file: string, extra: Record<string, unknown> = {}) => {
      const err = await rejection(importStatistics(db(), { bytes, file, actor: 'test:bad', ...extra }));
      expect(err).toBeInstanceOf(InputError);
      expect(await snapshot(db())).toEqual(before);
      return (err as InputError).issues.map(({ line, column, code }) => ({ line, column, code }));
    };

    it('tidy: bad check digit, impossible period, a value with a non-figure flag, an empty value — every row listed', async () => {
      expect(await bad(fixture('bad/tidy-errors.csv'), 'tidy-errors.csv')).toEqual([
        { line: 3, column: 'area_code', code: 'invalid_code' },
        { line: 4, column: 'period', code: 'invalid_period' },
        { line: 5, column: 'flag', code: 'flag_conflict' },
        { line: 6, column: 'value', code: 'missing_value' },
      ]);
    });

    it('tidy: unknown indicator, a valid code of no area, a duplicate (same area, indicator, period written 01100 and 011002)', async () => {
      const err = await rejection(importStatistics(db(), { bytes: fixture('bad/tidy-unknown.csv'), file: 'tidy-unknown.csv', actor: 'test:bad' }));
      expect((err as InputError).issues).toEqual([
        expect.objectContaining({
          file: 'tidy-unknown.csv',
          line: 3,
          column: 'indicator',
          code: 'unknown_indicator',
          reason: expect.stringContaining('指標「no_such_indicator」は登録されていません'),
        }),
        expect.objectContaining({ line: 4, column: 'area_code', code: 'unknown_area', reason: expect.stringContaining('団体コード「019992」') }),
        expect.objectContaining({ line: 5, column: 'period', code: 'duplicate_value', reason: expect.stringContaining('2行目と重複') }),
      ]);
      expect(await snapshot(db())).toEqual(before);
    });

    it('JSON: an indicator without source and with an unknown category, a bad area code — with lines and JSON paths', async () => {
      expect(await bad(fixture('bad/values-errors.json'), 'values-errors.json')).toEqual([
        { line: 7, column: 'indicators[0].category', code: 'invalid_category' },
        { line: 3, column: 'indicators[0].source', code: 'missing_value' },
        { line: 19, column: 'values[1].area_code', code: 'invalid_code' },
      ]);
    });

    it('JSON cut short: a syntax error at the last line', async () => {
      const issues = await bad(fixture('bad/truncated.json'), 'truncated.json');
      expect(issues[0]).toEqual({ line: 4, column: '20文字目', code: 'invalid_json' });
    });

    it('JSON values naming an unknown area are located by line', async () => {
      const text = JSON.stringify(
        {
          values: [
            { area_code: '011002', period: '2023', indicator: 'population', value: 1 },
            { area_code: '019992', period: '2023', indicator: 'population', value: 2 },
          ],
        },
        null,
        2,
      );
      expect(await bad(encodeText(text, 'utf8'), 'unknown-area.json')).toEqual([{ line: 10, column: 'values[1].area_code', code: 'unknown_area' }]);
    });

    it('an empty file, a header only, a table that is neither tidy nor e-Stat', async () => {
      expect(await bad(new Uint8Array(), 'empty.csv')).toEqual([{ line: undefined, column: undefined, code: 'empty_file' }]);
      expect(await bad(csv(['area_code,period,indicator,value']), 'header-only.csv')).toEqual([{ line: undefined, column: undefined, code: 'no_rows' }]);
      expect(await bad(csv(['code,year,val', '011002,2020,1']), 'other.csv')).toEqual([{ line: 1, column: undefined, code: 'no_header' }]);
    });

    it('a failure inside the write transaction, after a first chunk of 20,000 values was written, leaves nothing', async () => {
      // A real database error, not a mock: a trigger refuses the last value of the second chunk.
      await asDatabaseOwner(handle(), async () => {
        await db().execute(
          sql.raw(
            `create function refuse_minus_999() returns trigger language plpgsql as $$ begin if new.value = -999 then raise exception 'refused by test trigger'; end if; return new; end $$`,
          ),
        );
        await db().execute(sql.raw('create trigger refuse_minus_999 before insert on indicator_values for each row execute function refuse_minus_999()'));
      });
      try {
        const lines = ['area_code,period,indicator,value'];
        const first = parseDay('1900-01-01');
        for (let d = 0; d < 30_000; d++) lines.push(`011002,${formatDay(first + d)},population,${d === 29_999 ? -999 : d}`);
        const err = await rejection(importStatistics(db(), { bytes: csv(lines), file: 'many.csv', actor: 'test:bad' }));
        expect(err).not.toBeInstanceOf(InputError);
        expect(String((err as { cause?: unknown }).cause ?? err)).toContain('refused by test trigger');
        expect(await snapshot(db())).toEqual(before);
      } finally {
        await asDatabaseOwner(handle(), async () => {
          await db().execute(sql.raw('drop trigger refuse_minus_999 on indicator_values'));
          await db().execute(sql.raw('drop function refuse_minus_999()'));
        });
      }
    });
  });
});
