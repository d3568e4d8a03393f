// biome-ignore-all lint/suspicious/noExplicitAny: the tests patch parsed JSON documents of any shape
/**
 * Input hygiene: every limit of src/shared/input-limits.ts and every value the database cannot
 * store is refused with a located InputError (file, line, column or JSON path, a stable code,
 * a Japanese reason) — in the JSON catalog reader, the statistics JSON / tidy / e-Stat readers,
 * the CSV and Excel table readers, the KPI table readers (files and forms), and over REST.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/http/app.ts';
import { catalogToJson, readCsvTable, readJsonCatalog, readKpiTable, readObservationTable, readTable, type Table } from '../src/modules/kpi/index.ts';
import { readEstatCsv, readStatisticsJson, readTidyTable } from '../src/modules/statistics/index.ts';
import { InputError, type InputIssue } from '../src/shared/errors.ts';
import {
  MAX_CELL_LENGTH,
  MAX_COLUMNS,
  MAX_JSON_DEPTH,
  MAX_KPI_IMPORT_ROWS,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_STATISTICS_IMPORT_ROWS,
  MAX_TABLE_RECORDS,
} from '../src/shared/input-limits.ts';
import { jsonDepthExceeds, parseLocatedJson } from '../src/shared/located-json.ts';
import { decodeFile, readCsvRecords } from '../src/shared/tabular.ts';
import { describeEachDatabase } from './support/databases.ts';

/** The issues of the InputError `fn` throws (anything else fails the test). */
function issuesOf(fn: () => unknown): InputIssue[] {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof InputError)) throw new Error(`expected an InputError, got ${String(e)}`);
    return e.issues;
  }
  throw new Error('expected an InputError');
}

async function issuesOfAsync(p: Promise<unknown>): Promise<InputIssue[]> {
  try {
    await p;
  } catch (e) {
    if (!(e instanceof InputError)) throw new Error(`expected an InputError, got ${String(e)}`);
    return e.issues;
  }
  throw new Error('expected an InputError');
}

/** A valid small catalog; `patch` edits the parsed document before it is written as text. */
function catalogText(patch: (d: Record<string, any>) => void = () => {}): string {
  const d: Record<string, any> = {
    strategy: { id: 's', name: '戦略' },
    nodes: [{ id: 'goal', parent: null, level: 'goal', name: '目標' }],
    kpis: [
      {
        id: 'K1',
        node: 'goal',
        name: '移住者数',
        unit: '人',
        direction: 'increase',
        baseline: { value: 1, period: '2020' },
        targets: [{ value: 10, period: '2030' }],
        observations: [{ period: '2024', value: 5 }],
      },
    ],
  };
  patch(d);
  return JSON.stringify(d, null, 2);
}

const big = `1${'0'.repeat(400)}`;

describe('JSON: nesting depth is checked before parsing', () => {
  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;

  it('a 100,000-deep array is a normal located InputError, not a RangeError', () => {
    for (const read of [(t: string) => readJsonCatalog(t, 'deep.json'), (t: string) => readStatisticsJson(t, 'deep.json')]) {
      expect(issuesOf(() => read(deep))).toEqual([
        { file: 'deep.json', line: 1, column: `${MAX_JSON_DEPTH + 1}文字目`, code: 'too_deep', reason: `JSON の入れ子が深すぎます（上限 ${MAX_JSON_DEPTH}段）` },
      ]);
    }
  });

  it('names the line of the first bracket too deep', () => {
    const text = `{\n"a":\n${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}}`;
    expect(issuesOf(() => parseLocatedJson(text, 'x.json'))[0]).toMatchObject({ line: 3, column: `${MAX_JSON_DEPTH}文字目`, code: 'too_deep' });
  });

  it('jsonDepthExceeds counts brackets outside strings only, escapes included', () => {
    expect(jsonDepthExceeds('[[1]]', 2)).toBe(false);
    expect(jsonDepthExceeds('[[[1]]]', 2)).toBe(true);
    expect(jsonDepthExceeds('{"a":"[[[[[[\\"[[[["}', 1)).toBe(false);
    expect(jsonDepthExceeds('{"a":"\\\\"}', 1)).toBe(false);
    expect(jsonDepthExceeds('[{"a":[{}]},[]]', 4)).toBe(false);
    expect(jsonDepthExceeds('[{"a":[{}]},[]]', 3)).toBe(true);
    expect(jsonDepthExceeds(deep)).toBe(true);
    // a real catalog is far inside the limit
    expect(jsonDepthExceeds(catalogText())).toBe(false);
  });
});

