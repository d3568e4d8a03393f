/**
 * Every CSV export is safe to open in a spreadsheet: a text cell that Excel would run as a
 * formula (=, +, -, @, TAB, CR, LF, ＝＋－＠ first) is written with a leading apostrophe, numbers
 * stay numbers, and 団体コード columns keep their leading zeros in the files meant for Excel
 * (="011002"). Covered: the KPI evaluation / KPI table / observation CSVs (functions and the REST
 * download in UTF-8, UTF-8 with BOM and Shift_JIS), the statistics ranking / series / scatter
 * downloads, and the web application's browser-made CSV; and the readers take the apostrophe
 * and the ="…" form back, so exports re-import unchanged.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/http/app.ts';
import {
  evaluateCatalog,
  evaluationToCsv,
  importFile,
  kpisToCsv,
  loadCatalog,
  observationsToCsv,
  readCsvTable,
  readJsonCatalog,
  readKpiTable,
  readObservationTable,
  type Catalog,
  type CsvEncoding,
} from '../src/modules/kpi/index.ts';
import { statisticsCsv } from '../src/modules/statistics/http/csv-export.ts';
import { readTidyTable, upsertIndicators, writeValues, type IndicatorDef } from '../src/modules/statistics/index.ts';
import { parseDay, parsePeriod } from '../src/shared/periods.ts';
import { decodeText } from '../src/shared/text-encoding.ts';
import { describeEachDatabase } from './support/databases.ts';
import { snapshot } from './support/db-snapshot.ts';
import { FORMULA_PAYLOADS, UNTRIMMED_PAYLOADS, rawCells } from './support/formula-payloads.ts';

const ENCODINGS: CsvEncoding[] = ['utf8', 'utf8-bom', 'sjis'];
const SID = 'csv-injection';
const neutral = (p: string) => `'${p}`;
/** A raw cell a spreadsheet would run as a formula: not a number, not a digit-only ="…" code. */
const startsFormula = (c: string) => /^[=+\-@\t\r\n＝＋－＠]/.test(c) && !/^-?\d+(\.\d+)?$/.test(c) && !/^="\d+"$/.test(c);

/** One KPI per payload, the payload in every free-text field; a negative baseline (a number). */
function payloadCatalogJson(payloads: readonly string[]): string {
  return JSON.stringify({
    strategy: { id: SID, name: '数式の入った戦略' },
    nodes: [{ id: 'goal', parent: null, level: 'goal', name: '目標' }],
    kpis: payloads.map((p, i) => ({
      id: `K-${i}`,
      node: 'goal',
      name: p,
      unit: p,
      direction: 'increase',
      baseline: { value: -5, period: '2020' },
      targets: [{ value: -2.5, period: '2030', text: p, set_in: '2026-06-30' }],
      target_text: p,
      observations: [{ period: '2024', value: -3, source: p, note: p }],
    })),
  });
}

const catalog: Catalog = readJsonCatalog(payloadCatalogJson(FORMULA_PAYLOADS), 'payloads.json');

/** Rows of a CSV keyed by the first cell, with the header to look columns up by name. */
function table(bytes: Uint8Array, encoding: CsvEncoding) {
  const [header, ...rows] = rawCells(bytes, encoding);
  const col = (name: string) => {
    const i = header!.indexOf(name);
    if (i < 0) throw new Error(`no column ${name} in ${header!.join(',')}`);
    return i;
  };
  return { header: header!, rows, col, row: (id: string) => rows.find((r) => r[0] === id)! };
}

