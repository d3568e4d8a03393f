/** POST /api/v1/grants/check on both databases: the fixtures' outcomes, KPI links against the applicant's strategies in the store, malformed bodies named by JSON path. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { createApp } from '../src/http/app.ts';
import { importFile } from '../src/modules/kpi/index.ts';
import { describeEachDatabase } from './support/databases.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'grants');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

interface Result {
  ok: boolean;
  applicant_kind: string;
  national_share_by_year: Record<string, { soft: number; kyoten: number; infra: number; total: number }>;
  issues: Array<{ rule: string; project: string | null; severity: string; message: string; source: { lines: string | null } }>;
  binding_caps: string[];
}

describeEachDatabase('POST /api/v1/grants/check', (db) => {
  const app = () => createApp({ db: db().handle.db, webRoot: null });
  const check = (body: string, query = '?as_of=2026-12-01') =>
    app().request(`/api/v1/grants/check${query}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  beforeAll(async () => {
    await importFile(db().handle.db, { bytes: new TextEncoder().encode(fixture('takaoka-strategy.json')), file: 'takaoka-strategy.json', actor: 'test:setup' });
  });

  it('passes a valid municipal application without sign-in, with the national share by year in exact yen', async () => {
    const res = await check(fixture('valid-municipality.json'));
    expect(res.status).toBe(200);
    const r = (await res.json()) as Result;
    expect(r.issues).toEqual([]);
    expect([r.ok, r.applicant_kind]).toEqual([true, 'municipality']);
    expect(r.national_share_by_year).toEqual({
      '2026': { soft: 50_000_000, kyoten: 200_000_000, infra: 0, total: 250_000_000 },
      '2027': { soft: 50_000_000, kyoten: 300_000_000, infra: 150_000_000, total: 500_000_000 },
      '2028': { soft: 50_000_000, kyoten: 0, infra: 150_000_000, total: 200_000_000 },
      '2029': { soft: 0, kyoten: 0, infra: 150_000_000, total: 150_000_000 },
      '2030': { soft: 0, kyoten: 0, infra: 150_000_000, total: 150_000_000 },
    });
  });

  it('refuses infra alone, naming the project and the source line', async () => {
    const r = (await (await check(fixture('combination-broken.json'))).json()) as Result;
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.rule, i.project, i.severity, i.source.lines])).toEqual([['d2g.infra.requires_combination', 'I1', 'error', '434']]);
    expect(r.issues[0]!.message).toContain('事業 I1「まちなか回遊道路整備事業」（インフラ整備事業）');
  });

  it('refuses a soft project over the annual cap, with the cap that bound', async () => {
    const r = (await (await check(fixture('over-cap.json'))).json()) as Result;
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.message)).toEqual([
      '2026年度（令和8年度）のソフト事業の国費 15億円（S1「まちなか観光DX推進事業」 15億円）が年度上限 10億円（市区町村）を5億円超えています（002 L385-388,393）',
    ]);
    expect(r.binding_caps).toEqual(['d2g.soft.annual_cap.municipality']);
  });

  it('passes with a warning when only a guideline is exceeded', async () => {
    const r = (await (await check(fixture('guideline-exceeded.json'))).json()) as Result;
    expect([r.ok, r.issues.map((i) => [i.rule, i.project, i.severity])]).toEqual([true, [['d2g.kyoten.project_cap.municipality', 'K1', 'warning']]]);
  });

  it("refuses a KPI link that is not one of the applicant's strategy KPIs", async () => {
    const r = (await (await check(fixture('unknown-kpi.json'))).json()) as Result;
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.rule, i.project])).toEqual([['d2g.strategy_basis', 'S1']]);
    expect(r.issues[0]!.message).toContain('「takaoka-2026/k-nowhere」は申請団体の地方版総合戦略のKPIではありません');
  });

  it('answers 400 naming the JSON path of every problem of a malformed body, and of a bad as_of', async () => {
    const res = await check(fixture('malformed.json'));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; issues: Array<{ file?: string; line?: number; column: string; reason: string }> } };
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.issues.map((i) => i.column)).toEqual(['projects[0].kind', 'projects[0].costs[0].eligible_cost']);
    expect(body.error.issues[1]!.reason).toContain('0円以上');
    expect([body.error.issues[0]!.file, body.error.issues[0]!.line]).toEqual(['リクエスト本文', 29]);
    const date = await check(fixture('valid-municipality.json'), '?as_of=2026-02-30');
    expect(date.status).toBe(400);
    expect(((await date.json()) as { error: { issues: Array<{ column: string }> } }).error.issues[0]!.column).toBe('as_of');
    const before = await check(fixture('valid-municipality.json'), '?as_of=2025-03-31');
    expect(before.status).toBe(400);
    const array = await check('[1, 2]');
    expect(array.status).toBe(400);
  });
});