describe('JSON: numbers must be finite and within ±10^18', () => {
  it('1e400 (Infinity after JSON.parse) anywhere, extras included, is refused with the number as written', () => {
    const text = catalogText((d) => {
      d.kpis[0].observations[0].value = 0;
      d.kpis[0].weight = 0;
    })
      .replace('"value": 0', '"value": 1e400')
      .replace('"weight": 0', '"weight": -1e400');
    const issues = issuesOf(() => readJsonCatalog(text, 'c.json'));
    expect(issues.map((i) => [i.column, i.code])).toEqual([
      ['kpis[0].observations[0].value', 'number_out_of_range'],
      ['kpis[0].weight', 'number_out_of_range'],
    ]);
    expect(issues[0]!.reason).toBe('数値が大きすぎます: 1e400（絶対値 10^18（100京） 以下の数値にしてください）');
    expect(issues[0]!.line).toBe(text.split('\n').findIndex((l) => l.includes('1e400')) + 1);
  });

  it('a 400-digit number string in a value is refused (it used to evaluate as ①A, 進捗率 Infinity%)', () => {
    const issues = issuesOf(() =>
      readJsonCatalog(
        catalogText((d) => (d.kpis[0].observations[0].value = big)),
        'c.json',
      ),
    );
    expect(issues).toEqual([expect.objectContaining({ file: 'c.json', column: 'kpis[0].observations[0].value', code: 'number_out_of_range' })]);
    expect(issues[0]!.reason).toMatch(/^数値が大きすぎます: "1000000000000000000000000000000000000000…（401文字）"/);
  });

  it('10^19 as a baseline or target is refused; ±10^18 is fine', () => {
    expect(
      issuesOf(() =>
        readJsonCatalog(
          catalogText((d) => (d.kpis[0].baseline.value = 1e19)),
          'c.json',
        ),
      )[0],
    ).toMatchObject({ column: 'kpis[0].baseline.value', code: 'number_out_of_range' });
    expect(
      issuesOf(() =>
        readJsonCatalog(
          catalogText((d) => (d.kpis[0].targets[0].value = '10,000,000兆')),
          'c.json',
        ),
      )[0],
    ).toMatchObject({ column: 'kpis[0].targets[0].value', code: 'number_out_of_range' });
    const ok = readJsonCatalog(
      catalogText((d) => {
        d.kpis[0].baseline.value = -1e18;
        d.kpis[0].targets[0].value = 1e18;
      }),
      'c.json',
    );
    expect([ok.kpis[0]!.baseline!.value, ok.kpis[0]!.targets[0]!.value]).toEqual([-1e18, 1e18]);
  });

  it('statistics JSON: values beyond the bound are located by JSON path', () => {
    const text = JSON.stringify({
      values: [
        { area_code: '011002', period: '2022', indicator: 'population', value: 5 },
        { area_code: '011002', period: '2023', indicator: 'population', value: big },
      ],
    });
    expect(issuesOf(() => readStatisticsJson(text, 's.json'))).toEqual([expect.objectContaining({ column: 'values[1].value', code: 'number_out_of_range' })]);
    expect(issuesOf(() => readStatisticsJson(text.replace(`"${big}"`, '1e400'), 's.json'))).toEqual([
      expect.objectContaining({ column: 'values[1].value', code: 'number_out_of_range' }),
    ]);
  });
});