describe.each(ENCODINGS)('KPI CSV exports (%s)', (encoding) => {
  it('kpisToCsv: name, unit and target wording neutralised; numbers, negative ones too, as numbers', () => {
    const t = table(kpisToCsv(catalog, encoding), encoding);
    FORMULA_PAYLOADS.forEach((p, i) => {
      const r = t.row(`K-${i}`);
      expect(r[t.col('name')]).toBe(neutral(p));
      expect(r[t.col('unit')]).toBe(neutral(p));
      expect(r[t.col('target_text')]).toBe(neutral(p));
      expect(r[t.col('baseline_value')]).toBe('-5');
      expect(r[t.col('target_value')]).toBe('-2.5');
    });
  });

  it('observationsToCsv: source and note neutralised; the value stays -3', () => {
    const t = table(observationsToCsv(catalog, encoding), encoding);
    FORMULA_PAYLOADS.forEach((p, i) => {
      const r = t.row(`K-${i}`);
      expect(r[t.col('source')]).toBe(neutral(p));
      expect(r[t.col('note')]).toBe(neutral(p));
      expect(r[t.col('value')]).toBe('-3');
    });
  });

  it('evaluationToCsv: 指標, 単位, 目標（原文） neutralised; 基準値 and 実績値 numeric', () => {
    const ev = evaluateCatalog(catalog, parseDay('2026-11-23'));
    const t = table(evaluationToCsv(ev, encoding), encoding);
    FORMULA_PAYLOADS.forEach((p, i) => {
      const r = t.row(`K-${i}`);
      expect(r[t.col('指標')]).toBe(neutral(p));
      expect(r[t.col('単位')]).toBe(neutral(p));
      expect(r[t.col('目標（原文）')]).toBe(neutral(p));
      expect(r[t.col('基準値')]).toBe('-5');
      expect(r[t.col('実績値')]).toBe('-3');
    });
    // no cell of the whole file starts a formula (numbers such as -5 are numbers)
    expect([t.header, ...t.rows].flat().filter(startsFormula)).toEqual([]);
  });

  it('the KPI table and observation readers take the apostrophe off again', () => {
    const text = (bytes: Uint8Array) => decodeText(bytes, encoding === 'sjis' ? 'sjis' : 'utf8').text;
    const nodeIds = new Set(['goal']);
    const kpiRows = readKpiTable(readCsvTable(text(kpisToCsv(catalog, encoding)), 'kpis.csv'), nodeIds, new Map());
    const obsRows = readObservationTable(readCsvTable(text(observationsToCsv(catalog, encoding)), 'obs.csv'), new Set(kpiRows.map((r) => r.id)));
    FORMULA_PAYLOADS.forEach((p, i) => {
      const k = kpiRows.find((r) => r.id === `K-${i}`)!;
      // table cells are trimmed, so a payload led by TAB/CR/LF comes back without that whitespace
      expect(k.name).toBe(p.trim());
      expect(k.targetText).toBe(p.trim());
      expect(k.baseline).toMatchObject({ value: -5 });
      const o = obsRows.find((r) => r.kpiId === `K-${i}`)!;
      expect([o.source, o.note, o.value]).toEqual([p.trim(), p.trim(), -3]);
    });
  });
});

describe('statistics CSV writer (statisticsCsv) in every encoding', () => {
  const header = ['順位', '団体コード', '団体名', '都道府県', '=1+1（人）', '注記'];
  const rows = [
    [1, '011002', '札幌市', '北海道', -1.5, '+秘匿'],
    [2, '000000', '全国', '', 3, ''],
  ];
  it.each<[CsvEncoding, string]>([
    ['utf8', '011002'],
    ['utf8-bom', '="011002"'],
    ['sjis', '="011002"'],
  ])('%s: 団体コード as %s, text neutralised, numbers as numbers, 出典 last', (encoding, code) => {
    const cells = rawCells(statisticsCsv(header, rows, ['出典：総務省'], encoding), encoding);
    expect(cells[0]).toEqual(['順位', '団体コード', '団体名', '都道府県', "'=1+1（人）", '注記']);
    expect(cells[1]).toEqual(['1', code, '札幌市', '北海道', '-1.5', "'+秘匿"]);
    expect(cells[2]![1]).toBe(code.replace('011002', '000000'));
    expect(cells[3]).toEqual(['出典：総務省']);
  });

  it.each(ENCODINGS)('%s: every payload, in the header and in the cells', (encoding) => {
    const cells = rawCells(
      statisticsCsv(
        ['団体コード', ...FORMULA_PAYLOADS],
        [
          ['011002', ...FORMULA_PAYLOADS],
          ['012025', ...FORMULA_PAYLOADS.map((_, i) => -i)],
        ],
        ['出典：総務省'],
        encoding,
      ),
      encoding,
    );
    const code = encoding === 'utf8' ? '011002' : '="011002"';
    expect(cells[0]).toEqual(['団体コード', ...FORMULA_PAYLOADS.map(neutral)]);
    expect(cells[1]).toEqual([code, ...FORMULA_PAYLOADS.map(neutral)]);
    expect(cells[2]).toEqual([code.replace('011002', '012025'), ...FORMULA_PAYLOADS.map((_, i) => String(-i))]);
  });

  it('the observation table reader accepts ="…" too (any cell of a CSV table)', () => {
    const rows = readObservationTable(readCsvTable('kpi_id,period,value\r\n"=""0123""",2024,-1\r\n', 'obs.csv'), new Set(['0123']));
    expect(rows.map((r) => [r.kpiId, r.value])).toEqual([['0123', -1]]);
  });

  it('the tidy statistics reader accepts ="011002" and the neutralised text back', () => {
    const csv = 'area_code,period,indicator,value\r\n"=""011002""",2022,\'-pop,-5\r\n"=""000000""",2022,\'-pop,7\r\n';
    const parsed = readTidyTable(readCsvTable(csv, 'tidy.csv'));
    expect(parsed.values.map((v) => [v.areaCode, v.indicatorCode, v.value])).toEqual([
      ['011002', '-pop', -5],
      ['000000', '-pop', 7],
    ]);
  });
});

