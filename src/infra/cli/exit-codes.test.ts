import { describe, expect, it } from 'vitest';
import { ConflictError, InputError, NotFoundError } from '../../shared/errors.ts';
import { EXIT, reportError } from './exit-codes.ts';

const report = (e: unknown) => {
  let text = '';
  const code = reportError(
    e,
    {
      write: (s: string) => {
        text += s;
      },
    } as never,
    false,
  );
  return { code, text };
};

describe('CLI exit codes: one line per failure', () => {
  it('a conflict exits 6 and says nothing was changed', () => {
    const r = report(new ConflictError('この戦略はほかの人が先に更新しました'));
    expect(r.code).toBe(EXIT.conflict);
    expect(r.code).toBe(6);
    expect(r.text).toBe('エラー: この戦略はほかの人が先に更新しました（データベースは変更されていません）\n');
  });

  it('input 1, not found 2, anything else 3', () => {
    expect(report(InputError.single({ code: 'x', reason: '不正' })).code).toBe(1);
    expect(report(new NotFoundError('ない')).code).toBe(2);
    expect(report(new Error('boom')).code).toBe(3);
  });
});