describe('JSON: strings the database cannot store', () => {
  it.each<[string, string, string]>([
    ['NUL in a name', '札幌\u0000市', 'nul_character'],
    ['a lone high surrogate', 'a\ud800b', 'lone_surrogate'],
    ['a lone low surrogate', '\udc00', 'lone_surrogate'],
  ])('%s (kpis, nodes, extras, nested extras)', (_name, bad, code) => {
    for (const [patch, column] of [
      [(d: Record<string, any>) => (d.kpis[0].name = bad), 'kpis[0].name'],
      [(d: Record<string, any>) => (d.nodes[0].name = bad), 'nodes[0].name'],
      [(d: Record<string, any>) => (d.kpis[0].observations[0].note = bad), 'kpis[0].observations[0].note'],
      [(d: Record<string, any>) => (d.meta = { list: ['ok', bad] }), 'meta.list[1]'],
    ] as const) {
      expect(issuesOf(() => readJsonCatalog(catalogText(patch), 'c.json'))).toEqual([expect.objectContaining({ file: 'c.json', column, code })]);
    }
  });

  it('a surrogate pair (𠮷, emoji) is a character, not a problem', () => {
    expect(
      readJsonCatalog(
        catalogText((d) => (d.kpis[0].name = '𠮷野家😀')),
        'c.json',
      ).kpis[0]!.name,
    ).toBe('𠮷野家😀');
  });

  it('statistics JSON: NUL in an indicator definition is refused', () => {
    const text = JSON.stringify({ indicators: [{ code: 'x', name_ja: 'ｘ\u0000', unit: '', category: 'population', source: 's', licence: 'l' }], values: [] });
    expect(issuesOf(() => readStatisticsJson(text, 's.json'))).toEqual([expect.objectContaining({ column: 'indicators[0].name_ja', code: 'nul_character' })]);
  });
});

