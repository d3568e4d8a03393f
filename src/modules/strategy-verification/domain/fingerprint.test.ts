/** The fingerprint changes with what the member saw (actual, baseline, target) and with nothing else. */
import { describe, expect, it } from 'vitest';
import type { KpiEvaluation } from '../../kpi/index.ts';
import { evaluationFingerprint, signoffState } from './fingerprint.ts';
import { panelWarnings, sectorCounts } from './sectors.ts';

const kpi = (id: string, actual: number | null, extra: Partial<KpiEvaluation> = {}): KpiEvaluation =>
  ({
    id,
    baseline: { period: 'FY2024', value: 100 },
    target: { period: 'FY2030', value: 200, text: null },
    actual: actual === null ? null : { period: 'FY2026', value: actual, flag: null, flag_label: null },
    progress: 0,
    status: '1B',
    reason: '',
    ...extra,
  }) as KpiEvaluation;

describe('evaluationFingerprint', () => {
  const base = evaluationFingerprint('2027-03-31', [kpi('k1', 150), kpi('k2', null)]);
  it('is the same for the same values in any order, whatever else the evaluation carries', () => {
    expect(evaluationFingerprint('2027-03-31', [kpi('k2', null, { reason: '別の文言' }), kpi('k1', 150, { progress: 99 })])).toBe(base);
    expect(base).toMatch(/^[0-9a-f]{32}$/);
  });
  it('changes with an actual, a baseline, a target or the evaluation date', () => {
    expect(evaluationFingerprint('2027-03-31', [kpi('k1', 151), kpi('k2', null)])).not.toBe(base);
    expect(evaluationFingerprint('2027-03-31', [kpi('k1', 150), kpi('k2', 5)])).not.toBe(base);
    expect(evaluationFingerprint('2027-03-31', [kpi('k1', 150, { baseline: { period: 'FY2024', value: 90 } }), kpi('k2', null)])).not.toBe(base);
    expect(evaluationFingerprint('2027-03-31', [kpi('k1', 150, { target: { period: 'FY2030', value: 210, text: null } }), kpi('k2', null)])).not.toBe(base);
    expect(evaluationFingerprint('2026-03-31', [kpi('k1', 150), kpi('k2', null)])).not.toBe(base);
  });
  it('a sign-off is current, stale or missing', () => {
    expect(signoffState(base, base)).toBe('current');
    expect(signoffState('0'.repeat(32), base)).toBe('stale');
    expect(signoffState(null, base)).toBe('missing');
  });
});

describe('sectors', () => {
  it('counts every one of the seven and warns below three', () => {
    const two = [{ sector: 'industry' }, { sector: 'industry' }, { sector: 'law' }];
    expect(sectorCounts(two)).toEqual({ industry: 2, government: 0, academia: 0, finance: 0, labour: 0, media: 0, law: 1 });
    expect(panelWarnings(two)).toEqual([{ code: 'few_sectors', message: '参画している分野が2分野です。産官学金労言士のうち3分野以上からの参画が望まれます（公表は妨げません）' }]);
    expect(panelWarnings([...two, { sector: 'finance' }])).toEqual([]);
  });
});
