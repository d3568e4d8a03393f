/**
 * The entry items (記載項目) each plan type must fill in, as data: the seed's own words (seed 001
 * L156–185 for A, L240–279 for B, L337–368 for C), the section heading they sit under, and the
 * path in PlanContent they are read from. `missingEntryItems` lists every empty mandatory one;
 * requirements.ts turns that into the 「記載項目がすべて記入されている」 check, and the form uses
 * the same paths to point at the empty fields.
 *
 * A path with `[]` (`measures[].issue`) applies to each element of the list and is reported
 * with the element's index (`measures[0].issue`). Items that the seed marks as conditional
 * (「ある場合」「行う場合」「可能」) are listed with `optional` saying why, and are never missing.
 */
import type { Measure, PlanContent } from './plan-content.ts';
import type { PlanType } from './plan-types.ts';

export interface EntryItem {
  path: string;
  label: string;
  section: string;
  /** why the item may stay empty (the seed's condition); mandatory when absent */
  optional?: string;
  /** filledness other than "the value at path is non-empty" */
  filled?: (c: PlanContent) => boolean;
}

export interface MissingEntryItem {
  path: string;
  label: string;
  section: string;
}

// The region is filled by prefectures or municipalities: a prefecture-wide plan names no municipality.
const areaFilled = (c: PlanContent) => c.area.pref_codes.length > 0 || c.area.muni_codes.length > 0;

const A_ITEMS: readonly EntryItem[] = [
  // The field itself is implied by 「当該産業分野を特定した理由」; A's field must be one of the 17 (要件①).
  { section: '①戦略産業クラスター計画の概要', path: 'field.strategic_field', label: '当該産業分野（17の戦略分野）' },
  { section: '①戦略産業クラスター計画の概要', path: 'field.reason', label: '当該地域において当該産業分野を特定した理由' },
  { section: '①戦略産業クラスター計画の概要', path: 'vision.target', label: '計画の構想【目標】（目指すべき産業クラスターの姿）' },
  { section: '①戦略産業クラスター計画の概要', path: 'vision.basis', label: '数値目標（KGI）の設定根拠' },
  { section: '①戦略産業クラスター計画の概要', path: 'vision.verification_method', label: '効果検証方法' },
  { section: '①戦略産業クラスター計画の概要', path: 'type_a.roadmap_relation', label: '17の戦略分野の「官民投資ロードマップ」との関係性' },
  { section: '①戦略産業クラスター計画の概要', path: 'type_a.international_advantage', label: '国際的な競争優位性' },
  { section: '①戦略産業クラスター計画の概要', path: 'type_a.soan_consistency', label: '計画の素案との整合性' },
  // A has no 「現状の整理」 of its own (unlike B and C ③): vision.current_state stays optional.
  { section: '①戦略産業クラスター計画の概要', path: 'vision.current_state', label: '現状の整理', optional: '戦略産業クラスター計画の記載項目にはない' },
  { section: '②戦略産業クラスター計画の対象区域', path: 'area.pref_codes', label: '対象区域', filled: areaFilled },
  { section: '②戦略産業クラスター計画の対象区域', path: 'area.reason', label: '特定の理由' },
  // Investor, amount and dates of the core investments are 要件③'s check (requirements.ts); here
  // the list and the per-project texts the seed names in 「投資概要（担当府省庁・担当部署・投資企業名）」.
  { section: '③核となる大規模投資案件【道筋】', path: 'investments', label: '核となる大規模投資案件' },
  { section: '③核となる大規模投資案件【道筋】', path: 'investments[].ministry', label: '投資概要（担当府省庁）' },
  { section: '③核となる大規模投資案件【道筋】', path: 'investments[].department', label: '投資概要（担当部署）' },
  { section: '③核となる大規模投資案件【道筋】', path: 'investments[].spillover', label: '地域経済への波及・相乗効果' },
  // 関連する投資案件 (investments with related: true) are listed only where they exist, and must
  // then be subsidised: 要件③ checks that, so they are no entry item of their own.
  { section: '④計画実現に向けた課題と解決に向けて講じるべき対策【道筋】', path: 'measures', label: '産業集積に向けた課題と課題解決に向けたステークホルダーの取組' },
  { section: '④計画実現に向けた課題と解決に向けて講じるべき対策【道筋】', path: 'measures[].issue', label: '産業集積に向けた課題' },
  { section: '④計画実現に向けた課題と解決に向けて講じるべき対策【道筋】', path: 'measures[].instrument', label: '課題解決に向けたステークホルダーの取組' },
  // Listed without a condition: a field with no such project says so (「該当なし」) rather than leaving it blank.
  { section: '④計画実現に向けた課題と解決に向けて講じるべき対策【道筋】', path: 'type_a.infrastructure', label: 'インフラ・分野特有の拠点整備案件' },
  { section: '④計画実現に向けた課題と解決に向けて講じるべき対策【道筋】', path: 'type_a.national_policy_needs', label: '国の政策的対応のニーズ' },
  { section: '⑤計画のKGI及びKPI', path: 'kgis', label: 'KGI（2040年目標）' },
  { section: '⑤計画のKGI及びKPI', path: 'kpis', label: 'KPI（KGIの達成に向けた政策手段の進捗管理を行うための目標）' },
  { section: '⑥計画実行にあたり活用が想定される政策【政策手段】', path: 'type_a.policies_used', label: '計画実行にあたり活用が想定される政策' },
];

