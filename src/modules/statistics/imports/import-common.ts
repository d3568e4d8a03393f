/**
 * What the statistics readers share: the result shape, statistical value cells (numbers and the
 * 「－」「…」「x」「***」 markers → null + flag), flag words, indicator definitions as users write
 * them. Pure: no database.
 */
import { InputError, type InputIssue } from '../../../shared/errors.ts';
import { formatLimit, MAX_NAME_LENGTH, MAX_NOTE_LENGTH, MAX_STATISTICS_IMPORT_ROWS } from '../../../shared/input-limits.ts';
import { parseJapaneseNumber } from '../../../shared/japanese-numbers.ts';
import { textProblem } from '../../../shared/text-checks.ts';
import { toHalfWidth } from '../../../shared/normalize-text.ts';
import { CATEGORIES, VALUE_FLAGS, type Category, type ValueFlag } from '../schema.ts';
import type { IndicatorDef, ValueRow } from '../store/indicator-store.ts';

export type StatisticsFormat = 'tidy' | 'json' | 'estat';

/** A value with where it came from, so checks against the database can still name the place. */
export interface ParsedValue extends ValueRow {
  /** line in the file (tables); 0 for JSON, whose values are located by index */
  line: number;
  /** JSON: the value's index in `values` */
  at?: number;
}

export type ValueField = 'area' | 'indicator' | 'period';

export interface ParsedStatistics {
  format: StatisticsFormat;
  file: string;
  /** definitions carried by the file (JSON) or made from the request (e-Stat --indicator) */
  indicators: IndicatorDef[];
  values: ParsedValue[];
  /** column names as the file writes them, for issues found later */
  columns: { area: string; indicator: string; period: string };
  /** e-Stat items the request's mapping left out (not imported) */
  skippedItems?: string[];
  /** e-Stat table title etc., for the result and the audit trail */
  meta?: Record<string, string>;
  /** where a value's field is (JSON: worked out from the text); default: its line and the column name */
  locate?: (v: ParsedValue, field: ValueField) => { line: number; column: string };
}

/** Line and column of a value's field, for issues found after reading. */
export function whereIs(parsed: ParsedStatistics, v: ParsedValue, field: ValueField): { line: number; column: string } {
  return parsed.locate ? parsed.locate(v, field) : { line: v.line, column: parsed.columns[field] };
}

export type Report = (code: string, reason: string) => void;

/** The marker as written → the flag it stands for. */
export function markerFlag(marker: string): ValueFlag {
  const m = toHalfWidth(marker).trim().toUpperCase();
  if (m === 'X' || m === '***' || m === '*' || m === '＊＊＊') return 'confidential';
  if (m === '…' || m === '...' || m === '・・・' || m === 'NA' || m === 'N/A' || m === '‥') return 'not_available';
  return 'not_applicable';
}

export const MARKER_HINT = '「－」該当なし、「…」不詳・未公表、「x」「***」秘匿';

/**
 * A statistical value cell: a number (full-width digits, 1,234, △5, 1.2万 …), or a marker that
 * records a published non-figure. `'empty'` for a blank cell (the caller decides what that means).
 */
export function readStatValue(raw: string | number | null | undefined, report: Report): { value: number | null; flag: ValueFlag | null } | 'empty' | undefined {
  // Numbers (JSON, Excel) go through the parser too: it bounds them to ±MAX_ABS_VALUE.
  const r = parseJapaneseNumber(raw);
  if (!r.ok) {
    if (r.code) report(r.code, r.reason);
    else report('not_a_number', typeof raw === 'number' ? r.reason : `${r.reason}（数値、または ${MARKER_HINT} を記入してください）`);
    return undefined;
  }
  if (r.value !== null) return { value: r.value, flag: null };
  if (r.missing === '') return 'empty';
  return { value: null, flag: markerFlag(r.missing) };
}

