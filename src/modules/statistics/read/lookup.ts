/**
 * Request values checked against the catalog and the areas, shared by the read use cases: an
 * indicator by code, a period of it (default: the latest) at a level, a prefecture, a 団体コード,
 * a list. Unknown things are a NotFoundError (the path's own subject) or an InputError naming
 * the column.
 */
import { InputError, NotFoundError } from '../../../shared/errors.ts';
import { LocalGovCodeError, normalizeLocalGovCode } from '../../../shared/local-gov-code.ts';
import type { AreaInfo, Catalog, IndicatorInfo, Level } from './catalog.ts';

export const bad = (column: string, reason: string, code = 'invalid_parameter') => InputError.single({ column, code, reason });

export function findIndicator(catalog: Catalog, code: string, column = 'code'): IndicatorInfo {
  const i = catalog.byCode.get(code);
  if (!i) {
    if (column === 'code') throw new NotFoundError(`指標「${code}」はありません`);
    throw bad(column, `指標「${code}」はありません`, 'unknown_indicator');
  }
  return i;
}

export const LEVEL_LABELS: Record<Level, string> = { nation: '全国', prefecture: '都道府県', municipality: '市区町村', ward: '政令指定都市の区' };

/** The requested period (default: latest), checked against the indicator and level. */
export function resolvePeriod(i: IndicatorInfo, level: Level, raw: string | undefined, column = 'period'): string {
  if (!i.levels.includes(level))
    throw bad('level', `指標「${i.name}」には${LEVEL_LABELS[level]}別の値がありません（${i.levels.map((l) => LEVEL_LABELS[l]).join('・') || 'なし'}）`, 'level_not_available');
  if (raw === undefined || raw === '') {
    if (!i.latest_period) throw new NotFoundError(`指標「${i.name}」にはまだ値がありません`);
    return i.latest_period;
  }
  const p = raw.trim();
  if (!i.periodEnds.has(p)) {
    const range = i.periods.length > 0 ? `${i.periods[0]}〜${i.periods[i.periods.length - 1]}` : 'なし';
    throw bad(column, `指標「${i.name}」に期間「${p}」の値はありません（あるのは ${range}）`, 'unknown_period');
  }
  return p;
}

export function checkPrefCode(index: { prefectures: Map<string, AreaInfo> }, raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  if (!index.prefectures.has(raw)) throw bad('pref_code', `都道府県コード「${raw}」はありません（01〜47）`, 'unknown_prefecture');
  return raw;
}

export function areaCode(raw: string, column: string): string {
  try {
    return normalizeLocalGovCode(raw);
  } catch (e) {
    if (e instanceof LocalGovCodeError) throw bad(column, e.message, 'invalid_code');
    throw e;
  }
}

export function splitList(raw: string, column: string, max: number): string[] {
  const items = [
    ...new Set(
      raw
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
  if (items.length === 0) throw bad(column, '1つ以上指定してください');
  if (items.length > max) throw bad(column, `${max}個までです（${items.length}個指定されました）`, 'too_many');
  return items;
}