/** ③ and ⑥ are worded alike in B and C. */
const VISION_SECTION = '③当該分野の現状認識と目指すべき姿【目標】';
const VISION_ITEMS: readonly EntryItem[] = [
  { section: VISION_SECTION, path: 'vision.current_state', label: '現状の整理' },
  { section: VISION_SECTION, path: 'vision.target', label: '目指すべき姿' },
  { section: VISION_SECTION, path: 'vision.basis', label: '設定の根拠' },
  { section: VISION_SECTION, path: 'vision.verification_method', label: '効果検証の方法' },
];
const LOCALISATION_ITEMS: readonly EntryItem[] = [
  { section: '⑥現地化の取組', path: 'localisation.policy', label: '現地化の方針' },
  // 「域外企業の誘致の際には、…がある場合には、留意事項として記載する」: conditional on both counts.
  { section: '⑥現地化の取組', path: 'localisation.labour_tech_roadmap', label: '労働・技術の現地化のロードマップ', optional: '域外企業を誘致し、ロードマップがある場合のみ' },
  { section: '⑥現地化の取組', path: 'localisation.local_capital', label: '地元資本の参画方針', optional: '域外企業を誘致し、方針がある場合のみ' },
  { section: '⑥現地化の取組', path: 'localisation.profit_reinvestment', label: '利益の再投資方針', optional: '域外企業を誘致し、方針がある場合のみ' },
];

const B_ITEMS: readonly EntryItem[] = [
  { section: '①地域産業クラスターの形成を目指す産業領域', path: 'field.domain', label: '該当する産業業種' },
  { section: '①地域産業クラスターの形成を目指す産業領域', path: 'field.reason', label: '特定の理由' },
  { section: '②計画推進の核となる地域及び企業', path: 'area.pref_codes', label: '計画推進の核となる地域', filled: areaFilled },
  // The seed's one 「特定の理由」 covers region and companies together; each company's own reason is optional.
  { section: '②計画推進の核となる地域及び企業', path: 'core_entities', label: '計画推進の核となる企業' },
  { section: '②計画推進の核となる地域及び企業', path: 'area.reason', label: '特定の理由' },
  ...VISION_ITEMS,
  { section: '④勝ち筋の特定と投資の具体像、定量的なインパクト【道筋】', path: 'pathway.strategy', label: '当該産業領域における勝ち筋・当該地域に構築すべき機能' },
  { section: '④勝ち筋の特定と投資の具体像、定量的なインパクト【道筋】', path: 'pathway.investment_picture', label: '投資の具体像' },
  { section: '④勝ち筋の特定と投資の具体像、定量的なインパクト【道筋】', path: 'pathway.regional_impact', label: '地域へのインパクト' },
  {
    section: '④勝ち筋の特定と投資の具体像、定量的なインパクト【道筋】',
    path: 'pathway.export_or_substitution',
    label: '海外への輸出や輸入代替の要素',
    optional: '計画に海外への輸出や輸入代替の要素がある場合のみ',
  },
  { section: '⑤投資促進に向けた課題と解決に向けて講じるべき政策【政策手段】', path: 'measures', label: '投資促進に向けた課題と講じるべき政策' },
  { section: '⑤投資促進に向けた課題と解決に向けて講じるべき政策【政策手段】', path: 'measures[].issue', label: '投資促進に向けた課題' },
  { section: '⑤投資促進に向けた課題と解決に向けて講じるべき政策【政策手段】', path: 'measures[].instrument', label: '講じるべき政策' },
  { section: '⑤投資促進に向けた課題と解決に向けて講じるべき政策【政策手段】', path: 'kpis', label: 'KPI' },
  ...LOCALISATION_ITEMS,
  // 「基本計画に反映することが可能」 (L301): an option, not an entry item.
  { section: '⑥現地化の取組', path: 'basic_plan_link', label: '地域未来投資促進法に基づく基本計画への反映', optional: '反映は任意' },
];

