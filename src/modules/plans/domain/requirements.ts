/** PLACEHOLDER until the requirement checklist lands (h10-domain-a): same exports, minimal rules. */
import type { PlanContent } from './plan-content.ts';
import type { PlanType } from './plan-types.ts';

export interface Requirement {
  no: number;
  mark: string;
  title: string;
}
const marks = ['①', '②', '③', '④', '⑤', '⑥', '⑦'];
const list = (titles: string[]): Requirement[] => titles.map((title, i) => ({ no: i + 1, mark: marks[i]!, title }));
export const REQUIREMENTS: Record<PlanType, Requirement[]> = {
  A: list([
    '日本成長戦略本部における検討との整合性',
    '国際的な競争優位性',
    '実現可能性',
    '投資の規模',
    '地方ブロックにおける戦略産業クラスター有識者検討会との整合性',
    '良質な雇用の創出・維持',
    'インフラ・分野特有の拠点整備との一体的な開発',
  ]),
  B: list(['有望度', '域内への波及', '実現可能性', '外部依存リスクの低減', '費用対効果', '都道府県のコミットメント', 'KGI及びKPI']),
  C: list(['有望度', '域内への波及', '実現可能性', '外部依存リスクの低減', '地方公共団体のコミットメント', 'KGI及びKPI']),
};
export function checkRequirements(type: PlanType, _content: PlanContent) {
  return REQUIREMENTS[type].map((r) => ({ ...r, kind: 'judgement' as const, result: 'needs_judgement' as const, evidence: [] as string[], missing: [] as string[] }));
}
export function failingChecks(_type: PlanType, content: PlanContent): string[] {
  return content.kgis.some((k) => k.target_value === null) ? ['KGIの目標値'] : [];
}
