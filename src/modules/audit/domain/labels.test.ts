import { describe, expect, it } from 'vitest';
import { ACTION_LABELS, actionLabel, actorLabel } from './labels.ts';

describe('audit labels', () => {
  it('names every action in Japanese and shows an unknown one as stored', () => {
    expect(actionLabel('observations.upsert')).toBe('実績値の登録・更新');
    expect(actionLabel('user.password_change')).toBe('パスワードの変更');
    expect(actionLabel('something.new')).toBe('something.new');
    for (const label of Object.values(ACTION_LABELS)) expect(label).toMatch(/[ぁ-んァ-ヶ一-龠]/);
  });

  it('names users by display name, operators and the platform by kind', () => {
    expect(actorLabel('user:7d3c8a0e-0000-4000-8000-000000000001', '企画課 山田')).toBe('企画課 山田');
    expect(actorLabel('user:gone', null)).toBe('利用者（削除済み）');
    expect(actorLabel('cli:root', null)).toBe('CLI（root）');
    expect(actorLabel('system:reference-data', null)).toBe('システム（reference-data）');
    expect(actorLabel('test', null)).toBe('test');
  });
});
