/**
 * The requirements (要件) of each plan type as data — A ①–⑦ (seed 001 L126–154), B ①–⑦
 * (L208–238), C ①–⑥ (L311–335) — and the checklist that goes through them. A requirement is
 * `mechanical` when what the seed asks can be read off the entry items (a KGI with its target, a
 * consultation desk named, …) and `judgement` when a reviewer of 内閣官房・経済産業省 decides
 * (有望度, 費用対効果, …). Mechanical rules that belong to no single requirement are pseudo-items
 * (記載項目, 5W1H, and A's KGI, which A's requirements do not name). Checks fail on what is
 * missing, never on a reviewer's question; the reviewer still judges every requirement at the
 * formal check (workflow.ts: unmetRequirements).
 */
import { formatPeriodText, formatValueText } from '../../../shared/display-format.ts';
import { mandatoryEntryItemCount, measureTitle, missingEntryItems } from './entry-items.ts';
import type { ActionItem, PlanContent } from './plan-content.ts';
import { KGI_DEFAULTS, MANDATORY_KGIS, type PlanType, STRATEGIC_FIELDS, TYPE_A_KGI_YEAR } from './plan-types.ts';

export type RequirementKind = 'mechanical' | 'judgement';
export type RequirementResult = 'pass' | 'fail' | 'needs_judgement';

interface Found {
  evidence: string[];
  missing: string[];
}
type Check = (c: PlanContent, type: PlanType) => Found;

export interface Requirement {
  /** 'A3', 'B7', or a pseudo-item's key ('entry_items', 'action_items', 'kgis') */
  key: string;
  /** the seed's number (① = 1); null for a pseudo-item */
  no: number | null;
  title: string;
  meaning: string;
  /** where the seed states it (001_*.txt) */
  seedLine: number | null;
  check?: Check;
}

export interface RequirementCheck {
  key: string;
  no: number | null;
  /** how people see it: 「要件③ 実現可能性」 or the pseudo-item's title */
  label: string;
  title: string;
  kind: RequirementKind;
  result: RequirementResult;
  evidence: string[];
  missing: string[];
}

const CIRCLED = ['', '①', '②', '③', '④', '⑤', '⑥', '⑦'];
const fy = (year: number) => formatPeriodText(`FY${year}`, { wareki: true });
const yen = (v: number) => formatValueText(v, '円');
const quote = (s: string) => `「${s.length > 30 ? `${s.slice(0, 30)}…` : s}」`;
const filled = (s: string) => s.trim() !== '';
const found = (evidence: string[], missing: string[]): Found => ({ evidence, missing });

/** A①: the field must be one of the 17 strategic fields (the roadmap link itself is an entry item). */
const strategicField: Check = (c) => {
  const f = c.field.strategic_field;
  if (f !== null && (STRATEGIC_FIELDS as readonly string[]).includes(f)) return found([`戦略分野: ${f}（17の戦略分野の一つ）`], []);
  return found([], ['17の戦略分野のいずれか（戦略分野が未選択）']);
};

const INVESTMENT_PARTS: [keyof PlanContent['investments'][number], string][] = [
  ['investor_name', '投資企業名'],
  ['amount_yen', '投資総額'],
  ['invest_date', '投資時期'],
  ['operation_date', '稼働開始時期'],
];

/** A③: a core investment whose investor, amount and dates are set; related projects only if subsidised (L175). */
const typeAInvestments: Check = (c) => {
  const evidence: string[] = [];
  const missing: string[] = [];
  const core = c.investments.filter((i) => !i.related);
  let complete = 0;
  for (const inv of core) {
    const gaps = INVESTMENT_PARTS.filter(([k]) => (k === 'amount_yen' ? !(inv.amount_yen > 0) : !inv[k] || String(inv[k]).trim() === '')).map(([, l]) => l);
    if (gaps.length === 0) {
      complete++;
      evidence.push(
        `核となる投資案件${quote(inv.title)}: ${inv.investor_name}、${yen(inv.amount_yen)}、投資時期${formatPeriodText(inv.invest_date)}・稼働開始${formatPeriodText(inv.operation_date)}`,
      );
    } else evidence.push(`投資案件${quote(inv.title)}は${gaps.join('・')}が未記入のため核となる案件に数えていません`);
  }
  if (complete === 0) missing.push('投資企業名・投資総額・投資時期・稼働開始時期がそろった核となる投資案件（1件以上）');
  for (const inv of c.investments.filter((i) => i.related)) {
    if (inv.subsidised) evidence.push(`関連する投資案件${quote(inv.title)}: 補助金等の採択済み`);
    else missing.push(`関連する投資案件${quote(inv.title)}の補助金等の採択（既採択の案件に限られます）`);
  }
  return found(evidence, missing);
};

