import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { describedBy, domId, formErrors } from './form-errors.tsx';

const locate = (column: string) => (column === 'amounts[1].reason' ? { id: 'decision-soft-1-2027-reason', label: 'soft-1 2027年度の減額の理由' } : null);

describe('formErrors (the review page’s refusals)', () => {
  it('links located issues to their field and keeps the rest as the form’s problem', () => {
    const e = formErrors(
      new ApiError(400, 'invalid_input', '入力に誤りがあります', [
        { column: 'amounts[1].reason', reason: '理由を入力してください' },
        { column: 'amounts', reason: '採点を終えた審査員がいません' },
      ]),
      locate,
    );
    expect(e.fields).toEqual([{ id: 'decision-soft-1-2027-reason', label: 'soft-1 2027年度の減額の理由', message: '理由を入力してください' }]);
    expect(e.formError).toEqual({ text: '採点を終えた審査員がいません', loginHref: null });
    expect(e.at('decision-soft-1-2027-reason')).toBe('理由を入力してください');
    expect(describedBy('decision-soft-1-2027-reason', e, 'hint-1')).toBe('hint-1 decision-soft-1-2027-reason-error');
    expect(describedBy('other', e)).toBeUndefined();
  });

  it('shows a 401 with the way back through sign-in, and client-side problems with the server’s', () => {
    const e = formErrors(new ApiError(401, 'unauthorized', 'ログインが必要です。'), locate, [{ id: 'a', label: '交付額', message: '金額「x」を読めません' }], '/grants/g-1/review');
    expect(e.formError).toEqual({ text: 'ログインが必要です。', loginHref: '/login?next=%2Fgrants%2Fg-1%2Freview' });
    expect(e.fields.map((f) => f.id)).toEqual(['a']);
  });

  it('makes DOM ids of project ids and years', () => {
    expect(domId('decision', 'soft 1', 2027, 'amount')).toBe('decision-soft_1-2027-amount');
  });
});