const FLAG_WORDS: Record<string, ValueFlag> = {};
for (const [flag, words] of Object.entries({
  preliminary: ['preliminary', '速報', '速報値', 'p'],
  estimate: ['estimate', '推計', '推計値', '推定', '推定値', 'e'],
  confidential: ['confidential', '秘匿', 'x', '***', '*'],
  not_applicable: ['not_applicable', '該当なし', '該当数値なし', '－', '-', '―'],
  not_available: ['not_available', '不詳', '未公表', '調査なし', '…', '...'],
  reference: ['reference', '参考', '参考値'],
}) as Array<[ValueFlag, string[]]>) {
  for (const w of words) FLAG_WORDS[toHalfWidth(w).toLowerCase()] = flag;
  FLAG_WORDS[VALUE_FLAGS[flag]] = flag;
}

export const FLAG_HINT = 'preliminary（速報）, estimate（推計）, confidential（秘匿・x）, not_applicable（該当なし・－）, not_available（不詳・…）, reference（参考値）';

/** A flag word (English or Japanese); null for blank, undefined for an unknown word. */
export function parseValueFlag(raw: string | number | null | undefined): ValueFlag | null | undefined {
  if (raw === null || raw === undefined) return null;
  const s = toHalfWidth(String(raw)).trim().toLowerCase();
  if (s === '') return null;
  return FLAG_WORDS[s];
}

/** Non-figure flags: a value with one of these must be null. */
export const NON_FIGURE_FLAGS: ReadonlySet<ValueFlag> = new Set(['confidential', 'not_applicable', 'not_available']);

/** Combines a value cell and a flag cell; reports contradictions. */
export function combineFlag(
  v: { value: number | null; flag: ValueFlag | null },
  flag: ValueFlag | null,
  report: Report,
): { value: number | null; flag: ValueFlag | null } | undefined {
  if (flag === null) return v;
  if (v.value !== null && NON_FIGURE_FLAGS.has(flag)) {
    report('flag_conflict', `値 ${v.value} があるのに区分が「${VALUE_FLAGS[flag]}」です（数値のない区分は値を空にするか「－」「…」「x」で記入してください）`);
    return undefined;
  }
  if (v.value === null) {
    // The marker in the value cell already says what the non-figure is; a figure flag cannot apply.
    if (!NON_FIGURE_FLAGS.has(flag)) {
      report('flag_conflict', `値がない（${VALUE_FLAGS[v.flag!]}）のに区分が「${VALUE_FLAGS[flag]}」です`);
      return undefined;
    }
    return { value: null, flag };
  }
  return { value: v.value, flag };
}

const CATEGORY_BY_WORD: Record<string, Category> = {};
for (const [code, label] of Object.entries(CATEGORIES) as Array<[Category, string]>) {
  CATEGORY_BY_WORD[code] = code;
  CATEGORY_BY_WORD[label] = code;
}
CATEGORY_BY_WORD.finance = 'local_finance';
CATEGORY_BY_WORD.財政 = 'local_finance';

export const CATEGORY_HINT = (Object.entries(CATEGORIES) as Array<[Category, string]>).map(([c, l]) => `${c}（${l}）`).join(', ');

/** 'population' or 「人口」 → 'population'. */
export function parseCategory(raw: unknown): Category | undefined {
  if (typeof raw !== 'string') return undefined;
  return CATEGORY_BY_WORD[toHalfWidth(raw).trim().toLowerCase()] ?? CATEGORY_BY_WORD[raw.trim()];
}

/** Indicator codes: ASCII letters, digits, '_', '.', '-'; they appear in URLs and KPI bindings. */
export const INDICATOR_CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** An indicator definition as a user gives it (JSON file, CLI flags); names in either spelling. */
export interface IndicatorInput {
  code: string;
  nameJa?: string | null;
  nameEn?: string | null;
  unit?: string | null;
  category?: string | null;
  source?: string | null;
  licence?: string | null;
  frequency?: string | null;
  notes?: string | null;
}

