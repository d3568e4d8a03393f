import { describe, expect, it } from 'vitest';
import { ja } from './field-messages.ts';
import { issueLabel, type LabelOf } from './issue-label.ts';

const label: LabelOf = (key, n) => (n === undefined ? (ja[key as keyof typeof ja] ?? null) : `${n}件目`);

describe('the error summary’s names of API issue paths', () => {
  it('names list elements by position and their fields by the form’s labels', () => {
    expect(issueLabel('investments[0].amount_yen', label)).toBe('投資案件 › 1件目 › 投資額（円）');
    expect(issueLabel('investments[2].point.lat', label)).toBe('投資案件 › 3件目 › 位置 › 緯度（国内投資マップの位置）');
    expect(issueLabel('measures[0].actions[1].deadline', label)).toBe('課題と政策手段 › 1件目 › 5W1H › 2件目 › 期限');
    expect(issueLabel('area.pref_codes[0]', label)).toBe('対象地域 › 対象都道府県 › 1件目');
    expect(issueLabel('kpis[1].target_fy', label)).toBe('KPI（重要業績評価指標） › 2件目 › 目標年度');
  });

  it('keeps parts it has no label for as they are', () => {
    expect(issueLabel('unknown_item', label)).toBe('unknown_item');
  });
});
