/**
 * Version comparison of a plan's entry items: field-level changes between two PlanContents, and
 * the conflicts between two edits of one base (optimistic locking's 409 names them).
 *
 * Paths read like the parser's issue columns but address array elements by id
 * (`investments[inv-1].amount_yen`), so reordering a list is not a change; an element added or
 * removed is one change (its whole value). Lists of codes (area.pref_codes, muni_codes) are sets:
 * only membership counts. Two edits conflict when they change the same path to different values,
 * or when one changes something inside what the other changed (removed an investment whose
 * amount the other edited); the same change made on both sides is no conflict.
 */
import type { PlanContent } from './plan-content.ts';

/** Japanese labels of every PlanContent field by pattern: the path without element ids (`investments[].amount_yen`). */
export const CONTENT_FIELD_LABELS: Readonly<Record<string, string>> = {
  title: '計画の名称',
  start_fy: '計画開始年度',
  final_fy: '計画最終年度',
  area: '対象地域',
  'area.pref_codes': '対象都道府県',
  'area.muni_codes': '対象市区町村',
  'area.non_contiguous': '飛び地の有無',
  'area.reason': '対象地域の設定理由',
  field: '分野',
  'field.strategic_field': '戦略分野',
  'field.domain': '産業領域・製品・サービス',
  'field.reason': '分野の選定理由',
  vision: '目指す姿',
  'vision.current_state': '現状',
  'vision.target': '目指す姿',
  'vision.basis': '目指す姿の根拠',
  'vision.verification_method': '検証方法',
  pathway: '実現への道筋',
  'pathway.strategy': '戦略',
  'pathway.investment_picture': '投資の全体像',
  'pathway.regional_impact': '地域への波及効果',
  'pathway.export_or_substitution': '域外への販売・輸入代替',
  core_entities: '中核となる事業主体',
  'core_entities[]': '中核となる事業主体',
  'core_entities[].id': 'ID',
  'core_entities[].kind': '種別',
  'core_entities[].name': '名称',
  'core_entities[].corporate_number': '法人番号',
  'core_entities[].address': '所在地',
  'core_entities[].located': '立地状況',
  'core_entities[].reason': '選定理由',
  'core_entities[].support': '伴走支援',
  investments: '投資案件',
  'investments[]': '投資案件',
  'investments[].id': 'ID',
  'investments[].title': '案件名',
  'investments[].investor_name': '投資主体',
  'investments[].investor_corporate_number': '投資主体の法人番号',
  'investments[].ministry': '所管省庁',
  'investments[].department': '担当部署',
  'investments[].amount_yen': '投資額（円）',
  'investments[].invest_date': '投資時期',
  'investments[].operation_date': '操業開始時期',
  'investments[].muni_code': '所在市区町村',
  'investments[].point': '位置',
  'investments[].point.lat': '緯度',
  'investments[].point.lon': '経度',
  'investments[].spillover': '波及効果',
  'investments[].related': '関連投資案件',
  'investments[].subsidised': '補助採択済み',
  measures: '課題と政策手段',
  'measures[]': '課題と政策手段',
  'measures[].id': 'ID',
  'measures[].issue': '課題',
  'measures[].goal': '目標',
  'measures[].path': '道筋',
  'measures[].instrument': '政策手段',
  'measures[].actions': '5W1H',
  'measures[].actions[]': '5W1H',
  'measures[].actions[].id': 'ID',
  'measures[].actions[].significance': '意義',
  'measures[].actions[].content': '内容',
  'measures[].actions[].deadline': '期限',
  'measures[].actions[].department': '担当部署',
  'measures[].actions[].forum': '検討の場',
  'measures[].actions[].approach': '進め方',
  localisation: '地域への定着',
  'localisation.policy': '地域定着の方針',
  'localisation.labour_tech_roadmap': '人材・技術のロードマップ',
  'localisation.local_capital': '地元資本の参画',
  'localisation.profit_reinvestment': '利益の域内再投資',
  support: '支援体制',
  'support.structure': '伴走支援体制',
  'support.consultation_desk': '相談窓口',
  'support.mechanism': '支援の仕組み',
  'support.public_facility_note': '公共施設の集約・交通',
  type_a: '戦略産業クラスター計画の記載事項',
  'type_a.roadmap_relation': 'ロードマップとの関係',
  'type_a.international_advantage': '国際的な優位性',
  'type_a.soan_consistency': '素案との整合性',
  'type_a.infrastructure': 'インフラ整備',
  'type_a.national_policy_needs': '国の施策への要望',
  'type_a.policies_used': '活用する施策',
  kgis: 'KGI',
  'kgis[]': 'KGI',
  'kgis[].id': 'ID',
  'kgis[].kind': '種類',
  'kgis[].name': '名称',
  'kgis[].unit': '単位',
  'kgis[].baseline_value': '基準値',
  'kgis[].baseline_fy': '基準年度',
  'kgis[].target_value': '目標値',
  'kgis[].target_fy': '目標年度',
  'kgis[].basis': '設定根拠',
  kpis: 'KPI',
  'kpis[]': 'KPI',
  'kpis[].id': 'ID',
  'kpis[].name': '名称',
  'kpis[].unit': '単位',
  'kpis[].direction': '目標の方向',
  'kpis[].baseline_value': '基準値',
  'kpis[].baseline_fy': '基準年度',
  'kpis[].target_value': '目標値',
  'kpis[].target_fy': '目標年度',
  'kpis[].measure_id': '対応する政策手段',
  withdrawal_criteria: '撤退基準',
  'withdrawal_criteria[]': '撤退基準',
  'withdrawal_criteria[].id': 'ID',
  'withdrawal_criteria[].kpi_id': '対象KPI',
  'withdrawal_criteria[].comparison': '判定方法',
  'withdrawal_criteria[].threshold': 'しきい値',
  'withdrawal_criteria[].consecutive_rounds': '連続回数',
  'withdrawal_criteria[].note': '備考',
  basic_plan_link: '地域未来投資促進法の基本計画への反映',
};