describe('JSON: __proto__ keys are refused (reserved_key); every other extra round-trips', () => {
  it.each<[string, string, string]>([
    ['top level', '"kpis"', '__proto__'],
    ['a KPI', '"unit"', 'kpis[0].__proto__'],
    ['a target', '"period": "2030"', 'kpis[0].targets[0].__proto__'],
  ])('in %s', (_where, anchor, column) => {
    const text = catalogText().replace(anchor, (m) => `"__proto__": {"polluted": true}, ${m}`);
    const issues = issuesOf(() => readJsonCatalog(text, 'c.json'));
    expect(issues).toEqual([
      {
        file: 'c.json',
        line: text.split('\n').findIndex((l) => l.includes('__proto__')) + 1,
        column,
        code: 'reserved_key',
        reason: 'キー「__proto__」は使えません（JavaScript の予約名のため保存できません）。別の名前にしてください',
      },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('extras of every JSON type at every level survive reading and writing (constructor, toString are ordinary keys)', () => {
    const extras = { s: 'x', n: -1.5, b: false, z: null, a: [1, 'two', { three: 3 }], o: { nested: { deep: ['ok'] } }, constructor: 'c', toString: 't' };
    const text = catalogText((d) => {
      Object.assign(d, { milestones: extras });
      Object.assign(d.strategy, { edition: extras });
      Object.assign(d.nodes[0], extras);
      Object.assign(d.kpis[0], extras);
      Object.assign(d.kpis[0].targets[0], { window: extras });
    });
    const out = catalogToJson(readJsonCatalog(text, 'c.json')) as Record<string, any>;
    expect(out.milestones).toEqual(extras);
    expect(out.strategy.edition).toEqual(extras);
    expect(out.nodes[0]).toMatchObject(extras);
    expect(out.kpis[0]).toMatchObject(extras);
    expect(out.kpis[0].targets[0].window).toEqual(extras);
  });
});

describe('JSON: text field sizes', () => {
  const name = (n: number) => 'あ'.repeat(n);
  it.each<[string, (d: Record<string, any>, s: string) => void, string, number]>([
    ['KPI name', (d, s) => (d.kpis[0].name = s), 'kpis[0].name', MAX_NAME_LENGTH],
    ['node name', (d, s) => (d.nodes[0].name = s), 'nodes[0].name', MAX_NAME_LENGTH],
    ['strategy name', (d, s) => (d.strategy.name = s), 'strategy.name', MAX_NAME_LENGTH],
    ['unit', (d, s) => (d.kpis[0].unit = s), 'kpis[0].unit', MAX_NAME_LENGTH],
    ['target wording', (d, s) => (d.kpis[0].target_text = s), 'kpis[0].target_text', MAX_NOTE_LENGTH],
    ["a target's text", (d, s) => (d.kpis[0].targets[0].text = s), 'kpis[0].targets[0].text', MAX_NOTE_LENGTH],
    ['observation source', (d, s) => (d.kpis[0].observations[0].source = s), 'kpis[0].observations[0].source', MAX_NOTE_LENGTH],
    ['an extra string', (d, s) => (d.kpis[0].remarks = s), 'kpis[0].remarks', MAX_CELL_LENGTH],
  ])('%s: %s characters at most', (_what, set, column, max) => {
    expect(() =>
      readJsonCatalog(
        catalogText((d) => set(d, name(max))),
        'c.json',
      ),
    ).not.toThrow();
    const issues = issuesOf(() =>
      readJsonCatalog(
        catalogText((d) => set(d, name(max + 1))),
        'c.json',
      ),
    );
    expect(issues).toEqual([
      {
        file: 'c.json',
        line: expect.any(Number),
        column,
        code: 'too_long',
        reason: `文字数が多すぎます（${(max + 1).toLocaleString('en-US')}文字、上限 ${max.toLocaleString('en-US')}文字）`,
      },
    ]);
  });
});

describe('CSV and Excel tables: width, cell size and row count, checked while reading', () => {
  it(`a header wider than ${MAX_COLUMNS} columns is refused at line 1`, () => {
    const header = Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => `c${i}`).join(',');
    expect(issuesOf(() => readCsvTable(`${header}\n1\n`, 'wide.csv'))).toEqual([
      { file: 'wide.csv', line: 1, code: 'too_many_columns', reason: `列が多すぎます（上限 ${MAX_COLUMNS.toLocaleString('en-US')}列）。区切り文字が正しいか確認してください` },
    ]);
    expect(readCsvTable(`${Array.from({ length: MAX_COLUMNS }, (_, i) => `c${i}`).join(',')}\n`, 'ok.csv').header).toHaveLength(MAX_COLUMNS);
  });

  it(`a cell longer than ${MAX_CELL_LENGTH} characters is refused with its line and column (quoted or not)`, () => {
    const long = 'x'.repeat(MAX_CELL_LENGTH + 1);
    expect(issuesOf(() => readCsvRecords(`a,b\n1,${long}\n`, 'long.csv'))).toEqual([expect.objectContaining({ line: 2, column: '2列目', code: 'too_long' })]);
    expect(issuesOf(() => readCsvRecords(`a,b\n1,2\n"${long}",3\n`, 'long.csv'))).toEqual([expect.objectContaining({ line: 3, column: '1列目', code: 'too_long' })]);
    expect(readCsvRecords(`a\n${'x'.repeat(MAX_CELL_LENGTH)}\n`, 'ok.csv')).toHaveLength(2);
  });

  it(`more than ${MAX_TABLE_RECORDS.toLocaleString('en-US')} records: refused at the first one beyond`, () => {
    const text = `v\n${'1\n'.repeat(MAX_TABLE_RECORDS)}`;
    expect(issuesOf(() => readCsvRecords(text, 'many.csv'))).toEqual([expect.objectContaining({ file: 'many.csv', line: MAX_TABLE_RECORDS + 1, code: 'too_many_rows' })]);
  });

  it('Excel: too many columns, and cells beyond the limit, are refused', async () => {
    const wide = new ExcelJS.Workbook();
    wide.addWorksheet('s').addRow(Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => `c${i}`));
    const wideBytes = new Uint8Array((await wide.xlsx.writeBuffer()) as ArrayBuffer);
    expect(await issuesOfAsync(readTable(wideBytes, 'wide.xlsx'))).toEqual([expect.objectContaining({ line: 1, code: 'too_many_columns' })]);

    const long = new ExcelJS.Workbook();
    const ws = long.addWorksheet('s');
    ws.addRow(['kpi_id', 'note']);
    ws.addRow(['K1', 'y'.repeat(MAX_CELL_LENGTH + 1)]);
    const longBytes = new Uint8Array((await long.xlsx.writeBuffer()) as ArrayBuffer);
    expect(await issuesOfAsync(readTable(longBytes, 'long.xlsx'))).toEqual([expect.objectContaining({ file: 'long.xlsx', line: 2, column: 'note', code: 'too_long' })]);
  });

  it('bytes invalid in the chosen or detected encoding: an InputError naming the file and line', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('kpi_id,note\nT-1,札幌札幌\nT-2,北海\n')].flatMap((b, i) => (i === 28 ? [0x80, b] : [b])));
    for (const enc of ['auto', 'utf8'] as const) {
      expect(issuesOf(() => decodeFile(bytes, 'broken.csv', enc))).toEqual([expect.objectContaining({ file: 'broken.csv', line: 2, code: 'bad_encoding' })]);
    }
    expect(issuesOf(() => decodeFile(Uint8Array.from([0x61, 0x0a, 0x82, 0x0a]), 'sjis.csv', 'sjis'))).toEqual([
      expect.objectContaining({ file: 'sjis.csv', line: 2, code: 'bad_encoding' }),
    ]);
  });
});