/** B③ / C③: at least one core entity, located now or to be attracted (L220, L323). */
const coreEntities: Check = (c, type) => {
  const noun = type === 'B' ? '計画推進の核となる企業' : '計画推進の核となる事業主体';
  if (c.core_entities.length === 0) return found([], [`${noun}（1つ以上）`]);
  return found(
    c.core_entities.map((e) => `${noun}: ${e.name}${e.located === 'to_attract' ? '（今後誘致）' : ''}`),
    [],
  );
};

const supportStructure: Check = (c) =>
  filled(c.support.structure) ? found([`伴走支援の体制: ${quote(c.support.structure)}`], []) : found([], ['都道府県知事が主体となる伴走支援の体制（地域金融機関等を含む）']);

const consultationDesk: Check = (c) => (filled(c.support.consultation_desk) ? found([`相談窓口: ${c.support.consultation_desk}`], []) : found([], ['事業主体に対する相談窓口']));

/** Mandatory KGIs by kind, each with a target value and the type's target year (A: 2040; B/C: the final year). */
function kgiFindings(c: PlanContent, type: PlanType): Found {
  const evidence: string[] = [];
  const missing: string[] = [];
  const year = type === 'A' ? TYPE_A_KGI_YEAR : c.final_fy;
  if (year === null) missing.push('計画の最終年度（KGIの目標年度）');
  for (const kind of MANDATORY_KGIS[type]) {
    const name = KGI_DEFAULTS[kind as keyof typeof KGI_DEFAULTS].name;
    const kgi = c.kgis.find((k) => k.kind === kind);
    if (!kgi) {
      missing.push(`KGI「${name}」`);
      continue;
    }
    const gaps: string[] = [];
    if (kgi.target_value === null) gaps.push('目標値');
    if (kgi.target_fy === null) gaps.push('目標年度');
    else if (year !== null && kgi.target_fy !== year) gaps.push(`目標年度を${fy(year)}に（いまは${fy(kgi.target_fy)}）`);
    if (gaps.length > 0) missing.push(`KGI「${kgi.name}」の${gaps.join('・')}`);
    else evidence.push(`KGI「${kgi.name}」: ${fy(kgi.target_fy as number)}に${formatValueText(kgi.target_value, kgi.unit)}`);
  }
  return found(evidence, missing);
}

/** A's KGI item: the KGIs, and KPIs to manage the means by (⑤, L181–185). */
const typeAKgis: Check = (c, type) => {
  const k = kgiFindings(c, type);
  if (c.kpis.length === 0) k.missing.push('KPI（1つ以上）');
  else k.evidence.push(`KPI: ${c.kpis.length}件`);
  return k;
};

const COMPARISON_TEXT: Record<PlanContent['withdrawal_criteria'][number]['comparison'], (t: number) => string> = {
  behind_path: (t) => `目標までの道筋を${t}ポイント超えて下回る`,
  lt: (t) => `${t}未満の`,
  le: (t) => `${t}以下の`,
  gt: (t) => `${t}を超える`,
  ge: (t) => `${t}以上の`,
};

/** B⑦ / C⑥: KGIs for the final year, KPIs, and withdrawal criteria on existing KPIs. */
const kgiKpiWithdrawal: Check = (c, type) => {
  const k = typeAKgis(c, type);
  const ids = new Map([...c.kpis, ...c.kgis].map((x) => [x.id, x.name]));
  if (c.withdrawal_criteria.length === 0) k.missing.push('KPI未達時の撤退基準（1つ以上）');
  for (const w of c.withdrawal_criteria) {
    const name = ids.get(w.kpi_id);
    if (name === undefined) k.missing.push(`撤退基準「${w.id}」の対象KPI（「${w.kpi_id}」がありません）`);
    else k.evidence.push(`撤退基準: 「${name}」が${COMPARISON_TEXT[w.comparison](w.threshold)}状態が${w.consecutive_rounds}回連続したとき`);
  }
  return k;
};

const entryItems: Check = (c, type) => {
  const missing = missingEntryItems(type, c);
  const total = mandatoryEntryItemCount(type, c);
  return found(
    [`記入済みの記載項目: ${total - missing.length}/${total}`],
    missing.map((m) => `${m.section} ${m.label}`),
  );
};

const ACTION_PARTS: [keyof ActionItem, string][] = [
  ['significance', '意義'],
  ['content', '内容'],
  ['deadline', '期限'],
  ['department', '担当部署'],
  ['forum', '検討の場'],
  ['approach', '進め方'],
];

