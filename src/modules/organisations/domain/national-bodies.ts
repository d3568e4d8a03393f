/**
 * The national bodies the plans need from the start (seed 001 第3章第1節ア.I.2 and 5: 内閣官房 and
 * 経済産業省 run pre-checks and publication; the 経済産業局 and 沖縄総合事務局 draft A's 素案 per
 * 地方ブロック). Bureaus' jurisdictions are METI's published ones. Other ministries can be added
 * (`sousei orgs add`). 法人番号 only where the published number is known (check digits verified);
 * a regional bureau has none of its own (番号法: one number per 国の機関).
 */
import type { Organisation } from './organisation-kinds.ts';

const pref = (...codes: number[]) => codes.map((c) => String(c).padStart(2, '0'));

const bureau = (id: string, name: string, prefCodes: string[], parentId = 'meti'): Organisation => ({
  id,
  kind: 'bureau',
  name,
  corporateNumber: null,
  parentId,
  prefCodes,
  address: null,
});

export const NATIONAL_BODIES: readonly Organisation[] = [
  { id: 'cas', kind: 'secretariat', name: '内閣官房', corporateNumber: '1000012010003', parentId: null, prefCodes: [], address: null },
  { id: 'meti', kind: 'ministry', name: '経済産業省', corporateNumber: '4000012090001', parentId: null, prefCodes: [], address: null },
  { id: 'cao', kind: 'ministry', name: '内閣府', corporateNumber: '2000012010019', parentId: null, prefCodes: [], address: null },
  bureau('meti-hokkaido', '北海道経済産業局', pref(1)),
  bureau('meti-tohoku', '東北経済産業局', pref(2, 3, 4, 5, 6, 7)),
  bureau('meti-kanto', '関東経済産業局', pref(8, 9, 10, 11, 12, 13, 14, 15, 19, 20, 22)),
  bureau('meti-chubu', '中部経済産業局', pref(16, 17, 21, 23, 24)),
  bureau('meti-kinki', '近畿経済産業局', pref(18, 25, 26, 27, 28, 29, 30)),
  bureau('meti-chugoku', '中国経済産業局', pref(31, 32, 33, 34, 35)),
  bureau('meti-shikoku', '四国経済産業局', pref(36, 37, 38, 39)),
  bureau('meti-kyushu', '九州経済産業局', pref(40, 41, 42, 43, 44, 45, 46)),
  bureau('ogb-okinawa', '沖縄総合事務局', pref(47), 'cao'),
];
