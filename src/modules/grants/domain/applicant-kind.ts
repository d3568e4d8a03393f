/**
 * The applicant's kind, whose caps apply (都道府県 / 中枢中核都市 / 市区町村), from its 団体コード
 * and the rules in force: a prefecture's code is PP000C; a city in `d2g.core_city_codes` is a
 * 中枢中核都市; any other 指定都市 or 特別区 gets `d2g.designated_city_kind`; the rest are 市区町村.
 * A declared kind that disagrees is used with a warning (審査で確認), except that the code decides
 * whether the applicant is a prefecture (error either way).
 */
import type { RulesInForce } from '../../rulebook/index.ts';
import { type CheckIssue, issue } from './checks/check-issue.ts';
import { APPLICANT_KIND_LABELS, APPLICANT_KINDS, type ApplicantKind } from './project-kinds.ts';

/** What the local-government master says of the code (local-gov `areas`): null when it has no such code. */
export interface ApplicantArea {
  name: string;
  /** 'prefecture' | 'municipality' | 'ward' … */
  level: string;
  /** 政令指定都市, 中核市, 市, 特別区, 町, 村, 行政区, 都道府県 */
  type: string;
}

export interface ApplicantKindResult {
  /** the kind whose caps the checks apply */
  kind: ApplicantKind;
  /** the kind the code gives */
  derived: ApplicantKind;
  issues: CheckIssue[];
}

const PREFECTURE_CODE = /^\d{2}000\d$/;

export function isPrefectureCode(code: string): boolean {
  return PREFECTURE_CODE.test(code);
}

/** The kind the code gives under the rules in force. */
export function derivedApplicantKind(code: string, rules: RulesInForce, area?: ApplicantArea | null): ApplicantKind {
  if (isPrefectureCode(code)) return 'prefecture';
  if (rules.codes('d2g.core_city_codes').includes(code)) return 'core_city';
  if (area && (area.type === '政令指定都市' || area.type === '特別区')) {
    const kind = rules.choice('d2g.designated_city_kind');
    if (!(APPLICANT_KINDS as readonly string[]).includes(kind)) throw new Error(`d2g.designated_city_kind: unknown applicant kind ${kind}`);
    return kind as ApplicantKind;
  }
  return 'municipality';
}

/**
 * `area`: undefined when not looked up (pure callers); null when the master has no such code.
 */
export function applicantKind(code: string, declared: ApplicantKind | null, rules: RulesInForce, area?: ApplicantArea | null): ApplicantKindResult {
  const byCode = rules.get('d2g.applicant_kind_by_code');
  const who = `${area?.name ?? '申請団体'}（団体コード ${code}）`;
  const issues: CheckIssue[] = [];
  if (area === null) issues.push(issue(byCode, 'error', `団体コード ${code} は地方公共団体の一覧にありません`));
  else if (area?.level === 'ward') issues.push(issue(byCode, 'error', `${who}は行政区のため申請団体になりません。市として申請してください`));
  const derived = derivedApplicantKind(code, rules, area);
  if (declared === null || declared === derived) return { kind: derived, derived, issues };
  const said = `「${APPLICANT_KIND_LABELS[declared]}」と申告されていますが`;
  if (derived === 'prefecture' || declared === 'prefecture') {
    const text =
      derived === 'prefecture'
        ? `${who}${said}、都道府県の団体コードです。都道府県の上限で確認します`
        : `${who}${said}、都道府県の団体コードではありません。「${APPLICANT_KIND_LABELS[derived]}」の上限で確認します`;
    issues.push(issue(byCode, 'error', text));
    return { kind: derived, derived, issues };
  }
  const list = rules.get('d2g.core_city_codes');
  const text =
    declared === 'core_city'
      ? `${who}は中枢中核都市の一覧にありません。審査で確認します。申告のとおり中枢中核都市の上限で確認します`
      : `${who}${said}、中枢中核都市の一覧にあります。申告のとおり市区町村の上限で確認します`;
  issues.push(issue(list, 'warning', text));
  return { kind: declared, derived, issues };
}