/** 5W1H (L112): at least one action per measure, each with all six parts. */
const actionItems: Check = (c) => {
  if (c.measures.length === 0) return found([], ['施策（1つ以上）と施策ごとの5W1H']);
  const evidence: string[] = [];
  const missing: string[] = [];
  c.measures.forEach((m, i) => {
    const name = measureTitle(m, i);
    if (m.actions.length === 0) missing.push(`${name}の5W1H（取組が1つもありません）`);
    let complete = 0;
    m.actions.forEach((a, j) => {
      const gaps = ACTION_PARTS.filter(([k]) => a[k] === null || String(a[k]).trim() === '').map(([, l]) => l);
      if (gaps.length > 0) missing.push(`${name}の取組${j + 1}（${a.id}）の${gaps.join('・')}`);
      else complete++;
    });
    if (m.actions.length > 0) evidence.push(`${name}: 5W1Hがそろった取組 ${complete}/${m.actions.length}`);
  });
  return found(evidence, missing);
};

const ENTRY_ITEMS_REQ: Requirement = {
  key: 'entry_items',
  no: null,
  title: '記載項目がすべて記入されている',
  meaning: '類型ごとの記載項目（条件付きのものを除く）に空欄がない',
  seedLine: null,
  check: entryItems,
};
const ACTION_ITEMS_REQ: Requirement = {
  key: 'action_items',
  no: null,
  title: '5W1Hが施策ごとにそろっている',
  meaning: '施策ごとに意義・内容・期限・担当部署・検討の場・進め方を定めた取組がある',
  seedLine: 112,
  check: actionItems,
};

export const REQUIREMENTS: Record<PlanType, readonly Requirement[]> = {
  A: [
    { key: 'A1', no: 1, title: '日本成長戦略本部における検討との整合性', meaning: '17の戦略分野の「官民投資ロードマップ」等と整合している', seedLine: 128, check: strategicField },
    { key: 'A2', no: 2, title: '国際的な競争優位性', meaning: '世界をリードし得る、又は世界水準での競争優位性を持つ', seedLine: 132 },
    { key: 'A3', no: 3, title: '実現可能性', meaning: '核となる投資案件の投資実現の確度が補助金等の採択等で保証されている', seedLine: 136, check: typeAInvestments },
    // 「一定の大規模投資」 has no threshold in the seed: the reviewer judges the total shown as evidence.
    { key: 'A4', no: 4, title: '投資の規模', meaning: '一定の大規模投資の見込みがある', seedLine: 140 },
    // Whether the 素案 names the cluster is known to the reviewer, not to the plan's text.
    {
      key: 'A5',
      no: 5,
      title: '地方ブロックにおける戦略産業クラスター有識者検討会との整合性',
      meaning: '計画の素案において産業クラスターの候補として明記されている',
      seedLine: 144,
    },
    { key: 'A6', no: 6, title: '良質な雇用の創出・維持', meaning: '賃上げも含めた持続可能な地域の労働環境整備に貢献する', seedLine: 148 },
    { key: 'A7', no: 7, title: 'インフラ・分野特有の拠点整備との一体的な開発', meaning: 'インフラ等の整備と核となる投資案件が一体となっている', seedLine: 152 },
    {
      key: 'kgis',
      no: null,
      title: 'KGI（2040年目標）及びKPIが設定されている',
      meaning: '官民設備投資額・付加価値増加額・人材育成数のKGIを2040年度の目標値で設定し、KPIを定めている',
      seedLine: 182,
      check: typeAKgis,
    },
    ENTRY_ITEMS_REQ,
    ACTION_ITEMS_REQ,
  ],
  B: [
    { key: 'B1', no: 1, title: '有望度', meaning: '製品・サービス等と市場ニーズが明確で、域外から持続的に収益を獲得できる', seedLine: 210 },
    // 域内取引額・売上額・雇用 are planned in text (④ 地域へのインパクト); whether that suffices is judged.
    { key: 'B2', no: 2, title: '域内への波及', meaning: '域内取引額、売上額及び持続可能な労働環境の整備が計画されている', seedLine: 214 },
    { key: 'B3', no: 3, title: '実現可能性', meaning: '計画推進の核となる企業が存在する（今後の誘致も可）', seedLine: 218, check: coreEntities },
    { key: 'B4', no: 4, title: '外部依存リスクの低減', meaning: '必須又は高付加価値の部品・技術・工程を域内又は国内で調達・提供することを目指し得る', seedLine: 224 },
    { key: 'B5', no: 5, title: '費用対効果', meaning: '業種内比較及び域内比較において高い付加価値の創出を目指し得る', seedLine: 228 },
    // Only that a structure is named is mechanical; 「十分」 of it is the reviewer's.
    {
      key: 'B6',
      no: 6,
      title: '都道府県のコミットメント',
      meaning: '都道府県知事が主体となり地域金融機関等を巻き込んだ伴走支援の仕組みを構築している',
      seedLine: 232,
      check: supportStructure,
    },
    { key: 'B7', no: 7, title: 'KGI及びKPI', meaning: '最終年度の目標値（KGI）、KPI及びKPI未達時の撤退基準を設定している', seedLine: 236, check: kgiKpiWithdrawal },
    ENTRY_ITEMS_REQ,
    ACTION_ITEMS_REQ,
  ],
  C: [
    { key: 'C1', no: 1, title: '有望度', meaning: '製品・サービス等と市場ニーズが明確で、付加価値を高めるか販路拡大が見込まれる', seedLine: 313 },
    { key: 'C2', no: 2, title: '域内への波及', meaning: '域内取引額、売上額及び持続可能な労働環境の整備に関する目標値を設定できている', seedLine: 317 },
    { key: 'C3', no: 3, title: '実現可能性', meaning: '計画推進の核となる事業主体（企業、組合、個人事業主等）が存在する（今後の誘致も可）', seedLine: 321, check: coreEntities },
    // 「過度に依存」 has no measure in the seed: judged, with the list of entities as evidence.
    { key: 'C4', no: 4, title: '外部依存リスクの低減', meaning: '特定の事業主体（大企業、フランチャイザー等）に過度に依存していない', seedLine: 325 },
    { key: 'C5', no: 5, title: '地方公共団体のコミットメント', meaning: '事業主体に対する相談窓口を設置している', seedLine: 329, check: consultationDesk },
    { key: 'C6', no: 6, title: 'KGI及びKPI', meaning: '最終年度の目標値（KGI）、KPI及びKPI未達時の撤退基準を設定している', seedLine: 333, check: kgiKpiWithdrawal },
    ENTRY_ITEMS_REQ,
    ACTION_ITEMS_REQ,
  ],
};

