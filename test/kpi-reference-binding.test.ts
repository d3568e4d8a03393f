/**
 * Relative KPI targets (「全国平均以上」) bound to a reference series: 比較対象未登録 (③) until the
 * series is bound, judged against the reference's value of the same period once it is, back to
 * 比較対象未登録 when unbound, re-synced by a statistics import; only those who may write the
 * strategy bind it, and bad input changes nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/http/app.ts';
import { listAudit } from '../src/modules/audit/index.ts';
import { createUser, operatorPrincipal, userPrincipal, type Role } from '../src/modules/auth/index.ts';
import { evaluateCatalog, importFile, loadCatalog } from '../src/modules/kpi/index.ts';
import { bindReference, referenceBindingsOf, unbindReference } from '../src/modules/kpi-bindings/index.ts';
import { importStatistics } from '../src/modules/statistics/index.ts';
import { EXTENSIONS } from '../src/platform/modules.ts';
import { ForbiddenError, InputError } from '../src/shared/errors.ts';
import { parseDay } from '../src/shared/periods.ts';
import { describeEachDatabase } from './support/databases.ts';
import { rejection, snapshotAll } from './support/db-snapshot.ts';
import { runSousei } from './support/sousei-cli.ts';

const SID = 'ref-test-strategy';
const SAPPORO = '011002';
const NATION = '000000';
const PASSWORD = 'reference series binding 2026';

// 合計特殊出生率, target 「全国平均以上」 (words only: no figure, no relative_to).
const catalog = {
  strategy: { id: SID, name: '相対目標テスト', owner_code: SAPPORO },
  nodes: [{ id: 'g', parent: null, level: 'goal', name: '結婚・出産の希望をかなえる' }],
  kpis: [
    {
      id: 'R-01',
      node: 'g',
      name: '合計特殊出生率',
      unit: '',
      direction: 'increase',
      baseline: { value: 1.0, period: '2020' },
      targets: [{ value: null, period: '2030', text: '全国平均以上（2030年）', set_in: '2024' }],
      target_text: '全国平均以上（2030年）',
      observations: [
        { period: '2022', value: 1.08 },
        { period: '2023', value: 1.15 },
      ],
    },
  ],
};

const statistics = (values: Array<[string, string, number]>) =>
  new TextEncoder().encode(
    JSON.stringify({
      indicators: [{ code: 'ref_tfr', name_ja: '合計特殊出生率（テスト）', unit: '', category: 'population', source: '出典：テスト', licence: 'CC BY 4.0' }],
      values: values.map(([area_code, period, value]) => ({ area_code, period, indicator: 'ref_tfr', value })),
    }),
  );

describeEachDatabase('reference series of a relative KPI target', (db) => {
  beforeAll(async () => {
    const h = db().handle.db;
    await importFile(h, { bytes: new TextEncoder().encode(JSON.stringify(catalog)), file: 'ref.json', actor: 'test' });
    await importStatistics(
      h,
      {
        bytes: statistics([
          [NATION, '2022', 1.26],
          [NATION, '2023', 1.1],
          [SAPPORO, '2023', 1.0],
        ]),
        file: 'tfr.json',
        actor: 'test',
      },
      EXTENSIONS,
    );
  });

  const r01 = async () => evaluateCatalog(await loadCatalog(db().handle.db, SID), parseDay('2024-12-31')).kpis.find((k) => k.id === 'R-01')!;
  const operator = operatorPrincipal('cli:test');

  it('is 比較対象未登録 (③, bound false) before a series is bound: never ①C', async () => {
    const ev = await r01();
    expect(ev.target_kind).toBe('relative');
    expect(ev.status).toBe('3');
    expect(ev.reference).toMatchObject({ bound: false, series: null, value: null });
    expect(ev.reason).toContain('比較対象未登録');
  });

  it('once bound to the national series, is judged against its value of the same period', async () => {
    const r = await bindReference(db().handle.db, { strategy: SID, kpi: 'R-01', indicator: 'ref_tfr', area: NATION }, operator);
    expect(r.values).toBe(2);
    const ev = await r01();
    expect(ev.status).toBe('1A'); // 1.15 (2023) ≥ 全国 1.1 (2023)
    expect(ev.reference).toMatchObject({ bound: true, series: '合計特殊出生率（テスト）（全国 000000）', period: '2023', value: 1.1 });
    expect(ev.reason).toContain('達成（①A）');
    expect(await referenceBindingsOf(db().handle.db, SID)).toEqual([{ strategy: SID, kpi: 'R-01', indicator: 'ref_tfr', area: NATION }]);
    const audit = await listAudit(db().handle.db, { ownerCode: SAPPORO, entityId: SID, limit: 5 });
    expect(audit.map((a) => a.action)).toContain('kpi.bind_reference');
  });

  it('a statistics import of the reference indicator re-syncs the series (a revision can turn ①A into ②)', async () => {
    const res = await importStatistics(db().handle.db, { bytes: statistics([[NATION, '2023', 1.2]]), file: 'tfr-revised.json', actor: 'test' }, EXTENSIONS);
    expect(res.bindings.bindings).toBeGreaterThanOrEqual(1);
    const ev = await r01();
    expect(ev.reference).toMatchObject({ bound: true, period: '2023', value: 1.2 });
    expect(ev.status).toBe('2');
    // The KPI's own observations are not touched by its reference.
    expect(ev.actual).toMatchObject({ period: '2023', value: 1.15 });
  });

  it('survives a re-import of the catalog (which replaces the strategy rows), like its binding', async () => {
    await importFile(db().handle.db, { bytes: new TextEncoder().encode(JSON.stringify(catalog)), file: 'ref.json', actor: 'test', replace: true });
    expect(await r01()).toMatchObject({ status: '2', reference: { bound: true, period: '2023', value: 1.2 } });
  });

  it('binding to another area (a prefecture, any area the index knows) replaces the series', async () => {
    await bindReference(db().handle.db, { strategy: SID, kpi: 'R-01', indicator: 'ref_tfr', area: SAPPORO }, operator);
    const ev = await r01();
    expect(ev.reference).toMatchObject({ bound: true, period: '2023', value: 1 });
    expect(ev.reference!.series).toContain(SAPPORO);
    expect(ev.status).toBe('1A');
    await bindReference(db().handle.db, { strategy: SID, kpi: 'R-01', indicator: 'ref_tfr', area: NATION }, operator);
  });

  it('refuses, cell by cell, everyone who may not write the strategy, before any effect', async () => {
    const h = db().handle.db;
    const user = (role: Role, orgCode: string) => userPrincipal({ id: `${role}-${orgCode}`, email: `${role}@${orgCode}.example.jp`, name: role, role, orgCode });
    const before = await snapshotAll(h);
    const cells = [
      ["another government's editor", user('editor', '012025'), false],
      ["the owner's viewer", user('viewer', SAPPORO), false],
      ["the owner's editor", user('editor', SAPPORO), true],
      ['admin (secretariat)', user('admin', NATION), true],
    ] as const;
    for (const [who, principal, allowed] of cells) {
      const bind = bindReference(h, { strategy: SID, kpi: 'R-01', indicator: 'ref_tfr', area: NATION }, principal);
      if (allowed) await bind;
      else {
        expect(await rejection(bind), who).toBeInstanceOf(ForbiddenError);
        expect(await rejection(unbindReference(h, SID, 'R-01', principal)), who).toBeInstanceOf(ForbiddenError);
        expect(await snapshotAll(h), who).toEqual(before);
      }
    }
  });

  it('refuses an unknown KPI, indicator or area with a Japanese error and changes nothing', async () => {
    const h = db().handle.db;
    const before = await snapshotAll(h);
    const bad = async (b: { kpi: string; indicator: string; area: string }) => (await rejection(bindReference(h, { strategy: SID, ...b }, operator))) as InputError;
    const cases = [
      [{ kpi: 'NOPE', indicator: 'ref_tfr', area: NATION }, 'unknown_kpi', /KPI「NOPE」/],
      [{ kpi: 'R-01', indicator: 'nope', area: NATION }, 'unknown_indicator', /指標「nope」/],
      [{ kpi: 'R-01', indicator: 'ref_tfr', area: '999999' }, 'unknown_area', /団体コード「999999」/],
    ] as const;
    for (const [b, code, reason] of cases) {
      const e = await bad(b);
      expect(e).toBeInstanceOf(InputError);
      expect(e.issues[0]).toMatchObject({ code, reason: expect.stringMatching(reason) });
    }
    expect(await snapshotAll(h)).toEqual(before);
  });

  it('through the API: PUT binds (Japanese 400 for bad input, nothing changed), GET lists, DELETE returns the KPI to 比較対象未登録', async () => {
    const h = db().handle.db;
    await createUser(h, { email: 'planner@city.sapporo.jp', name: '札幌市 企画課', role: 'editor', orgCode: SAPPORO, password: PASSWORD });
    const app = createApp({ db: h, webRoot: null });
    const login = await app.request('/api/v1/session', {
      method: 'POST',
      body: JSON.stringify({ email: 'planner@city.sapporo.jp', password: PASSWORD }),
      headers: { 'content-type': 'application/json' },
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const csrf = ((await login.json()) as { csrf_token: string }).csrf_token;
    const headers = { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf };
    const path = `/api/v1/strategies/${SID}/kpis/R-01/reference`;
    const evaluation = async () =>
      (
        (await (await app.request(`/api/v1/strategies/${SID}/evaluation?as_of=2024-12-31`)).json()) as {
          kpis: Array<{ id: string; status: string; reference: { bound: boolean; value: number | null } }>;
        }
      ).kpis[0]!;
    expect((await evaluation()).reference).toMatchObject({ bound: true, value: 1.2 }); // read once, so a stale cached body would show

    const before = await snapshotAll(h, { except: ['sessions'] });
    for (const body of [
      { indicator: 'ref_tfr', area: '12' },
      { indicator: 'ref_tfr', area: '999999' },
      { indicator: 'nope', area: NATION },
      { indicator: '', area: NATION },
      { area: NATION },
    ]) {
      const res = await app.request(path, { method: 'PUT', headers, body: JSON.stringify(body) });
      expect(res.status, JSON.stringify(body)).toBe(400);
      const err = ((await res.json()) as { error: { message: string; issues?: Array<{ reason: string }> } }).error;
      expect(`${err.message} ${err.issues?.map((i) => i.reason).join(' ') ?? ''}`, JSON.stringify(body)).toMatch(/[ぁ-んァ-ヶ一-龠]/);
    }
    expect(await snapshotAll(h, { except: ['sessions'] })).toEqual(before);

    const del = await app.request(path, { method: 'DELETE', headers });
    expect(del.status).toBe(204);
    expect(await evaluation()).toMatchObject({ status: '3', reference: { bound: false, value: null } });
    expect((await app.request(path, { method: 'DELETE', headers })).status).toBe(404);

    const put = await app.request(path, { method: 'PUT', headers, body: JSON.stringify({ indicator: 'ref_tfr', area: '00000' }) });
    expect(put.status).toBe(200);
    expect(await put.json()).toEqual({ reference: { strategy: SID, kpi: 'R-01', indicator: 'ref_tfr', area: NATION }, values: 2 });
    expect(await evaluation()).toMatchObject({ status: '2', reference: { bound: true, value: 1.2 } });
    const list = (await (await app.request(`/api/v1/strategies/${SID}/bindings`)).json()) as { references: Array<{ kpi: string }> };
    expect(list.references.map((r) => r.kpi)).toEqual(['R-01']);
  });
});

describe('sousei kpi bind-reference / unbind-reference', () => {
  it('are listed, and a malformed area is refused in Japanese before the database is opened', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sousei-ref-cli-'));
    try {
      const env = { SOUSEI_DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
      const help = await runSousei(['kpi', '--help'], { env });
      expect(help.stdout).toContain('bind-reference');
      expect(help.stdout).toContain('unbind-reference');
      const bad = await runSousei(['kpi', 'bind-reference', '-s', SID, '-k', 'R-01', '-i', 'ref_tfr', '-a', '12'], { env });
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('--area');
      expect(bad.stderr).not.toMatch(/^\s+at /m);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
