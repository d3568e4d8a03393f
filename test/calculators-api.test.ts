/**
 * The calculators' REST routes through the whole app (createApp: request guard, body limits, error
 * mapping). They read no table, so no database is opened: a request without a session cookie never
 * reaches the database.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Database } from '../src/db/client.ts';
import { createApp } from '../src/http/app.ts';
import { KFN_EX1_RESULT, KFN_RESULT_KEYS } from './support/kigyo-furusato.ts';

const app = createApp({ db: {} as Database, webRoot: null, evaluateRateLimiter: null });
const post = (path: string, body: unknown) =>
  app.request(`/api/v1/calc/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const json = async (res: Response) => (await res.json()) as Record<string, unknown> & { error?: { code: string; issues: Array<{ column: string; reason: string; code: string }> } };

const EX1 = { donation: '1,000万', juminzei_hojinzeiwari: '5,000万', hojinzei: '3億', jigyozei: 50_000_000 };

describe('POST /api/v1/calc/kigyo-furusato', () => {
  it('KFN-EX1 with amounts typed as 万・億: the result exactly, trace included', async () => {
    const res = await post('kigyo-furusato', { ...EX1, effective_tax_rate: 0.3, as_of: '2026-12-01' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const r = await json(res);
    expect(Object.keys(r)).toEqual(KFN_RESULT_KEYS);
    expect(r).toMatchObject({
      ...KFN_EX1_RESULT,
      as_of: '2026-12-01',
    });
    expect((r.trace as Array<{ step: string }>).map((s) => s.step)).toContain('hojinzei_credit');
  });

  it('KFN-EX4 and the eligibility answers; as_of defaults to today', async () => {
    const r = await json(
      await post('kigyo-furusato', {
        donation: 10_000_000,
        juminzei_hojinzeiwari: 10_000_000,
        hojinzei: 12_000_000,
        jigyozei: 8_000_000,
        eligibility: { recipient_code: '16201', head_office_code: '131016', certified_project: true, blue_return: true, economic_return: false },
      }),
    );
    expect(r.binding_caps).toEqual(['juminzei_cap_20pct_of_hojinzeiwari', 'hojinzei_cap_5pct_of_hojinzei', 'jigyozei_cap_20pct_of_jigyozei']);
    expect(r.credits).toEqual({ juminzei: 2_000_000, hojinzei: 600_000, jigyozei: 1_600_000 });
    expect([r.eligible, r.reasons, r.to_confirm]).toEqual([true, [], []]);
    expect(r.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const home = await json(await post('kigyo-furusato', { ...EX1, as_of: '2026-12-01', eligibility: { recipient_code: '162019', head_office_code: '16201' } }));
    expect(home.eligible).toBe(false);
    expect((home.reasons as string[])[0]).toContain('寄附先（162019）は本社の所在する地方公共団体です');
    expect([home.total_credit, home.deduction_effect, home.net_burden]).toEqual([0, 3_000_000, 7_000_000]);
  });

  const bad: Array<[string, unknown, string, RegExp]> = [
    ['a negative amount', { ...EX1, donation: -1 }, 'donation', /0円以上/],
    ['an unreadable amount', { ...EX1, hojinzei: '三億円くらい' }, 'hojinzei', /読めません/],
    ['an unknown field', { ...EX1, bonus: 1 }, 'bonus', /不明な項目/],
    ['an unknown eligibility field', { ...EX1, eligibility: { head_office: '131016' } }, 'eligibility.head_office', /不明な項目/],
    ['a rate above 1', { ...EX1, effective_tax_rate: 1.5 }, 'effective_tax_rate', /1以下/],
    ['an impossible date', { ...EX1, as_of: '2026-02-30' }, 'as_of', /実在する日付/],
    ['a missing amount', { donation: 1 }, 'juminzei_hojinzeiwari', /必須/],
    ['a bad 団体コード', { ...EX1, eligibility: { recipient_code: '162010' } }, 'eligibility.recipient_code', /検査数字/],
    ['a date before the regime', { ...EX1, as_of: '2020-03-31' }, 'as_of', /2020-04-01 以後/],
  ];
  for (const [label, body, column, reason] of bad) {
    it(`400 naming the field: ${label}`, async () => {
      const res = await post('kigyo-furusato', body);
      expect(res.status).toBe(400);
      const e = (await json(res)).error!;
      expect(e.code).toBe('invalid_input');
      expect(e.issues.map((i) => i.column)).toContain(column);
      expect(e.issues.find((i) => i.column === column)?.reason).toMatch(reason);
    });
  }

  it('the request guard still refuses what is not JSON', async () => {
    const res = await post('kigyo-furusato', '{"donation": ');
    expect(res.status).toBe(400);
    expect((await json(res)).error?.issues[0]?.code).toBe('invalid_json');
  });
});

describe('POST /api/v1/calc/kigyo-furusato/what-if', () => {
  const company = { juminzei_hojinzeiwari: '5,000万', hojinzei: '3億', jigyozei: '5,000万', as_of: '2026-12-01' };
  it('JSON rows for given donations', async () => {
    const r = await json(await post('kigyo-furusato/what-if', { ...company, donations: ['1,000万', '1億'] }));
    const rows = r.rows as Array<Record<string, unknown>>;
    expect(rows.map((x) => [x.donation, x.total_credit, x.net_burden, x.burden_ratio])).toEqual([
      [10_000_000, 6_000_000, 1_000_000, 0.1],
      [100_000_000, 30_000_000, 40_000_000, 0.4],
    ]);
    expect(r.linear_until).toBe(25_000_002);
  });

  it('the .xlsx download, read back with exceljs: inputs on top, a row per donation, the parameters sheet', async () => {
    const res = await post('kigyo-furusato/what-if', { ...company, format: 'xlsx' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('企業版ふるさと納税_寄附額別試算_2026-12-01.xlsx')}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.getWorksheet('純負担の試算')!;
    expect(ws.getCell('B2').value).toBe('令和8年（2026年）12月1日（2026-12-01）');
    expect(ws.getCell('B3').value).toBe(50_000_000);
    expect(ws.getCell('B3').numFmt).toBe('#,##0;"−"#,##0');
    const header = ws.getRow(9).values as unknown[];
    expect(header.slice(1, 3)).toEqual(['寄附額（円）', '法人住民税の控除（円）']);
    const rowOf = (donation: number) => ws.getRows(10, ws.rowCount - 9)!.find((r) => r.getCell(1).value === donation)!;
    expect(rowOf(10_000_000).getCell(8).value).toBe(1_000_000);
    expect(rowOf(10_000_000).getCell(9).value).toBe(0.1);
    expect(rowOf(1_000_000_000).getCell(8).value).toBe(665_000_000);
    expect(rowOf(1_000_000_000).getCell(11).value).toBe('住民税（法人税割額の20%）・法人税（法人税額の5%）・事業税（事業税額の20%）');
    const ps = wb.getWorksheet('根拠の規定')!;
    const ids = ps.getColumn(1).values.slice(2);
    expect(ids).toContain('kfn.juminzei.cap');
    const cap = ps.getRows(2, ps.rowCount - 1)!.find((r) => r.getCell(1).value === 'kfn.juminzei.cap')!;
    expect([cap.getCell(3).value, cap.getCell(9).value]).toEqual(['20%', '304']);
  });

  it('400 for a bad donation in the list and an unknown format', async () => {
    const a = await json(await post('kigyo-furusato/what-if', { ...company, donations: ['1,000万', '-5'] }));
    expect(a.error?.issues[0]?.column).toBe('donations[1]');
    const b = await json(await post('kigyo-furusato/what-if', { ...company, format: 'csv' }));
    expect(b.error?.issues[0]?.column).toBe('format');
    const c = await json(await post('kigyo-furusato/what-if', { ...company, donations: [0] }));
    expect(c.error?.issues[0]?.column).toBe('donations[0]');
  });
});

describe('POST /api/v1/calc/pro-jinzai', () => {
  it('70万 → 50万, the cap bound', async () => {
    const r = await json(await post('pro-jinzai', { cost: '70万', as_of: '2026-12-01' }));
    expect(r).toMatchObject({ grant: 500_000, eligible_cost: 700_000, company_share: 200_000, binding_caps: ['fukugyo_cap_per_case'], as_of: '2026-12-01' });
    expect(Object.keys(r)).toEqual(['grant', 'eligible_cost', 'company_share', 'binding_caps', 'as_of', 'trace']);
  });
  it('by item and at a lower rate', async () => {
    const r = await json(await post('pro-jinzai', { costs: { fee: '30万', travel: 50_000, referral_fee: '5万' }, rate: 0.5, as_of: '2026-12-01' }));
    expect(r).toMatchObject({ grant: 200_000, eligible_cost: 400_000, company_share: 200_000, binding_caps: [] });
  });
  const bad: Array<[string, unknown, string]> = [
    ['a rate above 8/10', { cost: 1, rate: 0.9 }, 'rate'],
    ['a rate above 1', { cost: 1, rate: 1.2 }, 'rate'],
    ['an unknown item', { costs: { lodging: 1 } }, 'costs.lodging'],
    ['a negative cost', { cost: -100 }, 'cost'],
    ['both cost and costs', { cost: 1, costs: { fee: 1 } }, 'cost'],
    ['a date before the programme', { cost: 1, as_of: '2025-03-31' }, 'as_of'],
  ];
  for (const [label, body, column] of bad) {
    it(`400 naming the field: ${label}`, async () => {
      const res = await post('pro-jinzai', body);
      expect(res.status).toBe(400);
      expect((await json(res)).error?.issues.map((i) => i.column)).toContain(column);
    });
  }
});
