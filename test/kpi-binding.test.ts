/**
 * KPIs linked to statistics: binding a KPI to an indicator series copies the series' values into
 * its observations; when new values arrive, syncing updates the KPI and its evaluation changes.
 */
import { beforeAll, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createApp } from '../src/http/app.ts';
import { createUser, operatorPrincipal } from '../src/modules/auth/index.ts';
import { evaluateCatalog, importFile, loadCatalog } from '../src/modules/kpi/index.ts';
import { bindKpi, syncKpiBindings, unbindKpi } from '../src/modules/kpi-bindings/index.ts';
import { upsertIndicators, writeValues } from '../src/modules/statistics/store/indicator-store.ts';
import { listAudit } from '../src/modules/audit/index.ts';
import type { InputError } from '../src/shared/errors.ts';
import { parseDay, parsePeriod } from '../src/shared/periods.ts';
import { describeEachDatabase } from './support/databases.ts';
import { rejection } from './support/db-snapshot.ts';

const SID = 'test-strategy';
const SAPPORO = '011002';

describeEachDatabase('KPI bound to an indicator series', (db) => {
  beforeAll(async () => {
    const h = db().handle.db;
    await importFile(h, { bytes: readFileSync(new URL('./fixtures/catalog-small.json', import.meta.url)), file: 'catalog-small.json', actor: 'test' });
    await upsertIndicators(h, [{ code: 'test_population', nameJa: 'テスト人口', unit: '人', category: 'population', source: '出典：テスト', licence: 'CC BY 4.0' }]);
    // T-01: 移住者数 baseline 10,000 (FY2024) → 20,000 (FY2030)
    await writeValues(h, [
      { areaCode: SAPPORO, indicatorCode: 'test_population', period: parsePeriod('FY2024'), value: 10000, flag: null },
      { areaCode: SAPPORO, indicatorCode: 'test_population', period: parsePeriod('FY2025'), value: 12000, flag: null },
      { areaCode: SAPPORO, indicatorCode: 'test_population', period: parsePeriod('FY2026'), value: null, flag: 'confidential' },
    ]);
  });

  const t01 = async (asOf = '2027-06-30') => evaluateCatalog(await loadCatalog(db().handle.db, SID), parseDay(asOf)).kpis.find((k) => k.id === 'T-01')!;

  it('binding copies the published values (not the non-figures) into the KPI observations', async () => {
    const r = await bindKpi(db().handle.db, { strategy: SID, kpi: 'T-01', indicator: 'test_population', area: SAPPORO }, operatorPrincipal('user:planner@example.jp'));
    expect(r.written).toBeGreaterThanOrEqual(1);
    const kpi = (await loadCatalog(db().handle.db, SID)).kpis.find((k) => k.id === 'T-01')!;
    const fy2025 = kpi.observations.find((o) => o.period.label === 'FY2025')!;
    expect(fy2025).toMatchObject({ value: 12000, source: '出典：テスト' });
    expect(kpi.observations.some((o) => o.period.label === 'FY2026')).toBe(false);
    expect((await t01()).progress).toBe(20); // (12,000 − 10,000) / (20,000 − 10,000)
    const audit = await listAudit(db().handle.db, { ownerCode: '000000', entityId: SID, limit: 5 });
    expect(audit.map((a) => a.action)).toContain('kpi.bind');
  });

  it('new values of the series update the KPI and its evaluation when synced', async () => {
    const h = db().handle.db;
    await h.transaction(async (tx) => {
      await writeValues(tx, [{ areaCode: SAPPORO, indicatorCode: 'test_population', period: parsePeriod('FY2026'), value: 16000, flag: 'preliminary' }]);
      await syncKpiBindings(tx as never, ['test_population']);
    });
    const ev = await t01();
    expect(ev.actual).toMatchObject({ period: 'FY2026', value: 16000, flag: 'preliminary' });
    expect(ev.progress).toBe(60);
    expect(ev.status).toBe('1B');
  });

  it('refuses an unknown indicator, area or KPI with a clear error', async () => {
    const h = db().handle.db;
    const bad = async (b: { kpi: string; indicator: string; area: string }) => (await rejection(bindKpi(h, { strategy: SID, ...b }, operatorPrincipal('x')))) as InputError;
    expect((await bad({ kpi: 'T-01', indicator: 'nope', area: SAPPORO })).issues[0]!.code).toBe('unknown_indicator');
    expect((await bad({ kpi: 'T-01', indicator: 'test_population', area: '999999' })).issues[0]!.code).toBe('unknown_area');
    expect((await bad({ kpi: 'NOPE', indicator: 'test_population', area: SAPPORO })).issues[0]!.code).toBe('unknown_kpi');
  });

  it('is managed through the API by a signed-in editor of the owner, and can be removed', async () => {
    const h = db().handle.db;
    await createUser(h, { email: 'binder@example.go.jp', name: '事務局', role: 'admin', orgCode: '000000', password: 'binding-password-1' });
    const app = createApp({ db: h, webRoot: null });
    const login = await app.request('/api/v1/session', {
      method: 'POST',
      body: JSON.stringify({ email: 'binder@example.go.jp', password: 'binding-password-1' }),
      headers: { 'content-type': 'application/json' },
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const csrf = ((await login.json()) as { csrf_token: string }).csrf_token;
    const put = await app.request(`/api/v1/strategies/${SID}/kpis/T-02/binding`, {
      method: 'PUT',
      body: JSON.stringify({ indicator: 'test_population', area: '01100' }),
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
    });
    expect(put.status).toBe(200);
    expect(((await put.json()) as { binding: { area: string } }).binding.area).toBe(SAPPORO);
    const list = (await (await app.request(`/api/v1/strategies/${SID}/bindings`)).json()) as { bindings: Array<{ kpi: string }> };
    expect(list.bindings.map((b) => b.kpi).sort()).toEqual(['T-01', 'T-02']);
    const noCsrf = await app.request(`/api/v1/strategies/${SID}/kpis/T-02/binding`, { method: 'DELETE', headers: { cookie } });
    expect(noCsrf.status).toBe(403);
    await unbindKpi(h, SID, 'T-02', operatorPrincipal('test'));
    expect((await rejection(unbindKpi(h, SID, 'T-02', operatorPrincipal('test')))) as Error).toBeInstanceOf(Error);
  });
});
