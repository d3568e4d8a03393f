/**
 * Targets written in words, with real wordings: 地域未来戦略 2026 (reference-data/strategies,
 * seeds 000–002) and the KPI tables of 地方版総合戦略 that write 「増加（2020年度比）」.
 */
import { describe, expect, it } from 'vitest';
import { parseTargetWording, senseFor } from './target-wording.ts';

const dir = (t: string) => {
  const w = parseTargetWording(t);
  return w?.kind === 'direction' ? w : null;
};

describe('direction-only targets', () => {
  it.each<[string, string]>([
    ['増加', 'increase'], // 地域未来戦略 KGI-A-01 官民設備投資額
    ['増加させる', 'increase'],
    ['観光客数を増加させる', 'increase'],
    ['増加を目指す', 'increase'],
    ['増加傾向', 'increase'],
    ['向上', 'increase'],
    ['拡大', 'increase'],
    ['上昇', 'increase'],
    ['減少', 'decrease'],
    ['低下させる', 'decrease'],
    ['縮小', 'decrease'],
    ['抑制', 'decrease'],
    ['削減する', 'decrease'],
    ['維持', 'maintain'],
    ['横ばい', 'maintain'],
    ['現状維持', 'maintain'],
    ['改善', 'improve'],
    ['改善させる', 'improve'],
    ['反転させる', 'reversal'],
    ['増加（2030年）', 'increase'],
    ['増加（毎年）', 'increase'],
    ['増加。', 'increase'],
  ])('%s → %s', (text, sense) => {
    expect(dir(text)?.sense).toBe(sense);
  });

  it('reads a base year in brackets or before the word (「増加（2020年度比）」「2020年度比で増加」「減少（令和元年度比）」)', () => {
    expect(dir('増加（2020年度比）')?.base).toMatchObject({ period: { label: 'FY2020' }, value: null });
    expect(dir('2020年度比で増加')?.base).toMatchObject({ period: { label: 'FY2020' }, value: null });
    expect(dir('減少（令和元年度比）')?.base).toMatchObject({ period: { label: 'FY2019' }, value: null });
    expect(dir('増加（2024年度末比）')?.base).toMatchObject({ period: { label: '2025-03-31', kind: 'date' }, value: null });
  });

  it('reads a base value with its period (「減少（2019年45.0％）」「2019年度（45.0％）から増加」)', () => {
    expect(dir('減少（2019年45.0％）')?.base).toMatchObject({ period: { label: '2019' }, value: 45 });
    expect(dir('2019年度（45.0％）から増加')?.base).toMatchObject({ period: { label: 'FY2019' }, value: 45 });
    expect(dir('増加（2020年度 1,234人）')?.base).toMatchObject({ period: { label: 'FY2020' }, value: 1234 });
  });

  it('reads 前年度比 as "compared with the period before"', () => {
    expect(dir('前年度比増加')?.base).toBe('previous');
    expect(dir('増加（前年比）')?.base).toBe('previous');
  });

  it('leaves a plain target period, and no qualifier, to the KPI baseline', () => {
    expect(dir('増加（2030年）')?.base).toBeNull();
    expect(dir('増加')?.base).toBeNull();
  });

  it('does not take policy prose or numeric wordings for direction targets', () => {
    for (const t of [
      '移住者の増加に向けた支援',
      '42%（2026年）から46%に向上（2030年）',
      '54%（2025年）から 59%に増加（2030年）',
      '3倍以上増加',
      '増加（詳細は別表）',
      '80%以上（毎年）',
      '住民満足度の向上に努める施策の実施',
    ]) {
      expect(parseTargetWording(t), t).toBeNull();
    }
  });

  it("takes 改善 and 反転 in the KPI's declared direction", () => {
    expect(senseFor('improve', 'decrease')).toBe('decrease');
    expect(senseFor('improve', 'increase')).toBe('increase');
    expect(senseFor('improve', 'maintain')).toBe('increase');
    expect(senseFor('reversal', 'decrease')).toBe('decrease');
    expect(senseFor('maintain', 'increase')).toBe('maintain');
  });
});

describe('targets relative to another series', () => {
  it.each<[string, string, string]>([
    ['東京圏以上（2030年）', '東京圏', 'gte'], // 地域未来戦略 IMP-01, OUT-A-01
    ['全国平均と同水準', '全国平均', 'same'],
    ['労働生産性を東京圏と同水準に', '東京圏', 'same'], // seed 002
    ['全国平均を上回る', '全国平均', 'gt'],
    ['全国平均以下', '全国平均', 'lte'],
    ['全国平均並み', '全国平均', 'same'],
  ])('%s → %s (%s)', (text, reference, comparator) => {
    expect(parseTargetWording(text)).toEqual({ kind: 'relative', reference, comparator });
  });
  it('reads the series named in a longer wording (seed 001, 最低賃金)', () => {
    const w = parseTargetWording('全国平均の最低賃金の伸び率（令和6年度補正予算）を超える（2031年度）');
    expect(w).toMatchObject({ kind: 'relative', comparator: 'gt' });
    expect(w?.kind === 'relative' && w.reference).toContain('全国平均の最低賃金の伸び率');
  });
});
