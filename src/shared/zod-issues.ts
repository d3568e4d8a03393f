/**
 * zod's issues as the InputIssues users see: the JSON path (`projects[2].costs[0].fiscal_year`)
 * as the column and the reason in Japanese. Shared by every JSON body and file read against a
 * zod schema, so an error names the field the same way everywhere.
 */
import type { z } from 'zod';
import type { InputIssue } from './errors.ts';

export const pathText = (path: ReadonlyArray<PropertyKey>): string =>
  path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s === '' ? String(p) : `${s}.${String(p)}`), '');

const JAPANESE = /[ぁ-んァ-ン一-龥]/;

const typeName = (expected: string): string =>
  expected === 'number' ? '数値' : expected === 'string' ? '文字列' : expected === 'boolean' ? 'true / false' : expected === 'array' ? '配列' : expected;

/** The Japanese reason for one zod issue. Messages already written in Japanese are kept. */
export function zodIssueReason(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '必須の項目です' : `値の型が正しくありません（${typeName(issue.expected)}で指定してください）`;
    case 'invalid_value':
      return `使えない値です（${issue.values.map(String).slice(0, 5).join('、')}${issue.values.length > 5 ? ' など' : ''}のいずれか）`;
    case 'too_big':
      return issue.origin === 'array'
        ? `${String(issue.maximum)}件以内にしてください`
        : JAPANESE.test(issue.message)
          ? issue.message
          : `${String(issue.maximum)}以下にしてください`;
    case 'too_small':
      return JAPANESE.test(issue.message) ? issue.message : `${String(issue.minimum)}以上にしてください`;
    case 'invalid_union':
      return issue.input === undefined ? '必須の項目です' : '値の形式が正しくありません';
    case 'unrecognized_keys':
      return `不明な項目です: ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}

/** Every issue of a failed parse, located (`where.file` is added to each). */
export function zodInputIssues(error: z.ZodError, where: { file?: string } = {}): InputIssue[] {
  return error.issues.map((i) => ({
    ...where,
    column: pathText(i.path) || '(本文)',
    code: i.code === 'custom' ? 'invalid_value' : i.code,
    reason: zodIssueReason(i),
  }));
}
