/** The local-government master shipped in reference-data/local-gov/, loaded when missing or changed. */
import { readFileSync } from 'node:fs';
import { isReferenceLoaded, markReferenceLoaded, referenceChecksum } from '../../db/reference-data-loads.ts';
import type { ReferenceContext } from '../../infra/module-manifest.ts';
import { readLocalGovMaster } from './reference.ts';
import { upsertAreas } from './repository.ts';

const STEP = '地方公共団体マスタを読み込み中 / loading local governments';

export async function loadLocalGovReference(ctx: ReferenceContext): Promise<{ areas: 'loaded' | 'unchanged' }> {
  const prefs = readFileSync(`${ctx.referenceDir}local-gov/prefectures.csv`, 'utf8');
  const munis = readFileSync(`${ctx.referenceDir}local-gov/municipalities.csv`, 'utf8');
  const sum = referenceChecksum(prefs, munis);
  // Progress is reported only for work actually done, so later starts stay quiet.
  if (await isReferenceLoaded(ctx.db, 'local-gov', sum)) return { areas: 'unchanged' };
  ctx.progress(STEP, 0, 1);
  await upsertAreas(ctx.db, readLocalGovMaster(prefs, munis));
  await markReferenceLoaded(ctx.db, 'local-gov', sum);
  ctx.progress(STEP, 1, 1);
  return { areas: 'loaded' };
}