describe('KPI tables (files and forms): limits and numbers', () => {
  const obsTable = (cells: Array<Array<string | number | null>>, file = 'obs.csv'): Table => ({
    file,
    header: ['kpi_id', 'period', 'value', 'flag', 'source', 'note'],
    rows: cells.map((c, i) => ({ line: i + 2, cells: c })),
  });

  it(`more than ${MAX_KPI_IMPORT_ROWS.toLocaleString('en-US')} rows of actual values or definitions are refused`, () => {
    const row = { line: 0, cells: ['K1', '2024', 1, null, null, null] };
    const rows = Array.from({ length: MAX_KPI_IMPORT_ROWS + 1 }, (_, i) => ({ ...row, line: i + 2 }));
    expect(issuesOf(() => readObservationTable({ ...obsTable([]), rows }, new Set(['K1'])))).toEqual([
      expect.objectContaining({ line: MAX_KPI_IMPORT_ROWS + 2, code: 'too_many_rows' }),
    ]);
    const kpiRows = { file: 'kpis.csv', header: ['kpi_id', 'node', 'name', 'direction'], rows: rows.map((r) => ({ line: r.line, cells: ['K', 'goal', 'x', 'increase'] })) };
    expect(issuesOf(() => readKpiTable(kpiRows, new Set(['goal']), new Map()))).toEqual([expect.objectContaining({ line: MAX_KPI_IMPORT_ROWS + 2, code: 'too_many_rows' })]);
  });

  it('a 400-digit value in a CSV cell is refused with file, line and column (not stored as Infinity)', () => {
    const table = readCsvTable(`kpi_id,period,value\nK1,2024,5\nK1,2025,${big}\n`, 'actuals.csv');
    expect(issuesOf(() => readObservationTable(table, new Set(['K1'])))).toEqual([
      expect.objectContaining({ file: 'actuals.csv', line: 3, column: 'value', code: 'number_out_of_range' }),
    ]);
  });

  it('source/note within 2,000, flag and ids within 500 characters; NUL and lone surrogates from forms refused', () => {
    expect(readObservationTable(obsTable([['K1', '2024', 1, null, 'あ'.repeat(MAX_NOTE_LENGTH), null]]), new Set(['K1']))).toHaveLength(1);
    expect(issuesOf(() => readObservationTable(obsTable([['K1', '2024', 1, null, null, 'あ'.repeat(MAX_NOTE_LENGTH + 1)]]), new Set(['K1'])))).toEqual([
      expect.objectContaining({ line: 2, column: 'note', code: 'too_long' }),
    ]);
    expect(issuesOf(() => readObservationTable(obsTable([['K1', '2024', 1, null, 'a\u0000', null]], 'フォーム'), new Set(['K1'])))).toEqual([
      expect.objectContaining({ file: 'フォーム', column: 'source', code: 'nul_character' }),
    ]);
    expect(issuesOf(() => readObservationTable(obsTable([['K1', '2024', '\ud800', null, null, null]]), new Set(['K1'])))).toEqual([
      expect.objectContaining({ column: 'value', code: 'lone_surrogate' }),
    ]);
  });

  it('KPI definitions: name within 500, target wording within 2,000 characters', () => {
    const table = (name: string, targetText: string): Table => ({
      file: 'kpis.csv',
      header: ['kpi_id', 'node', 'name', 'direction', 'target_text'],
      rows: [{ line: 2, cells: ['K1', 'goal', name, 'increase', targetText] }],
    });
    expect(readKpiTable(table('あ'.repeat(MAX_NAME_LENGTH), 'い'.repeat(MAX_NOTE_LENGTH)), new Set(['goal']), new Map())).toHaveLength(1);
    expect(issuesOf(() => readKpiTable(table('あ'.repeat(MAX_NAME_LENGTH + 1), 'x'), new Set(['goal']), new Map()))).toEqual([
      expect.objectContaining({ line: 2, column: 'name', code: 'too_long' }),
    ]);
    expect(issuesOf(() => readKpiTable(table('x', 'い'.repeat(MAX_NOTE_LENGTH + 1)), new Set(['goal']), new Map()))).toEqual([
      expect.objectContaining({ line: 2, column: 'target_text', code: 'too_long' }),
    ]);
  });
});