/** Validates a definition; every problem goes to `issue(column, code, reason)`. */
export function checkIndicatorDef(input: IndicatorInput, issue: (column: string, code: string, reason: string) => void): IndicatorDef | undefined {
  const problems: Array<[string, string, string]> = [];
  // Stored text has limits: names and labels MAX_NAME_LENGTH, source/licence/notes MAX_NOTE_LENGTH.
  const lengths: Array<[string, unknown, number]> = [
    ['name_ja', input.nameJa, MAX_NAME_LENGTH],
    ['name_en', input.nameEn, MAX_NAME_LENGTH],
    ['unit', input.unit, MAX_NAME_LENGTH],
    ['category', input.category, MAX_NAME_LENGTH],
    ['frequency', input.frequency, MAX_NAME_LENGTH],
    ['source', input.source, MAX_NOTE_LENGTH],
    ['licence', input.licence, MAX_NOTE_LENGTH],
    ['notes', input.notes, MAX_NOTE_LENGTH],
  ];
  for (const [column, v, max] of lengths) {
    const p = typeof v === 'string' ? textProblem(v, max) : null;
    if (p) problems.push([column, p.code, `指標「${String(input.code ?? '')}」の ${column}: ${p.reason}`]);
  }
  if (problems.length > 0) {
    for (const p of problems) issue(...p);
    return undefined;
  }
  const code = typeof input.code === 'string' ? toHalfWidth(input.code).trim() : '';
  if (!INDICATOR_CODE.test(code))
    problems.push(['code', 'invalid_indicator_code', `指標コード「${String(input.code ?? '')}」は使えません（英数字と _ . - で64文字まで、例: population, A1101）`]);
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
  const nameJa = text(input.nameJa);
  if (!nameJa) problems.push(['name_ja', 'missing_value', `指標「${code}」の名称（name_ja）がありません`]);
  const unit = typeof input.unit === 'string' ? input.unit.trim() : null;
  if (unit === null) problems.push(['unit', 'missing_value', `指標「${code}」の単位（unit）がありません（単位のない指数は ""）`]);
  const category = parseCategory(input.category);
  if (!category) problems.push(['category', 'invalid_category', `指標「${code}」の分類「${String(input.category ?? '')}」は使えません（${CATEGORY_HINT}）`]);
  const source = text(input.source);
  if (!source) problems.push(['source', 'missing_value', `指標「${code}」の出典（source）がありません（データを表示する所に出典を示す必要があります）`]);
  const licence = text(input.licence);
  if (!licence) problems.push(['licence', 'missing_value', `指標「${code}」の利用条件（licence）がありません（例: 政府標準利用規約（第2.0版）, CC BY 4.0）`]);
  for (const p of problems) issue(...p);
  if (problems.length > 0) return undefined;
  return {
    code,
    nameJa: nameJa!,
    nameEn: text(input.nameEn),
    unit: unit!,
    category: category!,
    source: source!,
    licence: licence!,
    frequency: text(input.frequency),
    notes: text(input.notes),
  };
}

/** Issues of one file, bounded, in the order found. */
export function collector(file: string, limit = 200) {
  const issues: InputIssue[] = [];
  return {
    issues,
    add(issue: Omit<InputIssue, 'file'>) {
      if (issues.length < limit) issues.push({ file, ...issue });
    },
    get full() {
      return issues.length >= limit;
    },
  };
}

/**
 * One statistics import holds at most MAX_STATISTICS_IMPORT_ROWS values (all checked in memory
 * before the one transaction); the value past the limit is named.
 */
export function refuseTooManyValues(file: string, count: number, where: { line: number; column?: string }): never {
  throw InputError.single({
    file,
    ...where,
    code: 'too_many_rows',
    reason: `値が多すぎます（${formatLimit(count)}件以上、上限 ${formatLimit(MAX_STATISTICS_IMPORT_ROWS)}件）。ファイルを分けて取り込んでください`,
  });
}
