/**
 * What the schema cannot know: that each region is a government in the master, and that a
 * result's KPI or statistical series exists. Every problem is collected, named by its JSON path.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { InputError, type InputIssue } from '../../../shared/errors.ts';
import { findStrategyOwner, kpis } from '../../kpi/index.ts';
import { indicators } from '../../statistics/index.ts';
import type { CaseContent } from '../domain/case-content.ts';
import { areaNames } from '../repository.ts';

export async function checkLinks(db: Pick<Database, 'select'>, c: CaseContent, prefix = ''): Promise<void> {
  const issues: InputIssue[] = [];
  const at = (p: string) => (prefix ? `${prefix}.${p}` : p);
  const codes = [...new Set([...c.regions, ...c.results.flatMap((r) => (r.indicator ? [r.indicator.area_code] : []))])];
  const known = await areaNames(db, codes);
  c.regions.forEach((code, i) => {
    if (!known.has(code)) issues.push({ column: at(`regions[${i}]`), code: 'unknown_area', reason: `団体コード「${code}」の地方公共団体はありません` });
  });
  for (const [i, r] of c.results.entries()) {
    if (r.kpi) {
      const owner = await findStrategyOwner(db, r.kpi.strategy_id);
      const rows = owner ? await db.select({ id: kpis.id }).from(kpis).where(eq(kpis.strategyId, r.kpi.strategy_id)) : [];
      if (!owner) issues.push({ column: at(`results[${i}].kpi.strategy_id`), code: 'unknown_strategy', reason: `戦略「${r.kpi.strategy_id}」はありません` });
      else if (!rows.some((k) => k.id === r.kpi?.kpi_id))
        issues.push({ column: at(`results[${i}].kpi.kpi_id`), code: 'unknown_kpi', reason: `戦略「${r.kpi.strategy_id}」に KPI「${r.kpi.kpi_id}」はありません` });
    }
    if (r.indicator) {
      const found = await db
        .select({ code: indicators.code })
        .from(indicators)
        .where(inArray(indicators.code, [r.indicator.code]));
      if (found.length === 0) issues.push({ column: at(`results[${i}].indicator.code`), code: 'unknown_indicator', reason: `統計指標「${r.indicator.code}」はありません` });
      if (!known.has(r.indicator.area_code))
        issues.push({ column: at(`results[${i}].indicator.area_code`), code: 'unknown_area', reason: `団体コード「${r.indicator.area_code}」の地方公共団体はありません` });
    }
  }
  if (issues.length > 0) throw new InputError(issues);
}
