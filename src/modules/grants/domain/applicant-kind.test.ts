import { describe, expect, it } from 'vitest';
import { applicantKind, isPrefectureCode } from './applicant-kind.ts';
import { rulesWith, TAKAOKA, TOYAMA_CITY, TOYAMA_PREF } from './test-applications.ts';

const city = { name: '富山市', level: 'municipality', type: '中核市' };

describe("the applicant's kind", () => {
  it('is a prefecture for PP000C codes only', () => {
    expect(isPrefectureCode(TOYAMA_PREF)).toBe(true);
    expect(isPrefectureCode(TAKAOKA)).toBe(false);
    expect(applicantKind(TOYAMA_PREF, null, rulesWith())).toEqual({ kind: 'prefecture', derived: 'prefecture', issues: [] });
  });

  it('is a 中枢中核都市 only when its code is in d2g.core_city_codes, else a 市区町村', () => {
    expect(applicantKind(TOYAMA_CITY, null, rulesWith()).kind).toBe('municipality');
    expect(applicantKind(TOYAMA_CITY, null, rulesWith({ 'd2g.core_city_codes': [TOYAMA_CITY] }), city).kind).toBe('core_city');
  });

  it('gives 指定都市 and 特別区 not in the list d2g.designated_city_kind', () => {
    const sapporo = { name: '札幌市', level: 'municipality', type: '政令指定都市' };
    expect(applicantKind('011002', null, rulesWith(), sapporo).kind).toBe('municipality');
    expect(applicantKind('011002', null, rulesWith({ 'd2g.designated_city_kind': 'core_city' }), sapporo).kind).toBe('core_city');
    expect(applicantKind('131016', null, rulesWith({ 'd2g.designated_city_kind': 'core_city' }), { name: '千代田区', level: 'municipality', type: '特別区' }).kind).toBe(
      'core_city',
    );
  });

  it('uses a declared 中枢中核都市 not in the list, with a warning to confirm in review', () => {
    const r = applicantKind(TOYAMA_CITY, 'core_city', rulesWith(), city);
    expect(r.kind).toBe('core_city');
    expect(r.derived).toBe('municipality');
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ rule: 'd2g.core_city_codes', severity: 'warning', project: null });
    expect(r.issues[0]!.message).toContain('富山市（団体コード 162019）は中枢中核都市の一覧にありません。審査で確認します');
    expect(r.issues[0]!.message).toMatch(/（Souseiの判断: d2g\.core_city_codes）$/);
  });

  it('uses a declared 市区町村 for a listed city, with a warning', () => {
    const r = applicantKind(TOYAMA_CITY, 'municipality', rulesWith({ 'd2g.core_city_codes': [TOYAMA_CITY] }), city);
    expect([r.kind, r.derived, r.issues[0]?.severity]).toEqual(['municipality', 'core_city', 'warning']);
  });

  it('refuses a prefecture code declared as anything else, and a city declared a prefecture', () => {
    const a = applicantKind(TOYAMA_PREF, 'municipality', rulesWith());
    expect(a.kind).toBe('prefecture');
    expect(a.issues.map((i) => [i.rule, i.severity])).toEqual([['d2g.applicant_kind_by_code', 'error']]);
    expect(a.issues[0]!.message).toContain('「市区町村」と申告されていますが、都道府県の団体コードです');
    const b = applicantKind(TAKAOKA, 'prefecture', rulesWith());
    expect([b.kind, b.issues[0]?.severity]).toEqual(['municipality', 'error']);
  });

  it('refuses a code the master does not have, and a 行政区', () => {
    expect(applicantKind(TAKAOKA, null, rulesWith(), null).issues[0]).toMatchObject({ rule: 'd2g.applicant_kind_by_code', severity: 'error' });
    const ward = applicantKind('011011', null, rulesWith(), { name: '札幌市中央区', level: 'ward', type: '行政区' });
    expect(ward.issues[0]!.message).toContain('札幌市中央区（団体コード 011011）は行政区のため申請団体になりません');
  });
});