const C_ITEMS: readonly EntryItem[] = [
  { section: '①地場産業の成長を目指す分野', path: 'field.domain', label: '該当する製品・サービス等' },
  { section: '①地場産業の成長を目指す分野', path: 'field.reason', label: '特定の理由' },
  { section: '②計画推進の核となる地域及び事業主体', path: 'area.pref_codes', label: '計画推進の核となる地域', filled: areaFilled },
  { section: '②計画推進の核となる地域及び事業主体', path: 'core_entities', label: '計画推進の核となる事業主体' },
  { section: '②計画推進の核となる地域及び事業主体', path: 'area.reason', label: '特定の理由' },
  ...VISION_ITEMS,
  { section: '④付加価値を増す道筋の特定と定量的なインパクト【道筋】', path: 'pathway.strategy', label: '当該分野における付加価値を増す道筋' },
  { section: '④付加価値を増す道筋の特定と定量的なインパクト【道筋】', path: 'pathway.investment_picture', label: '取組の具体像' },
  { section: '④付加価値を増す道筋の特定と定量的なインパクト【道筋】', path: 'pathway.regional_impact', label: '地域へのインパクト' },
  { section: '⑤事業推進に向けた課題と解決に向けて講じるべき政策【政策手段】', path: 'measures', label: '事業推進に向けた課題と講じるべき政策' },
  { section: '⑤事業推進に向けた課題と解決に向けて講じるべき政策【政策手段】', path: 'measures[].issue', label: '事業推進に向けた課題' },
  { section: '⑤事業推進に向けた課題と解決に向けて講じるべき政策【政策手段】', path: 'measures[].instrument', label: '講じるべき政策' },
  { section: '⑤事業推進に向けた課題と解決に向けて講じるべき政策【政策手段】', path: 'kpis', label: 'KPI' },
  { section: '⑤事業推進に向けた課題と解決に向けて講じるべき政策【政策手段】', path: 'support.mechanism', label: '地場産業を含む地域の産業を支える仕組みづくり' },
  // 「…の取組を行う場合、記載する」 (L365).
  {
    section: '⑤事業推進に向けた課題と解決に向けて講じるべき政策【政策手段】',
    path: 'support.public_facility_note',
    label: '公共施設等の集約・再配置、地域公共交通等との連携',
    optional: 'その取組を行う場合のみ',
  },
  ...LOCALISATION_ITEMS,
];

export const ENTRY_ITEMS: Record<PlanType, readonly EntryItem[]> = { A: A_ITEMS, B: B_ITEMS, C: C_ITEMS };

/** A value counts as filled when it is non-blank text, a non-empty list, a number or true. */
export function isFilled(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function valueAt(root: unknown, path: string): unknown {
  let v: unknown = root;
  for (const key of path.split('.')) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

/** The elements a `list[].field` path reaches, with their concrete paths. */
function expand(content: PlanContent, path: string): { path: string; value: unknown; index: number | null }[] {
  const [list, rest] = path.split('[].') as [string, string | undefined];
  if (rest === undefined) return [{ path, value: valueAt(content, path), index: null }];
  const items = valueAt(content, list);
  return Array.isArray(items) ? items.map((el, i) => ({ path: `${list}[${i}].${rest}`, value: valueAt(el, rest), index: i })) : [];
}

const short = (s: string, max: number) => (s.length > max ? `${s.slice(0, max)}…` : s);

/** 「施策2「販路開拓」」: how messages name a measure (its issue, else its goal, else its id). */
export function measureTitle(m: Pick<Measure, 'id' | 'issue' | 'goal'>, index: number): string {
  const name = [m.issue, m.goal].map((t) => t.trim()).find((t) => t !== '') ?? m.id;
  return `施策${index + 1}「${short(name, 20)}」`;
}

/** 「（施策2「販路開拓」）」: which element an element-level item is about, so the message can name it. */
function elementName(content: PlanContent, path: string, index: number): string {
  if (path.startsWith('measures')) {
    const m = content.measures[index];
    return m ? `（${measureTitle(m, index)}）` : '';
  }
  return `（投資案件${index + 1}「${short(content.investments[index]?.title ?? '', 20)}」）`;
}

/** Every mandatory entry item of the type that is empty, in the seed's order. */
export function missingEntryItems(type: PlanType, content: PlanContent): MissingEntryItem[] {
  const missing: MissingEntryItem[] = [];
  for (const item of ENTRY_ITEMS[type]) {
    if (item.optional !== undefined) continue;
    if (item.filled) {
      if (!item.filled(content)) missing.push({ path: item.path, label: item.label, section: item.section });
      continue;
    }
    for (const e of expand(content, item.path)) {
      if (isFilled(e.value)) continue;
      const label = e.index === null ? item.label : `${item.label}${elementName(content, item.path, e.index)}`;
      missing.push({ path: e.path, label, section: item.section });
    }
  }
  return missing;
}

/** How many mandatory items the type has for this content (element-level items count per element). */
export function mandatoryEntryItemCount(type: PlanType, content: PlanContent): number {
  return ENTRY_ITEMS[type].filter((i) => i.optional === undefined).reduce((n, i) => n + (i.filled ? 1 : expand(content, i.path).length), 0);
}
