/**
 * What a member was shown, as a fingerprint (pure): per KPI its id, baseline, the target in
 * force and the actual value the engine used on the evaluation date. A sign-off keeps it; when it
 * differs from the fingerprint of the evaluation now, the sign-off is stale. Not the database's
 * data version: a write elsewhere, or an observation after the evaluation date, changes nothing
 * the member saw and so does not stale the sign-off.
 */
import { createHash } from 'node:crypto';
import type { KpiEvaluation } from '../../kpi/index.ts';

export function evaluationFingerprint(evaluationDate: string, kpis: readonly KpiEvaluation[]): string {
  const shown = [...kpis]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((k) => [
      k.id,
      k.baseline?.period ?? null,
      k.baseline?.value ?? null,
      k.target?.period ?? null,
      k.target?.value ?? null,
      k.target?.text ?? null,
      k.actual?.period ?? null,
      k.actual?.value ?? null,
      k.actual?.flag ?? null,
    ]);
  return createHash('sha256')
    .update(JSON.stringify([evaluationDate, shown]))
    .digest('hex')
    .slice(0, 32);
}

export type SignoffState = 'current' | 'stale' | 'missing';

export function signoffState(signed: string | null | undefined, current: string): SignoffState {
  if (!signed) return 'missing';
  return signed === current ? 'current' : 'stale';
}

export const STALE_MESSAGE = 'データが更新されました。再確認してください';