describe("the web application's browser-made CSV (csvBlobUrl in Downloads.tsx)", () => {
  // Loaded at run time: the module is type-checked by web/tsconfig.json (JSX, DOM), not by this project.
  const modulePath = '../web/src/features/statistics/shared/Downloads.tsx';
  type Downloads = { browserCsvText: (rows: Array<Array<string | number | null>>) => string; csvBlobUrl: (rows: Array<Array<string | number | null>>) => string };

  it('neutralises every payload, writes 団体コード as ="…", keeps numbers; the Blob holds that text with a BOM', async () => {
    const { browserCsvText, csvBlobUrl } = (await import(/* @vite-ignore */ modulePath)) as Downloads;
    const rows: Array<Array<string | number | null>> = [
      ['団体コード', '団体名', '都道府県', '=x（%・2022）', 'y'],
      ...FORMULA_PAYLOADS.map((p, i) => [`01100${i % 10}`, p, null, -i, p] as Array<string | number | null>),
      [],
      ['出典：総務省'],
    ];
    const text = browserCsvText(rows);
    expect(text.startsWith('\ufeff')).toBe(true);
    const bytes = new TextEncoder().encode(text);
    const cells = rawCells(bytes, 'utf8-bom');
    expect(cells[0]).toEqual(['団体コード', '団体名', '都道府県', "'=x（%・2022）", 'y']);
    FORMULA_PAYLOADS.forEach((p, i) => {
      expect(cells[i + 1]).toEqual([`="01100${i % 10}"`, neutral(p), '', String(-i), neutral(p)]);
    });
    expect(cells.at(-1)).toEqual(['出典：総務省']);

    const url = csvBlobUrl(rows);
    const { resolveObjectURL } = await import('node:buffer');
    const blob = resolveObjectURL(url)!;
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
    URL.revokeObjectURL(url);
  });
});