describe('statistics readers: limits and numbers', () => {
  it('tidy CSV: a 400-digit value and 10^19 are refused with line and column', () => {
    const table = readCsvTable(`area_code,period,indicator,value\n011002,2022,population,${big}\n011002,2023,population,10000000000000000000\n`, 'tidy.csv');
    expect(issuesOf(() => readTidyTable(table)).map((i) => [i.line, i.column, i.code])).toEqual([
      [2, 'value', 'number_out_of_range'],
      [3, 'value', 'number_out_of_range'],
    ]);
  });

  it(`tidy tables and statistics JSON hold at most ${MAX_STATISTICS_IMPORT_ROWS.toLocaleString('en-US')} values`, () => {
    const row = { line: 7, cells: ['011002', '2022', 'population', 1] as Array<string | number | null> };
    const many: Table = { file: 'tidy.csv', header: ['area_code', 'period', 'indicator', 'value'], rows: new Array(MAX_STATISTICS_IMPORT_ROWS + 1).fill(row) };
    expect(issuesOf(() => readTidyTable(many))).toEqual([expect.objectContaining({ file: 'tidy.csv', line: 7, code: 'too_many_rows' })]);
    const json = `{"values":[${'0,'.repeat(MAX_STATISTICS_IMPORT_ROWS)}0]}`;
    expect(issuesOf(() => readStatisticsJson(json, 's.json'))).toEqual([
      expect.objectContaining({ file: 's.json', line: 1, column: `values[${MAX_STATISTICS_IMPORT_ROWS}]`, code: 'too_many_rows' }),
    ]);
  });

  it('e-Stat tables: a value beyond the bound is located; indicator definitions have text limits', () => {
    const csv = [
      '"表章項目 コード","表章項目","地域 コード","地域","時間軸（年次） コード","時間軸（年次）","unit","value"',
      `"A1101","総人口","01100","札幌市","2020000000","2020年","人","${big}"`,
    ].join('\r\n');
    expect(issuesOf(() => readEstatCsv(csv, 'estat.csv'))).toEqual([expect.objectContaining({ file: 'estat.csv', line: 2, column: 'value', code: 'number_out_of_range' })]);
    const text = JSON.stringify({
      indicators: [{ code: 'x', name_ja: 'あ'.repeat(MAX_NAME_LENGTH + 1), unit: '', category: 'population', source: 's', licence: 'l' }],
      values: [],
    });
    expect(issuesOf(() => readStatisticsJson(text, 's.json'))).toEqual([expect.objectContaining({ column: 'indicators[0].name_ja', code: 'too_long' })]);
  });
});

describeEachDatabase(
  'POST /api/v1/evaluate refuses hostile catalogs with 400 and located issues',
  (database) => {
    const post = async (body: string) => {
      const res = await createApp({ db: database().handle.db, webRoot: null }).request('/api/v1/evaluate?as_of=2026-11-23', {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
      });
      return { status: res.status, body: (await res.json()) as { error?: { issues: InputIssue[] }; kpis?: Array<{ status: string; progress: number | null }> } };
    };

    it('a 100,000-deep array, a 400-digit value, a __proto__ key, a NUL', async () => {
      const deep = await post(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
      expect(deep.status).toBe(400);
      expect(deep.body.error!.issues[0]).toMatchObject({ file: 'リクエスト本文', code: 'too_deep' });

      const huge = await post(catalogText((d) => (d.kpis[0].observations[0].value = big)));
      expect(huge.status).toBe(400);
      expect(huge.body.error!.issues[0]).toMatchObject({ column: 'kpis[0].observations[0].value', code: 'number_out_of_range' });

      const proto = await post(catalogText().replace('"kpis"', '"__proto__": {}, "kpis"'));
      expect([proto.status, proto.body.error!.issues[0]!.code]).toEqual([400, 'reserved_key']);

      const nul = await post(catalogText((d) => (d.kpis[0].name = 'a\u0000')));
      expect([nul.status, nul.body.error!.issues[0]!.code]).toEqual([400, 'nul_character']);

      const fine = await post(catalogText());
      expect(fine.status).toBe(200);
      expect(fine.body.kpis![0]).toMatchObject({ status: '1B', progress: 44 });
    });
  },
  { reference: false },
);
