/**
 * Readers for single cells/fields shared by the JSON, CSV and Excel readers of every module.
 * Each returns the parsed value or records an issue (with the caller's location) and returns
 * undefined.
 */
import type { InputIssue } from './errors.ts';
import { parseJapaneseNumber } from './japanese-numbers.ts';
import { textProblem } from './text-checks.ts';
import { tryParsePeriod, type Period } from './periods.ts';

export type Report = (code: string, reason: string) => void;

/** Reports a missing value (code missing_value); the field then has none (undefined), like an unreadable one. */
export function reportMissing(report: Report, reason: string): undefined {
  report('missing_value', reason);
  return undefined;
}

/** Period parsing is the hot path of a million-row import: labels repeat, so cache them. */
export class PeriodReader {
  private cache = new Map<string, Period | null>();

  read(raw: string | number, report: Report): Period | undefined {
    const key = String(raw);
    let p = this.cache.get(key);
    if (p === undefined) {
      p = tryParsePeriod(raw);
      this.cache.set(key, p);
    }
    if (p === null) {
      report('invalid_period', `期間「${key}」を解釈できません（例: 2017, 2017年度, FY2017, 2018-08, 2018-08-31）`);
      return undefined;
    }
    return p;
  }
}

/**
 * A number within ±MAX_ABS_VALUE, or null for an explicit missing marker (「－」「…」「x」) or an
 * empty cell. Reports 'not_a_number' or 'number_out_of_range'.
 */
export function readNumber(raw: string | number | null | undefined, report: Report): number | null | undefined {
  const r = parseJapaneseNumber(raw);
  if (!r.ok) {
    report(r.code ?? 'not_a_number', r.reason);
    return undefined;
  }
  return r.value;
}

/**
 * Optional text within `max` characters (and storable: no NUL, no lone surrogate); reports and
 * returns undefined otherwise. Everything else passes through unchanged.
 */
export function readText<T extends string | number | null | undefined>(raw: T, max: number, report: Report): T | undefined {
  if (typeof raw !== 'string') return raw;
  const p = textProblem(raw, max);
  if (p) {
    report(p.code, p.reason);
    return undefined;
  }
  return raw;
}

export function issueCollector(limit = 200) {
  const issues: InputIssue[] = [];
  return {
    issues,
    add(issue: InputIssue) {
      if (issues.length < limit) issues.push(issue);
    },
    get full() {
      return issues.length >= limit;
    },
  };
}
