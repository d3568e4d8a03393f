/**
 * Valid imports end to end against both databases: a catalog, then actual values from UTF-8,
 * Shift_JIS (auto-detected), UTF-8 with BOM and Excel files; idempotent re-import, revisions
 * with an audit trail, --replace, the export round trip, and the append-only audit log.
 * Fixtures: test/fixtures/make-fixtures.ts. The tests in this suite run in order on one database.
 */
import { readFileSync } from 'node:fs';
import { and, asc, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/client.ts';
import { listAudit } from '../src/modules/audit/index.ts';
import { catalogToJson, evaluateCatalog, importFile, loadCatalog, observations, readJsonCatalog, saveCatalog, type ImportRequest } from '../src/modules/kpi/index.ts';
import { InputError } from '../src/shared/errors.ts';
import { parseDay } from '../src/shared/periods.ts';
import { describeEachDatabase } from './support/databases.ts';

const fixtureBytes = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const SID = 'test-strategy';
const NATION = '000000';
const REFERENCE_FILE = new URL('../reference-data/strategies/chiiki-mirai-senryaku-2026.json', import.meta.url);

type Stored = { value: number; flag: string | null; source: string | null; note: string | null; periodEnd: string; recordedBy: string };

async function stored(db: Database, strategyId = SID): Promise<Map<string, Stored>> {
  const rows = await db
    .select()
    .from(observations)
    .where(and(eq(observations.ownerCode, NATION), eq(observations.strategyId, strategyId)))
    .orderBy(asc(observations.kpiId), asc(observations.period));
  return new Map(
    rows.map((r) => [`${r.kpiId}|${r.period}`, { value: r.value, flag: r.flag, source: r.source, note: r.note, periodEnd: String(r.periodEnd), recordedBy: r.recordedBy }]),
  );
}

const auditCount = async (db: Database) => ((await db.execute(sql`select count(*)::int as n from audit_log`)) as unknown as { rows: Array<{ n: number }> }).rows[0]!.n;

function request(file: string, extra: Partial<ImportRequest> = {}): ImportRequest {
  return { bytes: fixtureBytes(file), file, actor: 'test:importer', strategyId: SID, ...extra };
}

describeEachDatabase('import of valid files', (database) => {
  const db = () => database().handle.db;

  describe('catalog', () => {
    it('imports catalog-small.json: 7 KPIs (5 + 2 components) and its 6 observations', async () => {
      const r = await importFile(db(), { bytes: fixtureBytes('catalog-small.json'), file: 'catalog-small.json', actor: 'test:importer' });
      expect(r).toEqual({ kind: 'catalog', strategy: SID, created: true, kpis: 7, observations: 6 });
      const s = await stored(db());
      expect([...s.keys()]).toEqual(['T-01|FY2025', 'T-02|2025', 'T-03a|FY2025', 'T-03b|FY2025', 'T-04|FY2025', 'T-05|FY2025']);
      expect(s.get('T-02|2025')).toMatchObject({ value: 71, flag: 'preliminary', periodEnd: '2025-12-31', recordedBy: 'test:importer' });
      expect(s.get('T-04|FY2025')).toMatchObject({ value: 160, flag: 'final', source: '観光統計', periodEnd: '2026-03-31' });

      const catalog = await loadCatalog(db(), SID);
      expect(catalog.kpis.map((k) => k.id)).toEqual(['T-01', 'T-02', 'T-03', 'T-04', 'T-05']);
      expect(catalog.kpis[2]!.components.map((k) => [k.id, k.node])).toEqual([
        ['T-03a', 'impact-1'],
        ['T-03b', 'impact-1'],
      ]);
      expect(catalog.kpis[3]!.targets.map((t) => [t.value, t.period?.label, t.setIn])).toEqual([
        [150, 'FY2025', '2020'],
        [200, 'FY2030', '2026-06-30'],
      ]);
      expect(catalog.strategy.extra).toEqual({ owner_code: NATION, edition: 'fixture' });

      const audit = await listAudit(db(), { ownerCode: NATION, entityType: 'strategy', entityId: SID });
      expect(audit.map((a) => [a.action, a.actor])).toEqual([['catalog.create', 'test:importer']]);
    });

    it('evaluates the stored catalog as the engine should (2026-11-23)', async () => {
      const ev = evaluateCatalog(await loadCatalog(db(), SID), parseDay('2026-11-23'));
      const byId = Object.fromEntries(ev.kpis.map((k) => [k.id, [k.status, k.progress, k.band, k.pre_revision_target_reached]]));
      expect(byId).toEqual({
        'T-01': ['1B', 10, '<50', false],
        'T-02': ['1A', 110, null, false],
        'T-03': ['1B', 38, '<50', false],
        'T-04': ['1B', 60, '50-<80', true],
        'T-05': ['2', -10, null, false],
      });
      expect(ev.summary.by_status).toEqual({ '1A': 1, '1B': 3, '1C': 0, '2': 1, '3': 0 });
    });
  });

  describe('observations', () => {
    it('UTF-8 CSV: values, flags, sources and a quoted note with a comma are stored as written', async () => {
      const r = await importFile(db(), request('observations-utf8.csv'));
      expect(r).toEqual({ kind: 'observations', strategy: SID, rows: 5, inserted: 5, updated: 0, unchanged: 0, skipped_missing: 0 });
      const s = await stored(db());
      expect(s.get('T-01|FY2026')).toEqual({
        value: 11500,
        flag: 'preliminary',
        source: '住民基本台帳',
        note: 'カンマ, を含む備考',
        periodEnd: '2027-03-31',
        recordedBy: 'test:importer',
      });
      expect(s.get('T-02|2027')).toMatchObject({ value: 65.5, flag: null, source: '労働力調査', note: null, periodEnd: '2027-12-31' });
      expect(s.get('T-03a|FY2026')?.value).toBe(41.5);
      expect(s.get('T-03b|FY2026')?.value).toBe(46);
      expect(s.get('T-05|FY2026')).toMatchObject({ value: 40, flag: 'final' });
      expect(s.size).toBe(11);
    });

    it('Shift_JIS CSV (auto-detected): 万, ％, full-width digits, 和暦 年度, and 「－」 stores nothing', async () => {
      const r = await importFile(db(), request('observations-sjis.csv'));
      expect(r).toEqual({ kind: 'observations', strategy: SID, rows: 5, inserted: 4, updated: 0, unchanged: 0, skipped_missing: 1 });
      const s = await stored(db());
      // 「令和9年度」 → FY2027, 「1.2万」 → 12000, 「速報値」 → preliminary
      expect(s.get('T-01|FY2027')).toMatchObject({ value: 12000, flag: 'preliminary', source: '住民基本台帳', note: '和暦の年度', periodEnd: '2028-03-31' });
      // 「２０２６」 → calendar year 2026, 「６４％」 → 64
      expect(s.get('T-02|2026')).toMatchObject({ value: 64, flag: null, source: '労働力調査', note: '全角数字', periodEnd: '2026-12-31' });
      // 「2027年度」 → FY2027, 「４２」 → 42
      expect(s.get('T-03a|FY2027')).toMatchObject({ value: 42, periodEnd: '2028-03-31' });
      // 「－」: a missing marker, nothing stored
      expect(s.has('T-03b|FY2027')).toBe(false);
      expect(s.get('T-04|FY2026')).toMatchObject({ value: 170, flag: 'final', source: '観光統計' });
      expect(s.size).toBe(15);
    });

    it('UTF-8 with BOM: the BOM is not part of the first header', async () => {
      const r = await importFile(db(), request('observations-bom.csv'));
      expect(r).toEqual({ kind: 'observations', strategy: SID, rows: 2, inserted: 2, updated: 0, unchanged: 0, skipped_missing: 0 });
      const s = await stored(db());
      expect(s.get('T-01|FY2028')).toMatchObject({ value: 13000, note: 'BOM付きUTF-8' });
      expect(s.get('T-04|FY2027')?.value).toBe(180);
      expect(s.size).toBe(17);
    });

    it('Excel: the sheet 実績値 is read (numeric period cell, formula result), not the first sheet', async () => {
      const first = await importFile(db(), request('observations.xlsx')).then(
        () => null,
        (e: unknown) => e,
      );
      expect(first).toBeInstanceOf(InputError);
      expect((first as InputError).issues[0]).toMatchObject({ file: 'observations.xlsx', code: 'missing_column' });

      const r = await importFile(db(), request('observations.xlsx', { sheet: '実績値' }));
      expect(r).toEqual({ kind: 'observations', strategy: SID, rows: 3, inserted: 3, updated: 0, unchanged: 0, skipped_missing: 0 });
      const s = await stored(db());
      expect(s.get('T-02|2028')).toMatchObject({ value: 68, source: 'Excel', note: '期間が数値のセル', periodEnd: '2028-12-31' });
      expect(s.get('T-05|FY2027')).toMatchObject({ value: 30, flag: 'final' });
      expect(s.get('T-03b|FY2028')).toMatchObject({ value: 48, note: '数式セル' });
      expect(s.size).toBe(20);
    });

    it('the imported values drive the evaluation (2029-06-30)', async () => {
      const ev = evaluateCatalog(await loadCatalog(db(), SID), parseDay('2029-06-30'));
      const t01 = ev.kpis.find((k) => k.id === 'T-01')!;
      expect(t01.actual).toEqual({ period: 'FY2028', value: 13000, flag: null, flag_label: null });
      expect(t01.progress).toBe(30);
      const t03 = ev.kpis.find((k) => k.id === 'T-03')!;
      // T-03a FY2027 42 → 50 %, T-03b FY2028 48 → 75 %: average 62.5 → 63
      expect(t03.components!.map((c) => [c.actual?.period, c.progress])).toEqual([
        ['FY2027', 50],
        ['FY2028', 75],
      ]);
      expect(t03.progress).toBe(63);
    });

    it('re-importing the same file reports every row unchanged and writes no audit entry', async () => {
      const auditBefore = await auditCount(db());
      const before = await stored(db());
      const r = await importFile(db(), request('observations-sjis.csv'));
      expect(r).toEqual({ kind: 'observations', strategy: SID, rows: 5, inserted: 0, updated: 0, unchanged: 4, skipped_missing: 1 });
      const r2 = await importFile(db(), request('observations.xlsx', { sheet: '実績値' }));
      expect(r2).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
      expect(await stored(db())).toEqual(before);
      expect(await auditCount(db())).toBe(auditBefore);
    });

    it('a changed value reports updated; the audit entry has the actor and the previous value', async () => {
      const text = readFileSync(new URL('./fixtures/observations-utf8.csv', import.meta.url), 'utf8').replace('T-01,FY2026,11500,', 'T-01,FY2026,11600,');
      const r = await importFile(db(), { bytes: new TextEncoder().encode(text), file: 'observations-utf8-revised.csv', actor: 'user:yamada', strategyId: SID });
      expect(r).toEqual({ kind: 'observations', strategy: SID, rows: 5, inserted: 0, updated: 1, unchanged: 4, skipped_missing: 0 });
      expect((await stored(db())).get('T-01|FY2026')).toMatchObject({ value: 11600, recordedBy: 'user:yamada' });

      const [latest] = await listAudit(db(), { ownerCode: NATION, entityType: 'strategy', entityId: SID, limit: 1 });
      expect(latest).toMatchObject({ actor: 'user:yamada', action: 'observations.upsert', entity_type: 'strategy', entity_id: SID });
      expect(latest!.details).toMatchObject({
        source: 'observations-utf8-revised.csv',
        inserted: 0,
        updated: 1,
        changes: [{ kpi: 'T-01', period: 'FY2026', from: 11500, to: 11600 }],
      });
    });
  });

  describe('catalog re-import', () => {
    it('without replace: strategy_exists, nothing changes', async () => {
      const before = await stored(db());
      const auditBefore = await auditCount(db());
      const err = await importFile(db(), { bytes: fixtureBytes('catalog-small.json'), file: 'catalog-small.json', actor: 'test:importer' }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).issues).toEqual([expect.objectContaining({ file: 'catalog-small.json', code: 'strategy_exists' })]);
      expect(await stored(db())).toEqual(before);
      expect(await auditCount(db())).toBe(auditBefore);
    });

    it("with replace: the strategy is replaced (observations back to the catalog's) and audited", async () => {
      const r = await importFile(db(), { bytes: fixtureBytes('catalog-small.json'), file: 'catalog-small.json', actor: 'user:sato', replace: true });
      expect(r).toEqual({ kind: 'catalog', strategy: SID, created: false, kpis: 7, observations: 6 });
      const s = await stored(db());
      expect(s.size).toBe(6);
      expect(s.has('T-01|FY2026')).toBe(false);
      const [latest] = await listAudit(db(), { ownerCode: NATION, entityType: 'strategy', entityId: SID, limit: 1 });
      expect(latest).toMatchObject({ actor: 'user:sato', action: 'catalog.replace', details: { source: 'catalog-small.json', kpis: 7, observations: 6 } });
    });
  });

  describe('export round trip', () => {
    const asOfs = ['2026-11-23', '2031-06-30'].map(parseDay);

    it.each([
      [SID, 'test-strategy-copy'],
      ['chiiki-mirai-senryaku-2026', 'chiiki-mirai-senryaku-2026-copy'],
    ])('%s → JSON → %s evaluates identically', async (from, to) => {
      const original = await loadCatalog(db(), from);
      const reread = readJsonCatalog(JSON.stringify(catalogToJson(original)), `${from}.json`);
      await saveCatalog(db(), { ...reread, strategy: { ...reread.strategy, id: to } }, { ownerCode: NATION, actor: 'test:roundtrip', source: `${from}.json` });
      const copy = await loadCatalog(db(), to);
      expect(copy.strategy.id).toBe(to);
      expect(copy.kpis.length).toBe(original.kpis.length);
      for (const asOf of asOfs) {
        const a = evaluateCatalog(original, asOf);
        const b = evaluateCatalog(copy, asOf);
        expect(b.kpis).toEqual(a.kpis);
        expect(b.summary).toEqual(a.summary);
      }
      // and the JSON itself survives a second trip unchanged, apart from the id
      const again = catalogToJson(copy);
      expect({ ...again, strategy: { ...(again.strategy as object), id: from } }).toEqual(catalogToJson(original));
    });

    it('the evaluation of the copy is not trivial (the round trip kept values and targets)', async () => {
      const ev = evaluateCatalog(await loadCatalog(db(), 'test-strategy-copy'), parseDay('2026-11-23'));
      expect(ev.kpis.map((k) => k.status)).toEqual(['1B', '1A', '1B', '1B', '2']);
    });

    it('exporting the shipped national catalog keeps its top-level sections (logic_model, provenance, milestones)', async () => {
      const file = JSON.parse(readFileSync(REFERENCE_FILE, 'utf8')) as Record<string, unknown>;
      const exported = catalogToJson(await loadCatalog(db(), 'chiiki-mirai-senryaku-2026'));
      expect(Object.keys(exported).sort()).toEqual(Object.keys(file).sort());
      expect(exported.milestones).toEqual(file.milestones);
      expect(exported.logic_model).toEqual(file.logic_model);
      expect(exported.provenance).toEqual(file.provenance);
    });
  });

  describe('audit log', () => {
    beforeAll(async () => {
      expect(await auditCount(db())).toBeGreaterThan(0);
    });

    it('rejects UPDATE', async () => {
      const before = await listAudit(db(), { ownerCode: NATION, limit: 1000 });
      await expect(db().execute(sql`update audit_log set actor = 'mallory'`)).rejects.toThrow();
      expect(await listAudit(db(), { ownerCode: NATION, limit: 1000 })).toEqual(before);
    });

    it('rejects DELETE', async () => {
      const n = await auditCount(db());
      await expect(db().execute(sql`delete from audit_log`)).rejects.toThrow();
      await expect(db().execute(sql`delete from audit_log where action = 'observations.upsert'`)).rejects.toThrow();
      expect(await auditCount(db())).toBe(n);
    });
  });
});
