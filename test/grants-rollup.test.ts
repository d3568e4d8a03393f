/**
 * The national roll-up's sums in SQL, on both databases, over rows written straight into the
 * tables: only decided applications count (a row of an application under review never does),
 * amounts of 0 (not adopted) are left out, a project is "funded" only with an amount above 0,
 * only published verifications count, and a fiscal year filters by the application's 年度.
 * The figures are those of the pure roll-up over the same rows (domain/rollup.test.ts).
 */
import { beforeAll, expect, it } from 'vitest';
import { grantApplications, grantDecisions, grantVerifications } from '../src/modules/grants/index.ts';
import { getNationalRollup } from '../src/modules/grants/use-cases/national-rollup.ts';
import { describeEachDatabase } from './support/databases.ts';

const app = (ownerCode: string, id: string, status: string, fiscalYear = 2026) => ({
  ownerCode,
  id,
  fiscalYear,
  status,
  title: `${ownerCode}の申請`,
  applicantKind: 'municipality',
});
const decision = (ownerCode: string, applicationId: string, projectId: string, fiscalYear: number, amount: number, kind: string) => ({
  ownerCode,
  applicationId,
  projectId,
  fiscalYear,
  amount,
  kind,
});
const verification = (ownerCode: string, applicationId: string, published: boolean, results: unknown[]) => ({
  ownerCode,
  applicationId,
  fiscalYear: 2026,
  results,
  asOf: '2027-06-30',
  publishedAt: published ? new Date('2027-07-01T00:00:00Z') : null,
  recordedBy: 'u1',
});
const kpis = (...classes: string[]) => classes.map((status) => ({ status }));

describeEachDatabase(
  'the national roll-up summed in SQL',
  (db) => {
    beforeAll(async () => {
      const h = db().handle.db;
      await h
        .insert(grantApplications)
        .values([
          app('162019', 'a1', 'in_execution'),
          app('160008', 'a2', 'decided'),
          app('172014', 'a3', 'verified'),
          app('172065', 'a4', 'under_review'),
          app('011002', 'a5', 'draft'),
          app('011002', 'b1', 'decided', 2027),
        ]);
      await h
        .insert(grantDecisions)
        .values([
          decision('162019', 'a1', 's1', 2026, 50_000_000, 'soft'),
          decision('162019', 'a1', 's1', 2027, 40_000_000, 'soft'),
          decision('162019', 'a1', 'i1', 2026, 0, 'infra'),
          decision('160008', 'a2', 'k1', 2026, 120_000_000, 'kyoten'),
          decision('172014', 'a3', 's1', 2026, 10_000_000, 'soft'),
          decision('172014', 'a3', 'z1', 2026, 0, 'soft'),
          decision('172065', 'a4', 's1', 2026, 99, 'soft'),
          decision('011002', 'b1', 's1', 2027, 7_000_000, 'soft'),
        ]);
      await h.insert(grantVerifications).values([
        // z1 was not adopted (0): its KPIs never count
        verification('172014', 'a3', true, [
          { project_id: 's1', kpis: kpis('1A', '1B', '3') },
          { project_id: 'z1', kpis: kpis('1A') },
        ]),
        verification('162019', 'a1', false, [{ project_id: 's1', kpis: kpis('1A') }]),
      ]);
    });

    it('sums decided funds by prefecture, kind and the year the money is for, exact yen', async () => {
      const r = await getNationalRollup(db().handle.db, 2026);
      expect(r.decided).toEqual({
        total: 220_000_000,
        by_kind: { soft: 100_000_000, kyoten: 120_000_000, infra: 0 },
        by_prefecture: [
          { pref_code: '16', name: '富山県', total: 210_000_000, by_kind: { soft: 90_000_000, kyoten: 120_000_000, infra: 0 }, applications: 2 },
          { pref_code: '17', name: '石川県', total: 10_000_000, by_kind: { soft: 10_000_000, kyoten: 0, infra: 0 }, applications: 1 },
        ],
        by_fiscal_year: [
          { fiscal_year: 2026, total: 180_000_000, by_kind: { soft: 60_000_000, kyoten: 120_000_000, infra: 0 } },
          { fiscal_year: 2027, total: 40_000_000, by_kind: { soft: 40_000_000, kyoten: 0, infra: 0 } },
        ],
      });
    });

    it('counts applications by status and only published KPIs of funded projects', async () => {
      const r = await getNationalRollup(db().handle.db, 2026);
      expect(r.applications).toEqual({ total: 5, by_status: { draft: 1, submitted: 0, under_review: 1, decided: 1, in_execution: 1, verified: 1 } });
      expect(r.kpi_achievement).toEqual({ verifications: 1, projects: 1, kpis: 3, by_class: { '1A': 1, '1B': 1, '1C': 0, '2': 0, '3': 1 }, achieved: 1, share_achieved: 33.3 });
    });

    it('without a fiscal year, sums every year; another year has only its own applications', async () => {
      const all = await getNationalRollup(db().handle.db);
      expect(all.decided.total).toBe(227_000_000);
      expect(all.applications.total).toBe(6);
      expect(all.decided.by_prefecture.find((p) => p.pref_code === '01')).toEqual({
        pref_code: '01',
        name: '北海道',
        total: 7_000_000,
        by_kind: { soft: 7_000_000, kyoten: 0, infra: 0 },
        applications: 1,
      });
      const y2027 = await getNationalRollup(db().handle.db, 2027);
      expect(y2027.decided.total).toBe(7_000_000);
      expect(y2027.kpi_achievement.kpis).toBe(0);
    });
  },
  { reference: true },
);
