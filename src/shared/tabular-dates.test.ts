/** Excel date cells keep the precision of their display format (「2024年3月」 is a month, not 1 March). */
import { describe, expect, it } from 'vitest';
import { loadExcelJS } from './load-exceljs.ts';
import { readXlsxTable } from './tabular.ts';

async function sheetWith(cells: Array<[Date, string | undefined]>): Promise<Uint8Array> {
  const wb = new (await loadExcelJS()).Workbook();
  const ws = wb.addWorksheet('実績');
  ws.addRow(['kpi_id', 'period', 'value']);
  for (const [d, fmt] of cells) {
    const row = ws.addRow(['K-1', d, 1]);
    if (fmt) row.getCell(2).numFmt = fmt;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('Excel date cells', () => {
  it('read as a month, a year or a day according to their format', async () => {
    const d = new Date(Date.UTC(2024, 2, 1));
    const bytes = await sheetWith([
      [d, 'yyyy"年"m"月"'],
      [d, '[$-ja-JP]ggge"年"m"月"'],
      [d, 'yyyy"年"'],
      [d, 'yyyy/m/d'],
      [d, undefined],
    ]);
    const table = await readXlsxTable(bytes, 'a.xlsx');
    expect(table.rows.map((r) => r.cells[1])).toEqual(['2024-03', '2024-03', '2024', '2024-03-01', '2024-03-01']);
  });
});
