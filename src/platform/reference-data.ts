/**
 * Loads the shipped reference data (local-government master, the national strategy catalog)
 * on first start. A checksum per data set makes later starts a no-op, and lets a newer master
 * be upserted; a strategy already in the database is never overwritten (it holds actuals).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { referenceDataLoads } from '../db/reference-data-loads.ts';
import { readLocalGovMaster, upsertAreas } from '../modules/local-gov/index.ts';
import { findStrategyOwner, readJsonCatalog, saveCatalog } from '../modules/kpi/index.ts';

export const REFERENCE_DIR = fileURLToPath(new URL('../../reference-data/', import.meta.url));
export const NATIONAL_STRATEGY_FILE = `${REFERENCE_DIR}strategies/chiiki-mirai-senryaku-2026.json`;

const sha = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex');

export type ProgressFn = (step: string, done: number, total: number) => void;

async function alreadyLoaded(db: Database, name: string, checksum: string): Promise<boolean> {
  const rows = await db.select().from(referenceDataLoads).where(eq(referenceDataLoads.name, name));
  return rows[0]?.checksum === checksum;
}

async function markLoaded(db: Database, name: string, checksum: string): Promise<void> {
  await db.insert(referenceDataLoads).values({ name, checksum }).onConflictDoUpdate({ target: referenceDataLoads.name, set: { checksum, loadedAt: new Date() } });
}

export interface ReferenceLoadReport {
  areas: 'loaded' | 'unchanged';
  strategies: Array<{ id: string; result: 'loaded' | 'present' }>;
}

export async function loadReferenceData(db: Database, progress: ProgressFn = () => {}): Promise<ReferenceLoadReport> {
  const report: ReferenceLoadReport = { areas: 'unchanged', strategies: [] };
  const prefs = readFileSync(`${REFERENCE_DIR}local-gov/prefectures.csv`, 'utf8');
  const munis = readFileSync(`${REFERENCE_DIR}local-gov/municipalities.csv`, 'utf8');
  const areaSum = sha(prefs, munis);
  // Progress is reported only for work actually done, so later starts stay quiet.
  if (!(await alreadyLoaded(db, 'local-gov', areaSum))) {
    progress('地方公共団体マスタを読み込み中 / loading local governments', 0, 1);
    await upsertAreas(db, readLocalGovMaster(prefs, munis));
    await markLoaded(db, 'local-gov', areaSum);
    report.areas = 'loaded';
    progress('地方公共団体マスタを読み込み中 / loading local governments', 1, 1);
  }

  const text = readFileSync(NATIONAL_STRATEGY_FILE, 'utf8');
  // Only the id is needed to see that it is already there; full validation only when loading.
  const id = (JSON.parse(text) as { strategy: { id: string } }).strategy.id;
  if (await findStrategyOwner(db, id)) {
    report.strategies.push({ id, result: 'present' });
  } else {
    const catalog = readJsonCatalog(text, 'chiiki-mirai-senryaku-2026.json');
    progress('地域未来戦略を読み込み中 / loading the national strategy', 0, 1);
    await saveCatalog(db, catalog, { ownerCode: String(catalog.strategy.extra?.owner_code ?? '000000'), actor: 'system:reference-data', source: 'reference-data/strategies/chiiki-mirai-senryaku-2026.json' });
    report.strategies.push({ id: catalog.strategy.id, result: 'loaded' });
    progress('地域未来戦略を読み込み中 / loading the national strategy', 1, 1);
  }
  return report;
}
