/**
 * The 企業版ふるさと納税 result as the API and the CLI both print it: its keys in order (the issue
 * fixes them), and KFN-EX1's figures (grants-and-tax-rules.json worked example: 1,000万 donated,
 * 法人税割 5,000万, 法人税 3億, 事業税 5,000万, effective rate 30 %), exact yen.
 */
export const KFN_RESULT_KEYS = ['credits', 'total_credit', 'deduction_effect', 'total_relief', 'net_burden', 'binding_caps', 'eligible', 'reasons', 'to_confirm', 'as_of', 'trace'];

export const KFN_EX1_RESULT = {
  credits: { juminzei: 4_000_000, hojinzei: 0, jigyozei: 2_000_000 },
  total_credit: 6_000_000,
  deduction_effect: 3_000_000,
  total_relief: 9_000_000,
  net_burden: 1_000_000,
  binding_caps: [],
  eligible: true,
};