describeEachDatabase('CSV downloads over REST and the export round trip', (database) => {
  const db = () => database().handle.db;
  const app = () => createApp({ db: db(), webRoot: null });

  beforeAll(async () => {
    const r = await importFile(db(), { bytes: new TextEncoder().encode(payloadCatalogJson(FORMULA_PAYLOADS)), file: 'payloads.json', actor: 'test:setup' });
    expect(r).toMatchObject({ kind: 'catalog', strategy: SID, created: true });
  });

  it.each<[CsvEncoding, string]>([
    ['utf8', 'utf-8'],
    ['utf8-bom', 'utf-8'],
    ['sjis', 'Shift_JIS'],
  ])('GET …/evaluation?format=csv&encoding=%s', async (encoding, charset) => {
    const res = await app().request(`/api/v1/strategies/${SID}/evaluation?as_of=2026-11-23&format=csv&encoding=${encoding}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(charset);
    const t = table(new Uint8Array(await res.arrayBuffer()), encoding);
    FORMULA_PAYLOADS.forEach((p, i) => {
      const r = t.row(`K-${i}`);
      expect([r[t.col('指標')], r[t.col('単位')], r[t.col('目標（原文）')], r[t.col('基準値')]]).toEqual([neutral(p), neutral(p), neutral(p), '-5']);
    });
  });

  it.each<CsvEncoding>(['utf8-bom', 'sjis', 'utf8'])('kpisToCsv (%s) of a catalog full of formulas → import: nothing changes', async (encoding) => {
    // a strategy whose texts have no leading whitespace (table cells are trimmed on import)
    const sid = `csv-roundtrip-${encoding}`;
    const json = payloadCatalogJson(UNTRIMMED_PAYLOADS).replace(`"id":"${SID}"`, `"id":"${sid}"`);
    await importFile(db(), { bytes: new TextEncoder().encode(json), file: `${sid}.json`, actor: 'test:setup' });
    const before = await snapshot(db());
    const r = await importFile(db(), { bytes: kpisToCsv(await loadCatalog(db(), sid), encoding), file: `${sid}_kpis.csv`, actor: 'test:roundtrip', strategyId: sid });
    expect(r).toEqual({ kind: 'kpis', strategy: sid, rows: UNTRIMMED_PAYLOADS.length, added: 0, updated: 0, unchanged: UNTRIMMED_PAYLOADS.length, targets_revised: 0 });
    expect(await snapshot(db())).toEqual(before);
    const obs = await importFile(db(), { bytes: observationsToCsv(await loadCatalog(db(), sid), encoding), file: `${sid}_obs.csv`, actor: 'test:roundtrip', strategyId: sid });
    expect(obs).toMatchObject({ kind: 'observations' });
    const again = await loadCatalog(db(), sid);
    UNTRIMMED_PAYLOADS.forEach((p, i) => {
      const k = again.kpis.find((x) => x.id === `K-${i}`)!;
      expect([k.name, k.unit, k.targetText, k.observations[0]!.source, k.observations[0]!.note]).toEqual([p, p, p, p, p]);
    });
  });

  describe('statistics downloads (ranking, series, scatter)', () => {
    const defs: IndicatorDef[] = FORMULA_PAYLOADS.map((p, i) => ({
      code: `csv_payload_${i}`,
      nameJa: p,
      unit: p,
      category: 'population',
      source: '総務省（テスト）',
      licence: 'CC BY 4.0',
    }));
    beforeAll(async () => {
      await db().transaction(async (tx) => {
        await upsertIndicators(tx, defs);
        await writeValues(
          tx,
          defs.flatMap((d, i) => [
            { areaCode: '011002', indicatorCode: d.code, period: parsePeriod('2022'), value: -1 - i, flag: null },
            { areaCode: '012025', indicatorCode: d.code, period: parsePeriod('2022'), value: 2 + i, flag: null },
          ]),
        );
      });
    });

    const csvOf = async (path: string) => {
      const res = await app().request(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/csv');
      return rawCells(new Uint8Array(await res.arrayBuffer()), 'utf8-bom');
    };

    it.each(FORMULA_PAYLOADS.map((p, i) => [i, p] as const))('payload %i in the indicator name and unit', async (i, p) => {
      const code = `csv_payload_${i}`;
      const ranking = await csvOf(`/api/v1/indicators/${code}/ranking?level=municipality&pref_code=01&format=csv`);
      expect(ranking[0]![4]!.startsWith(neutral(p))).toBe(true);
      expect(ranking.find((r) => r[1] === '="011002"')).toEqual(['2', '="011002"', '札幌市', '北海道', String(-1 - i), '']);
      expect(ranking.some((r) => r[1] === '011002')).toBe(false);

      const series = await csvOf(`/api/v1/series?indicators=${code}&areas=011002,012025&format=csv`);
      expect(series[0]).toEqual(['指標コード', '指標名', '単位', '団体コード', '団体名', '期間', '値', '注記', '系列の断層']);
      expect(series[1]).toEqual([code, neutral(p), neutral(p), '="011002"', '札幌市', '2022', String(-1 - i), '', '']);
      expect(series[2]).toEqual([code, neutral(p), neutral(p), '="012025"', '函館市', '2022', String(2 + i), '', '']);

      const scatter = await csvOf(`/api/v1/scatter?x=${code}&y=${code}&level=municipality&pref_code=01&format=csv`);
      expect(scatter[0]!.slice(3).every((h) => h.startsWith(neutral(p)))).toBe(true);
      expect(scatter.find((r) => r[0] === '="011002"')).toEqual(['="011002"', '札幌市', '北海道', String(-1 - i), String(-1 - i)]);
      // nothing in any of the three files starts a formula, except the digit-only ="…" codes
      expect([...ranking, ...series, ...scatter].flat().filter(startsFormula)).toEqual([]);
    });
  });
});
