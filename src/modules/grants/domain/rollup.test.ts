import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../shared/text-encoding.ts';
import { rollupToCsv } from './rollup-csv.ts';
import { nationalRollup } from './rollup.ts';

// what the store sums: decided applications only, amounts above 0 (use-cases/national-rollup.ts; test/grants-rollup.test.ts)
const inputs = {
  statusCounts: [
    { status: 'in_execution', count: 1 },
    { status: 'decided', count: 1 },
    { status: 'verified', count: 1 },
    { status: 'under_review', count: 1 },
    { status: 'draft', count: 1 },
    { status: 'no_such_status', count: 4 },
  ],
  funds: [
    { pref: '16', kind: 'soft', fiscalYear: 2026, amount: 50_000_000 },
    { pref: '16', kind: 'soft', fiscalYear: 2027, amount: 40_000_000 },
    { pref: '16', kind: 'kyoten', fiscalYear: 2026, amount: 120_000_000 },
    { pref: '17', kind: 'soft', fiscalYear: 2026, amount: 10_000_000 },
  ],
  prefApplications: [
    { pref: '16', applications: 2 },
    { pref: '17', applications: 1 },
  ],
  verifications: [
    {
      ownerCode: '172014',
      applicationId: 'a3',
      results: [
        { project_id: 's1', kpis: [{ status: '1A' }, { status: '1B' }, { status: '3' }] },
        { project_id: 'unfunded', kpis: [{ status: '1A' }] },
      ],
    },
  ],
  fundedProjects: new Set(['172014/a3/s1']),
};
const prefs = new Map([
  ['16', '富山県'],
  ['17', '石川県'],
]);

describe('nationalRollup', () => {
  const r = nationalRollup(2026, inputs, prefs);
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
  it('counts applications by status (unknown statuses only in the total) and the KPIs of funded projects by class', () => {
    expect(r.applications).toEqual({ total: 9, by_status: { draft: 1, submitted: 0, under_review: 1, decided: 1, in_execution: 1, verified: 1 } });
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
