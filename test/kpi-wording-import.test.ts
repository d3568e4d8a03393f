/**
 * The official method through import and storage, on both databases: a KPI table whose targets
 * are written in words (real wordings: 「増加（2024年3月比）」-style base qualifiers, 「東京圏以上」)
 * and actuals dated 「2024年3月」 and 「2024年度末」 keep their precision from the CSV through the
 * database to the evaluation.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { evaluateCatalog, importFile, loadCatalog } from '../src/modules/kpi/index.ts';
import { parseDay } from '../src/shared/periods.ts';
import { encodeText } from '../src/shared/text-encoding.ts';
import { describeEachDatabase } from './support/databases.ts';

const SID = 'test-strategy';
const catalogBytes = () => new Uint8Array(readFileSync(new URL('./fixtures/catalog-small.json', import.meta.url)));
const csv = (lines: string[]) => encodeText(`${lines.join('\r\n')}\r\n`, 'utf8');

describeEachDatabase('targets in words and precise periods, from CSV to evaluation', (database) => {
  const db = () => database().handle.db;

  beforeAll(async () => {
    await importFile(db(), { bytes: catalogBytes(), file: 'catalog-small.json', actor: 'test:setup' });
    await importFile(db(), {
      file: 'KPI一覧.csv',
      actor: 'test:kpis',
      strategyId: SID,
      bytes: csv([
        '指標ID,ノード,指標名,単位,方向,基準値,基準期間,目標値,目標年度,目標（原文）',
        'W-01,output-1,デジタル人材育成数,人,増加,1000,2024年3月,,2030年度,増加（2024年3月比）',
        'W-02,output-1,転出超過数,人,減少,500,2023年度,,2030年度,転出超過数を抑制する',
        'W-03,output-2,労働生産性の伸び率,%,増加,,,,2030年,東京圏以上（2030年）',
      ]),
    });
    await importFile(db(), {
      file: '実績.csv',
      actor: 'test:obs',
      strategyId: SID,
      bytes: csv(['kpi_id,period,value', 'W-01,2024年3月,1000', 'W-01,2024年度末,1300', 'W-02,2024年度,420', 'W-03,2025,1.2']),
    });
  });

  it('stores 「2024年3月」 as the month and 「2024年度末」 as the day 2025-03-31', async () => {
    const k = (await loadCatalog(db(), SID)).kpis.find((x) => x.id === 'W-01')!;
    expect(k.baseline?.period).toMatchObject({ kind: 'month', label: '2024-03' });
    expect(k.observations.map((o) => [o.period.kind, o.period.label])).toEqual([
      ['month', '2024-03'],
      ['date', '2025-03-31'],
    ]);
  });

  it('judges the words against their base: the same-year later actual counts; 抑制 is a decrease; 東京圏以上 is 比較対象未登録, not ①C', async () => {
    const ev = evaluateCatalog(await loadCatalog(db(), SID), parseDay('2026-11-23'));
    const of = (id: string) => ev.kpis.find((x) => x.id === id)!;
    expect([of('W-01').target_kind, of('W-01').status, of('W-01').actual?.period]).toEqual(['direction', '1A', '2025-03-31']);
    expect(of('W-01').reason).toContain('1,000（2024-03）に対し実績 1,300（2025-03-31）');
    expect([of('W-02').target_kind, of('W-02').status]).toEqual(['direction', '1A']);
    expect([of('W-03').target_kind, of('W-03').status, of('W-03').reference?.bound]).toEqual(['relative', '3', false]);
    expect(of('W-03').reason).toContain('比較対象未登録');
  });
});
