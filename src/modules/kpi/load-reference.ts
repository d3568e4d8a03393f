/**
 * The 2026 national strategy shipped in reference-data/strategies/, loaded when it is not in the
 * database. A strategy already there is never overwritten: it holds actual values.
 */
import { readFileSync } from 'node:fs';
import type { ReferenceContext } from '../../infra/module-manifest.ts';
import { NATIONAL_CODE } from '../../shared/local-gov-code.ts';
import { readJsonCatalog } from './interchange/read-json-catalog.ts';
import { findStrategyOwner } from './repository.ts';
import { saveCatalog } from './use-cases/save-catalog.ts';

export const NATIONAL_STRATEGY_PATH = 'strategies/chiiki-mirai-senryaku-2026.json';
const STEP = '地域未来戦略を読み込み中 / loading the national strategy';

export async function loadKpiReference(ctx: ReferenceContext): Promise<{ strategies: Array<{ id: string; result: 'loaded' | 'present' }> }> {
  const text = readFileSync(`${ctx.referenceDir}${NATIONAL_STRATEGY_PATH}`, 'utf8');
  // Only the id is needed to see that it is already there; full validation only when loading.
  const id = (JSON.parse(text) as { strategy: { id: string } }).strategy.id;
  if (await findStrategyOwner(ctx.db, id)) return { strategies: [{ id, result: 'present' }] };
  const catalog = readJsonCatalog(text, 'chiiki-mirai-senryaku-2026.json');
  ctx.progress(STEP, 0, 1);
  await saveCatalog(ctx.db, catalog, {
    ownerCode: String(catalog.strategy.extra?.owner_code ?? NATIONAL_CODE),
    actor: 'system:reference-data',
    source: `reference-data/${NATIONAL_STRATEGY_PATH}`,
  });
  ctx.progress(STEP, 1, 1);
  return { strategies: [{ id: catalog.strategy.id, result: 'loaded' }] };
}
