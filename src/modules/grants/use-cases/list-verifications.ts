/**
 * Published effect verifications across governments (public), newest year first, filtered by
 * prefecture (the first two digits of the 団体コード: a prefecture and its municipalities), by
 * government or by fiscal year. Each row gives the counts a list needs — participants by sector
 * (not their names: those are on the verification's own page), projects, KPIs by the engine's class.
 */
import { and, desc, eq, isNotNull, like, type SQL } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { InputError } from '../../../shared/errors.ts';
import { LocalGovCodeError, normalizeLocalGovCode } from '../../../shared/local-gov-code.ts';
import { toHalfWidth } from '../../../shared/normalize-text.ts';
import { areas } from '../../local-gov/index.ts';
import { sectorCounts, type ProjectResult, type VerificationParticipant } from '../domain/verification.ts';
import { percent1 } from '../domain/rollup.ts';
import { grantApplications, grantVerifications } from '../schema.ts';

export interface VerificationFilter {
  prefCode?: string;
  ownerCode?: string;
  fiscalYear?: number;
}

export interface PublishedVerificationItem {
  application_id: string;
  owner_code: string;
  government: string;
  title: string;
  fiscal_year: number;
  as_of: string;
  published_at: string;
  participants: number;
  sector_counts: ReturnType<typeof sectorCounts>;
  projects: number;
  kpis: number;
  kpi_by_class: Record<string, number>;
  share_achieved: number | null;
}

/** 団体コード as typed (full-width digits, 5 digits without the check digit), or a 400 naming owner_code. */
function ownerCodeOf(raw: string): string {
  try {
    return normalizeLocalGovCode(raw);
  } catch (e) {
    if (e instanceof LocalGovCodeError) throw InputError.single({ column: 'owner_code', code: 'invalid', reason: e.message });
    throw e;
  }
}

function checkFilter(f: VerificationFilter): SQL[] {
  const conds: SQL[] = [isNotNull(grantVerifications.publishedAt)];
  if (f.prefCode !== undefined) {
    const p = toHalfWidth(f.prefCode).trim().padStart(2, '0');
    const n = Number(p);
    if (!/^\d{2}$/.test(p) || n < 1 || n > 47)
      throw InputError.single({ column: 'pref_code', code: 'invalid', reason: `都道府県コードは01〜47で指定してください（${f.prefCode}）` });
    conds.push(like(grantVerifications.ownerCode, `${p}%`));
  }
  if (f.ownerCode !== undefined) conds.push(eq(grantVerifications.ownerCode, ownerCodeOf(f.ownerCode)));
  if (f.fiscalYear !== undefined) conds.push(eq(grantVerifications.fiscalYear, f.fiscalYear));
  return conds;
}

export async function listPublishedVerifications(db: Database, f: VerificationFilter = {}): Promise<{ verifications: PublishedVerificationItem[] }> {
  const rows = await db
    .select({ v: grantVerifications, title: grantApplications.title, government: areas.name })
    .from(grantVerifications)
    .innerJoin(grantApplications, and(eq(grantApplications.ownerCode, grantVerifications.ownerCode), eq(grantApplications.id, grantVerifications.applicationId)))
    .leftJoin(areas, eq(areas.code, grantVerifications.ownerCode))
    .where(and(...checkFilter(f)))
    .orderBy(desc(grantVerifications.fiscalYear), grantVerifications.ownerCode);
  return {
    verifications: rows.map(({ v, title, government }) => {
      const results = v.results as ProjectResult[];
      const classes = results.flatMap((r) => r.kpis.map((k) => k.status as string));
      const byClass: Record<string, number> = { '1A': 0, '1B': 0, '1C': 0, '2': 0, '3': 0 };
      for (const c of classes) byClass[c] = (byClass[c] ?? 0) + 1;
      const participants = v.participants as VerificationParticipant[];
      return {
        application_id: v.applicationId,
        owner_code: v.ownerCode,
        government: government ?? v.ownerCode,
        title,
        fiscal_year: v.fiscalYear,
        as_of: v.asOf,
        published_at: v.publishedAt!.toISOString(),
        participants: participants.length,
        sector_counts: sectorCounts(participants),
        projects: results.length,
        kpis: classes.length,
        kpi_by_class: byClass,
        share_achieved: percent1(byClass['1A'] ?? 0, classes.length),
      };
    }),
  };
}
