/**
 * A rule's number as data: every rate, cap, period and limit the calculators and the grant
 * checks use is one RuleParameter, with where it comes from and when it is in force. A value
 * that changes (a rate raised by a tax reform) is a second entry with the same id and a later
 * effective period; the calculations ask for the entry in force on their evaluation date.
 */

export type RuleProgram = 'kigyo_furusato' | 'pro_jinzai' | 'dai2sedai';

export const PROGRAM_LABELS: Readonly<Record<RuleProgram, string>> = {
  kigyo_furusato: '企業版ふるさと納税',
  pro_jinzai: 'プロフェッショナル人材事業（副業・兼業人材活用）',
  dai2sedai: '新しい地方経済・生活環境創生交付金（第2世代交付金）',
};

/**
 * Where a value comes from: the seeds (document and lines), a public source found outside them
 * (cited by URL, marked as such), or Sousei's own decision where the documents are silent.
 */
export type SourceKind = 'seed' | 'public' | 'decision';

export const SOURCE_KIND_LABELS: Readonly<Record<SourceKind, string>> = {
  seed: '資料',
  public: '公開情報（資料外）',
  decision: 'Souseiの判断（資料に記載なし）',
};

export interface RuleSource {
  kind: SourceKind;
  /** the document: 「002 地方創生2.0基本構想（概要）」, a web page's title, or 「Sousei」 */
  document: string;
  /** 1-based lines of a seed file, e.g. '302-304' */
  lines?: string;
  /** the seed file or the public page */
  file?: string;
  url?: string;
  /** the id of the rule in shared/reference/grants-and-tax-rules.json, where it is one */
  ruleId?: string;
}

export type ParameterUnit = 'ratio' | 'yen' | 'fiscal_years' | 'count' | 'flag' | 'choice' | 'codes';

/** 'hard': exceeding it refuses; 'guideline': 目安 — exceeding it warns (002 注1). */
export type Binding = 'hard' | 'guideline';

export type ParameterValue = number | boolean | string | readonly string[];

export interface RuleParameter {
  /** stable id, e.g. 'kfn.juminzei.rate' */
  id: string;
  program: RuleProgram;
  label: string;
  value: ParameterValue;
  unit: ParameterUnit;
  /** first day in force (YYYY-MM-DD) */
  effectiveFrom: string;
  /** last day in force (YYYY-MM-DD), null while open-ended */
  effectiveTo: string | null;
  source: RuleSource;
  binding?: Binding;
  /** why, briefly: how it is read, or what was decided and why */
  note: string;
}
