/**
 * How the error summary names a field of an API issue: 「投資案件 › 1件目 › 投資額（円）」 for
 * `investments[0].amount_yen`, from the same labels as the form (field-messages.ts keys without
 * their `plans.f.` prefix; list elements by their position). Unknown parts stay as in the path.
 */
import { parsePath } from './content-paths.ts';

/** The label prefix of each list's elements. */
const ITEM_PREFIX: Record<string, string> = {
  core_entities: 'entity',
  investments: 'inv',
  measures: 'measure',
  actions: 'act',
  kgis: 'ind',
  kpis: 'ind',
  withdrawal_criteria: 'wc',
};

/** label(key) → the text of plans.f.<key> or null; label('', n) → 「n件目」. */
export type LabelOf = (key: string, n?: number) => string | null;

export function issueLabel(path: string, label: LabelOf): string {
  const parts: string[] = [];
  let list: string | null = null;
  let rel: string[] = [];
  for (const s of parsePath(path)) {
    if (typeof s === 'number') {
      parts.push(label('', s + 1) ?? String(s + 1));
      rel = [];
      continue;
    }
    rel.push(s);
    const key = s in ITEM_PREFIX ? s : list ? `${ITEM_PREFIX[list]}.${rel.join('.')}` : rel.join('.');
    parts.push(label(`plans.f.${key}`) ?? s);
    if (s in ITEM_PREFIX) list = s;
  }
  return parts.join(' › ');
}
