/** How a reason or a table names where a rule comes from: seed lines, a public page (marked), or Sousei's decision. */
import type { RuleParameter } from '../../rulebook/index.ts';
import { formatNumberText } from '../../../shared/display-format.ts';

export function sourceText(p: RuleParameter): string {
  const s = p.source;
  if (s.kind === 'seed') return `${s.document} ${s.lines ? `${s.lines}行` : ''}`.trim();
  if (s.kind === 'public') return `公開情報（資料外）: ${s.document} ${s.url ?? ''}`.trim();
  return 'Souseiの判断（資料に記載なし）';
}

/** 「1,000万円」 (the one number format, 万・億 groups). */
export const yenText = (n: number): string => `${formatNumberText(n)}円`;
