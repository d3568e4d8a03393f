/**
 * Whether a donation qualifies for the 企業版ふるさと納税 tax credits: each failed check is a
 * reason naming the rule and its source; an answer not given is a thing to confirm (確認事項),
 * never a failure, so a first estimate works with the amounts alone.
 */
import type { RuleParameter, RulesInForce } from '../../rulebook/index.ts';
import { checkDigit } from '../../../shared/local-gov-code.ts';
import { sourceText, yenText } from './source-text.ts';

export interface KfnEligibilityAnswers {
  /** 寄附先の地方公共団体（団体コード） */
  recipient_code?: string;
  /** 本社（主たる事務所又は事業所）の所在する市区町村（団体コード） */
  head_office_code?: string;
  /** 寄附先の事業が国の認定した地域再生計画に記載されているか */
  certified_project?: boolean;
  /** 青色申告書を提出する法人か */
  blue_return?: boolean;
  /** 寄附の代償として経済的な利益を受けるか */
  economic_return?: boolean;
}

export interface EligibilityOutcome {
  reasons: string[];
  to_confirm: string[];
  /** every parameter the checks read, for the trace */
  parameters: RuleParameter[];
}

/** The prefecture's 団体コード of a municipality's (first two digits, 000, check digit). */
export function prefectureOf(code: string): string {
  const first5 = `${code.slice(0, 2)}000`;
  return `${first5}${checkDigit(first5)}`;
}

const why = (p: RuleParameter, text: string) => `${text}（${p.label}: ${sourceText(p)}）`;

function recipientChecks(a: KfnEligibilityAnswers, rules: RulesInForce, out: EligibilityOutcome): void {
  const headOffice = rules.get('kfn.head_office_excluded');
  const scope = rules.get('kfn.head_office_scope');
  out.parameters.push(headOffice, scope);
  if (a.recipient_code === undefined || a.head_office_code === undefined) {
    out.to_confirm.push(why(headOffice, '寄附先が本社（主たる事務所又は事業所）の所在する地方公共団体でないこと'));
  } else if (headOffice.value === true) {
    const excluded = scope.value === 'municipality_and_prefecture' ? [a.head_office_code, prefectureOf(a.head_office_code)] : [a.head_office_code];
    if (excluded.includes(a.recipient_code)) {
      out.reasons.push(why(headOffice, `寄附先（${a.recipient_code}）は本社の所在する地方公共団体です。本社所在地の市区町村とその都道府県への寄附は対象外です`));
    }
  }
  const ineligible = rules.get('kfn.ineligible_recipients');
  out.parameters.push(ineligible);
  if (a.recipient_code === undefined) out.to_confirm.push(why(ineligible, '寄附先が対象外の団体（不交付団体である東京都、特別区など）でないこと'));
  else if (rules.codes('kfn.ineligible_recipients').includes(a.recipient_code)) {
    out.reasons.push(why(ineligible, `寄附先（${a.recipient_code}）は企業版ふるさと納税の対象外の団体です`));
  }
}

/** A yes/no condition: `expected` passes, the other answer fails, no answer is to be confirmed. */
function answerCheck(answer: boolean | undefined, expected: boolean, p: RuleParameter, texts: { fail: string; confirm: string }, out: EligibilityOutcome): void {
  out.parameters.push(p);
  if (answer === undefined) out.to_confirm.push(why(p, texts.confirm));
  else if (answer !== expected) out.reasons.push(why(p, texts.fail));
}

/** The checks while the regime is in force (the deadline is checked by the caller). */
export function checkEligibility(donation: number, a: KfnEligibilityAnswers, rules: RulesInForce): EligibilityOutcome {
  const out: EligibilityOutcome = { reasons: [], to_confirm: [], parameters: [] };
  const min = rules.get('kfn.min_donation');
  out.parameters.push(min);
  if (donation < rules.number('kfn.min_donation'))
    out.reasons.push(why(min, `寄附額 ${yenText(donation)} は1回当たりの最低寄附額 ${yenText(min.value as number)} に達していません`));
  recipientChecks(a, rules, out);
  answerCheck(
    a.certified_project,
    true,
    rules.get('kfn.certified_project'),
    { fail: '寄附先の事業が国の認定した地域再生計画に記載された事業ではありません', confirm: '寄附先の事業が国の認定した地域再生計画に記載された事業であること' },
    out,
  );
  answerCheck(a.blue_return, true, rules.get('kfn.blue_return'), { fail: '青色申告書を提出する法人ではありません', confirm: '青色申告書を提出する法人であること' }, out);
  answerCheck(
    a.economic_return,
    false,
    rules.get('kfn.no_economic_return'),
    { fail: '寄附の代償として経済的な利益を受けます（補助金、低利貸付、入札での便宜など）', confirm: '寄附の代償として経済的な利益を受けないこと' },
    out,
  );
  return out;
}
