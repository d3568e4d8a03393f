import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../shared/text-encoding.ts';
import { rollupToCsv } from './rollup-csv.ts';
import { nationalRollup } from './rollup.ts';
import { PUBLIC_STATUSES } from './workflow.ts';

const apps = [
  { ownerCode: '162019', id: 'a1', fiscalYear: 2026, status: 'in_execution' },
  { ownerCode: '160008', id: 'a2', fiscalYear: 2026, status: 'decided' },
  { ownerCode: '172014', id: 'a3', fiscalYear: 2026, status: 'verified' },
  { ownerCode: '172065', id: 'a4', fiscalYear: 2026, status: 'under_review' },
  { ownerCode: '011002', id: 'a5', fiscalYear: 2026, status: 'draft' },
];
const decisions = [
  { ownerCode: '162019', applicationId: 'a1', projectId: 's1', fiscalYear: 2026, amount: 50_000_000, kind: 'soft' },
  { ownerCode: '162019', applicationId: 'a1', projectId: 's1', fiscalYear: 2027, amount: 40_000_000, kind: 'soft' },
  { ownerCode: '162019', applicationId: 'a1', projectId: 'i1', fiscalYear: 2026, amount: 0, kind: 'infra' },
  { ownerCode: '160008', applicationId: 'a2', projectId: 'k1', fiscalYear: 2026, amount: 120_000_000, kind: 'kyoten' },
  { ownerCode: '172014', applicationId: 'a3', projectId: 's1', fiscalYear: 2026, amount: 10_000_000, kind: 'soft' },
  // under review: never counted even if a row exists
  { ownerCode: '172065', applicationId: 'a4', projectId: 's1', fiscalYear: 2026, amount: 99, kind: 'soft' },
];
const verifications = [
  {
    ownerCode: '172014',
    applicationId: 'a3',
    results: [
      { project_id: 's1', kpis: [{ status: '1A' }, { status: '1B' }, { status: '3' }] },
      { project_id: 'unfunded', kpis: [{ status: '1A' }] },
    ],
  },
];
const prefs = new Map([
  ['16', '富山県'],
  ['17', '石川県'],
]);

describe('nationalRollup', () => {
  const r = nationalRollup(2026, apps, decisions, verifications, prefs, PUBLIC_STATUSES);
  it('sums decided funds by prefecture, kind and fiscal year, exact yen', () => {
    expect(r.decided.total).toBe(220_000_000);
    expect(r.decided.by_kind).toEqual({ soft: 100_000_000, kyoten: 120_000_000, infra: 0 });
    expect(r.decided.by_prefecture).toEqual([
      { pref_code: '16', name: '富山県', total: 210_000_000, by_kind: { soft: 90_000_000, kyoten: 120_000_000, infra: 0 }, applications: 2 },
      { pref_code: '17', name: '石川県', total: 10_000_000, by_kind: { soft: 10_000_000, kyoten: 0, infra: 0 }, applications: 1 },
    ]);
    expect(r.decided.by_fiscal_year).toEqual([
      { fiscal_year: 2026, total: 180_000_000, by_kind: { soft: 60_000_000, kyoten: 120_000_000, infra: 0 } },
      { fiscal_year: 2027, total: 40_000_000, by_kind: { soft: 40_000_000, kyoten: 0, infra: 0 } },
    ]);
  });
  it('counts applications by status and the KPIs of funded projects by class', () => {
    expect(r.applications).toEqual({ total: 5, by_status: { draft: 1, submitted: 0, under_review: 1, decided: 1, in_execution: 1, verified: 1 } });
    expect(r.kpi_achievement).toEqual({ verifications: 1, projects: 1, kpis: 3, by_class: { '1A': 1, '1B': 1, '1C': 0, '2': 0, '3': 1 }, achieved: 1, share_achieved: 33.3 });
  });
  it('writes the funds table as CSV with a BOM, the prefecture code as text and 和暦', () => {
    const bytes = rollupToCsv(r);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = decodeText(bytes, 'utf8').text.trim().split('\r\n');
    expect(lines[0]).toBe('集計,都道府県コード,都道府県,年度,和暦,ソフト事業（円）,拠点整備事業（円）,インフラ整備事業（円）,合計（円）,申請数');
    expect(lines[1]).toBe('都道府県別,"=""16""",富山県,2026,令和8年度,90000000,120000000,0,210000000,2');
    expect(lines.at(-1)).toBe('全国,,全国,2026,令和8年度,100000000,120000000,0,220000000,3');
  });
});
