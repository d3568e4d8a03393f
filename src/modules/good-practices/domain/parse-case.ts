/** Reads a case's content (any JSON) or throws an InputError naming every field and reason. */
import { InputError } from '../../../shared/errors.ts';
import { zodInputIssues } from '../../../shared/zod-issues.ts';
import { CaseContent } from './case-content.ts';

export function parseCase(input: unknown, where: { file?: string; prefix?: string } = {}): CaseContent {
  const r = CaseContent.safeParse(input);
  if (r.success) return r.data;
  const issues = zodInputIssues(r.error, where.file ? { file: where.file } : {});
  throw new InputError(where.prefix ? issues.map((i) => ({ ...i, column: i.column === '(本文)' ? where.prefix : `${where.prefix}.${i.column}` })) : issues);
}