export interface ContentChange {
  path: string;
  /** 「投資案件「新工場」の投資額（円）」 */
  label: string;
  /** null for an added element */
  before: unknown;
  /** null for a removed element */
  after: unknown;
}

export interface ContentConflict {
  path: string;
  label: string;
  base: unknown;
  mine: unknown;
  /** the value at `path` in their version (null where they removed it) */
  theirs: unknown;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasId = (v: unknown): v is Obj & { id: string } => isObj(v) && typeof v.id === 'string';

/** Deep equality of plain JSON-like values (key order ignored). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && sameValue(a[k], b[k]));
  }
  return false;
}

/** How an element is named in a label: its name, title or content, else its id. */
function elementName(el: Obj & { id: string }): string {
  for (const k of ['name', 'title', 'content', 'issue']) {
    const v = el[k];
    if (typeof v === 'string' && v.trim() !== '') return v.trim().length > 30 ? `${v.trim().slice(0, 30)}…` : v.trim();
  }
  return el.id;
}

interface Walk {
  path: string;
  pattern: string;
  /** the label of the element chain so far: 「課題と政策手段「人材不足」の5W1H「講座」」 */
  prefix: string;
}

const labelOf = (pattern: string): string => CONTENT_FIELD_LABELS[pattern] ?? pattern.slice(pattern.lastIndexOf('.') + 1);
const joinLabel = (prefix: string, label: string): string => (prefix === '' ? label : `${prefix}の${label}`);
const childPath = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

function diffValue(before: unknown, after: unknown, at: Walk, out: ContentChange[]): void {
  if (Array.isArray(before) && Array.isArray(after) && (before.some(hasId) || after.some(hasId))) {
    diffById(before, after, at, out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && !before.some(isObj) && !after.some(isObj)) {
    const sorted = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).sort();
    if (!sameValue(sorted(before), sorted(after))) out.push({ path: at.path, label: joinLabel(at.prefix, labelOf(at.pattern)), before, after });
    return;
  }
  if (isObj(before) && isObj(after)) {
    const keys = [...Object.keys(before), ...Object.keys(after).filter((k) => !(k in before))];
    for (const k of keys) diffValue(before[k] ?? null, after[k] ?? null, { path: childPath(at.path, k), pattern: childPath(at.pattern, k), prefix: at.prefix }, out);
    return;
  }
  if (!sameValue(before, after)) out.push({ path: at.path, label: joinLabel(at.prefix, labelOf(at.pattern)), before, after });
}

function diffById(before: unknown[], after: unknown[], at: Walk, out: ContentChange[]): void {
  const ids = (xs: unknown[]) => new Map(xs.filter(hasId).map((x) => [x.id, x]));
  const was = ids(before);
  const now = ids(after);
  const pattern = `${at.pattern}[]`;
  const element = (el: Obj & { id: string }) => ({ path: `${at.path}[${el.id}]`, pattern, prefix: joinLabel(at.prefix, `${labelOf(pattern)}「${elementName(el)}」`) });
  for (const [id, old] of was) {
    const cur = now.get(id);
    const w = element(cur ?? old);
    if (cur === undefined) out.push({ path: w.path, label: w.prefix, before: old, after: null });
    else diffValue(old, cur, w, out);
  }
  for (const [id, cur] of now) if (!was.has(id)) out.push({ path: element(cur).path, label: element(cur).prefix, before: null, after: cur });
}

/**
 * Field-level changes from `before` to `after`, in the order of the fields (elements in the
 * order of `before`, then the added ones in the order of `after`).
 */
export function diffContents(before: PlanContent, after: PlanContent): ContentChange[] {
  const out: ContentChange[] = [];
  diffValue(before, after, { path: '', pattern: '', prefix: '' }, out);
  return out;
}

/** `a` is `b` or lies inside it (`investments[inv-1].amount_yen` inside `investments[inv-1]`). */
const within = (a: string, b: string): boolean => a === b || a.startsWith(`${b}.`) || a.startsWith(`${b}[`);

/** The value at a diff path (null when it is not there). */
export function valueAtPath(content: unknown, path: string): unknown {
  let cur: unknown = content;
  for (const m of path.matchAll(/([^.[\]]+)|\[([^\]]+)\]/g)) {
    if (m[2] !== undefined) cur = Array.isArray(cur) ? (cur.find((x) => hasId(x) && x.id === m[2]) ?? null) : null;
    else cur = isObj(cur) ? (cur[m[1]!] ?? null) : null;
    if (cur === null) return null;
  }
  return cur;
}

/**
 * Which of my changes (base → mine) conflict with theirs (base → theirs): the same path changed
 * to a different value, or one side's change inside the other's. In the order of my changes.
 */
export function changedPaths(base: PlanContent, mine: PlanContent, theirs: PlanContent): ContentConflict[] {
  const their = diffContents(base, theirs);
  return diffContents(base, mine)
    .filter((m) => their.some((t) => (t.path === m.path ? !sameValue(t.after, m.after) : within(t.path, m.path) || within(m.path, t.path))))
    .map((m) => ({ path: m.path, label: m.label, base: m.before, mine: m.after, theirs: valueAtPath(theirs, m.path) }));
}
