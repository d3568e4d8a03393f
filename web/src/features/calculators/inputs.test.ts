import { describe, expect, it } from 'vitest';
import { issuesToFields, readLocalGovCode, readRate, readYen } from './inputs.ts';

describe('the calculators read what is typed', () => {
  it('reads amounts with 万・億, full-width digits and 円', () => {
    expect(readYen('1,000万')).toEqual({ ok: true, value: 10_000_000 });
    expect(readYen('３億')).toEqual({ ok: true, value: 300_000_000 });
    expect(readYen('70万円')).toEqual({ ok: true, value: 700_000 });
    expect(readYen('  ')).toEqual({ ok: true, value: null });
    expect(readYen('abc')).toEqual({ ok: false, reason: '金額「abc」を読めません（例: 1,000万、3億、500000）' });
    expect(readYen('-5万')).toEqual({ ok: false, reason: '金額「-5万」は0円以上にしてください' });
  });

  it('reads rates as percentages or fractions', () => {
    expect(readRate('30')).toEqual({ ok: true, value: 0.3 });
    expect(readRate('３０％')).toEqual({ ok: true, value: 0.3 });
    expect(readRate('8/10')).toEqual({ ok: true, value: 0.8 });
    expect(readRate('')).toEqual({ ok: true, value: null });
    expect(readRate('120')).toEqual({ ok: false, reason: '率「120」は0%以上100%以下にしてください' });
    expect(readRate('1/0')).toEqual({ ok: false, reason: '率「1/0」を読めません（例: 30、30%、8/10）' });
  });

  it('takes a local government as its 団体コード, a name only through the candidates', () => {
    expect(readLocalGovCode('４７３５７５')).toEqual({ ok: true, value: '473575' });
    expect(readLocalGovCode('')).toEqual({ ok: true, value: null });
    expect(readLocalGovCode('北大東村')).toEqual({ ok: false, reason: '「北大東村」は団体コードではありません。6桁の団体コードを入力するか、名称で探して候補から選んでください' });
  });

  it("matches the server's issues to the form's fields, the rest to the form", () => {
    const fields = { donation: { id: 'kfn-donation', label: '寄附額' } };
    expect(
      issuesToFields(
        [
          { column: 'donation', reason: '金額「x」を読めません' },
          { column: 'eligibility.other', reason: '不明な項目です' },
        ],
        fields,
      ),
    ).toEqual({ fields: [{ id: 'kfn-donation', label: '寄附額', message: '金額「x」を読めません' }], rest: ['eligibility.other: 不明な項目です'] });
  });
});