/** What a reviewer of a judgement requirement is shown: the entry items it rests on. */
function judgementEvidence(key: string, c: PlanContent): string[] {
  const texts: Record<string, [string, string][]> = {
    A2: [['国際的な競争優位性', c.type_a.international_advantage]],
    A5: [['計画の素案との整合性', c.type_a.soan_consistency]],
    A6: [['地域へのインパクト', c.pathway.regional_impact]],
    A7: [['インフラ・分野特有の拠点整備案件', c.type_a.infrastructure]],
    B1: [
      ['該当する産業業種', c.field.domain],
      ['特定の理由', c.field.reason],
    ],
    B2: [['地域へのインパクト', c.pathway.regional_impact]],
    B4: [
      ['勝ち筋・構築すべき機能', c.pathway.strategy],
      ['現地化の方針', c.localisation.policy],
    ],
    B5: [['投資の具体像', c.pathway.investment_picture]],
    C1: [
      ['該当する製品・サービス等', c.field.domain],
      ['特定の理由', c.field.reason],
    ],
    C2: [['地域へのインパクト', c.pathway.regional_impact]],
  };
  const out = (texts[key] ?? []).filter(([, v]) => filled(v)).map(([l, v]) => `${l}: ${quote(v)}`);
  if (key === 'A4') out.push(`核となる投資案件の投資総額: ${yen(c.investments.filter((i) => !i.related).reduce((s, i) => s + i.amount_yen, 0))}`);
  if (key === 'C4') out.push(`核となる事業主体: ${c.core_entities.length}件${c.core_entities.length > 0 ? `（${c.core_entities.map((e) => e.name).join('、')}）` : ''}`);
  return out;
}

export function requirementLabel(r: Pick<Requirement, 'no' | 'title'>): string {
  return r.no === null ? r.title : `要件${CIRCLED[r.no]} ${r.title}`;
}

/** Every requirement of the type with its result, evidence and what is missing (Japanese). */
export function checkRequirements(type: PlanType, content: PlanContent): RequirementCheck[] {
  return REQUIREMENTS[type].map((r) => {
    const base = { key: r.key, no: r.no, label: requirementLabel(r), title: r.title };
    if (!r.check) return { ...base, kind: 'judgement', result: 'needs_judgement', evidence: judgementEvidence(r.key, content), missing: [] };
    const f = r.check(content, type);
    return { ...base, kind: 'mechanical', result: f.missing.length === 0 ? 'pass' : 'fail', evidence: f.evidence, missing: f.missing };
  });
}

/** Labels of the failing mechanical checks: TransitionFacts.failingChecks for workflow.ts. */
export function failingChecks(type: PlanType, content: PlanContent): string[] {
  return checkRequirements(type, content)
    .filter((r) => r.result === 'fail')
    .map((r) => r.label);
}
