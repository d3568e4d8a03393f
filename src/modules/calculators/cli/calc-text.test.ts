import { describe, expect, it } from 'vitest';
import { calculateKigyoFurusato } from '../domain/kigyo-furusato.ts';
import { calculateProJinzai } from '../domain/pro-jinzai.ts';
import { whatIfKigyoFurusato } from '../domain/what-if.ts';
import { kigyoFurusatoText, proJinzaiText, whatIfText } from './calc-text.ts';

const AS_OF = '2026-12-01';

describe('the calculators as text', () => {
  it('企業版ふるさと納税: figures in 万・億, the burden share, reasons and the trace with caps marked', () => {
    const r = calculateKigyoFurusato({
      donation: 10_000_000,
      juminzei_hojinzeiwari: 16_000_000,
      hojinzei: 200_000_000,
      jigyozei: 30_000_000,
      as_of: AS_OF,
      eligibility: { blue_return: false },
    });
    const text = kigyoFurusatoText(r, 10_000_000);
    expect(text).toContain('評価日 令和8年（2026年）12月1日');
    expect(text).toMatch(/税額控除の合計\s+0円/);
    expect(text).toMatch(/実質負担額\s+700万円（寄附額の70%）/);
    expect(text).toContain('対象外の理由:\n  ・青色申告書を提出する法人ではありません');
    const ok = kigyoFurusatoText(
      calculateKigyoFurusato({ donation: 10_000_000, juminzei_hojinzeiwari: 16_000_000, hojinzei: 200_000_000, jigyozei: 30_000_000, as_of: AS_OF }),
      10_000_000,
    );
    expect(ok).toMatch(/法人住民税の控除\s+320万円/);
    expect(ok).toMatch(/上限が効いた控除\s+住民税（法人税割額の20%）/);
    expect(ok).toContain('法人税割額の20% 320万円【上限が効いた】');
    expect(ok).toContain('kfn.juminzei.cap=20%（資料 304行）');
  });

  it('what-if: one line per donation with the burden share', () => {
    const text = whatIfText(
      whatIfKigyoFurusato({ juminzei_hojinzeiwari: 50_000_000, hojinzei: 300_000_000, jigyozei: 50_000_000, as_of: AS_OF, donations: [10_000_000, 100_000_000] }),
    );
    const lines = text.split('\n');
    expect(lines[1]).toBe('2,500万2円まで上限は効かない');
    expect(lines.find((l) => l.startsWith('1,000万円'))).toMatch(/^1,000万円\s+400万円\s+0円\s+200万円\s+300万円\s+100万円\s+10%\s+なし$/);
    expect(lines.find((l) => l.startsWith('1億円'))).toMatch(/4,000万円\s+40%\s+住民税/);
  });

  it('プロ人材: grant, share, and whether the cap bound', () => {
    const text = proJinzaiText(calculateProJinzai({ cost: 700_000, as_of: AS_OF }));
    expect(text).toMatch(/交付額\s+50万円/);
    expect(text).toMatch(/企業の負担額\s+20万円/);
    expect(text).toContain('効いた（1件当たりの上限）');
    expect(text).toContain('1件当たりの上限 50万円【上限が効いた】');
  });
});
