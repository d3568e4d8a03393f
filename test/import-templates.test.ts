/**
 * Import templates (CSV and Excel, API and CLI module code) and the documented headers: each
 * template carries the documented Japanese headers and one example row; importing it untouched
 * is refused naming the example's line and changes nothing; an edited example row imports; the
 * headers exactly as the README writes them (「期間・年度」, 「kpi_id（指標ID）」) are accepted.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/http/app.ts';
import { importTableFile, readObservationTable, readTable } from '../src/modules/kpi/index.ts';
import { importStatistics, readTidyTable } from '../src/modules/statistics/index.ts';
import { InputError } from '../src/shared/errors.ts';
import { encodeText } from '../src/shared/text-encoding.ts';
import { describeEachDatabase } from './support/databases.ts';
import { rejection, snapshot } from './support/db-snapshot.ts';

const NATIONAL = 'chiiki-mirai-senryaku-2026';
const DOCUMENTED = {
  observations: ['指標ID', '期間・年度', '実績値', '区分', '出典', '備考'],
  kpis: ['指標ID', 'ノード', '構成元KPI', '指標名', '単位', '方向', '基準値', '基準年度', '目標値', '目標年度', '目標（原文）', '目標設定時期', '新規'],
  statistics: ['団体コード', '期間・年度', '指標コード', '値', '区分'],
} as const;

type App = ReturnType<typeof createApp>;

async function template(app: App, kind: string, format: 'csv' | 'xlsx') {
  const res = await app.request(`/api/v1/import-templates/${kind}?format=${format}`);
  expect(res.status).toBe(200);
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { res, bytes, file: `template.${format}` };
}

describe('documented headers', () => {
  const table = (header: string[]) => ({ file: 'a.csv', header, rows: [{ line: 2, cells: ['IMP-02', '2025年度', 10, null, null, null] }] });
  it('accepts 「期間・年度」 and the bilingual 「kpi_id（指標ID）」 forms as written in the README', () => {
    for (const header of [
      ['指標ID', '期間・年度', '実績値', '区分', '出典', '備考'],
      ['kpi_id（指標ID）', 'period（期間・年度）', 'value（実績値）', 'flag（区分）', 'source（出典）', 'note（備考）'],
      ['kpi_id', 'period', 'value', 'flag', 'source', 'note'],
    ]) {
      const rows = readObservationTable(table(header), new Set(['IMP-02']));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ kpiId: 'IMP-02', value: 10, period: { label: 'FY2025' } });
    }
  });
  it('accepts 「期間・年度」 in a tidy statistics table', () => {
    const t = { file: 't.csv', header: ['団体コード', '期間・年度', '指標コード', '値'], rows: [{ line: 2, cells: ['011002', '2023', 'population', 5] }] };
    expect(readTidyTable(t).values).toEqual([expect.objectContaining({ areaCode: '011002', indicatorCode: 'population', value: 5 })]);
  });
});

describeEachDatabase('import templates', (db) => {
  let app: App;
  beforeAll(() => {
    app = createApp({ db: db().handle.db, webRoot: null });
  });

  for (const kind of ['observations', 'kpis', 'statistics'] as const) {
    for (const format of ['csv', 'xlsx'] as const) {
      it(`${kind} ${format}: documented Japanese headers and one example row, under its own file name`, async () => {
        const { res, bytes, file } = await template(app, kind, format);
        expect(res.headers.get('content-disposition')).toContain(`sousei-template-${kind}.${format}`);
        if (format === 'csv') expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const t = await readTable(bytes, file);
        expect(t.header).toEqual(DOCUMENTED[kind]);
        expect(t.rows).toHaveLength(1);
      });
    }
  }

  it('refuses an untouched template (observations, KPI definitions) naming the example line, and stores nothing', async () => {
    const h = db().handle.db;
    const before = await snapshot(h);
    for (const kind of ['observations', 'kpis'] as const) {
      for (const format of ['csv', 'xlsx'] as const) {
        const { bytes, file } = await template(app, kind, format);
        const e = await rejection(importTableFile(h, { bytes, file, actor: 'test', strategyId: NATIONAL }));
        expect(e).toBeInstanceOf(InputError);
        expect((e as InputError).issues).toEqual([expect.objectContaining({ file, line: 2, code: 'template_example', reason: expect.stringContaining('記入例') })]);
      }
    }
    expect(await snapshot(h)).toEqual(before);
  });

  it('imports a template whose example row was replaced by a real value', async () => {
    const { bytes } = await template(app, 'observations', 'csv');
    const text = new TextDecoder().decode(bytes).replace('12.5', '13.5');
    const r = await importTableFile(db().handle.db, { bytes: encodeText(text, 'utf8-bom'), file: 'filled.csv', actor: 'test', strategyId: NATIONAL });
    expect(r).toMatchObject({ kind: 'observations', rows: 1, inserted: 1 });
  });

  it('refuses an untouched statistics template', async () => {
    for (const format of ['csv', 'xlsx'] as const) {
      const { bytes, file } = await template(app, 'statistics', format);
      const e = await rejection(importStatistics(db().handle.db, { bytes, file, actor: 'test' }));
      expect((e as InputError).issues).toEqual([expect.objectContaining({ line: 2, code: 'template_example' })]);
    }
  });

  it('answers a bad format with a 400 naming the parameter', async () => {
    const res = await app.request('/api/v1/import-templates/observations?format=pdf');
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('format');
  });
});
