/**
 * Batch import of cases from a JSON file (the CLI): `{"cases": [{"owner_code", "content",
 * "submit"?}]}`. Every case is validated and its links checked first, all issues named by file
 * and path (`cases[3].content.regions[0]`); then each is created (and submitted when asked) —
 * nothing is written when any case is refused.
 */
import { z } from 'zod';
import type { Database } from '../../../db/client.ts';
import { InputError, type InputIssue } from '../../../shared/errors.ts';
import { readLocalGovCode } from '../../../shared/local-gov-code.ts';
import { zodInputIssues } from '../../../shared/zod-issues.ts';
import type { Principal } from '../../auth/index.ts';
import { CaseContent, missingForSubmission } from '../domain/case-content.ts';
import { checkLinks } from './check-links.ts';
import { createCase } from './create-case.ts';
import { transitionCase } from './transition-case.ts';

const ImportFile = z.strictObject({
  cases: z
    .array(z.strictObject({ owner_code: z.union([z.string(), z.number()]), content: z.unknown(), submit: z.boolean().default(false) }))
    .min(1)
    .max(1000),
});

async function issuesOf(db: Database, file: string, item: { owner_code: string | number; content: unknown; submit: boolean }, i: number): Promise<InputIssue[]> {
  const out: InputIssue[] = [];
  try {
    readLocalGovCode(item.owner_code, { column: `cases[${i}].owner_code` });
  } catch (e) {
    if (e instanceof InputError) out.push(...e.issues.map((x) => ({ ...x, file })));
    else throw e;
  }
  const r = CaseContent.safeParse(item.content);
  if (!r.success)
    return [...out, ...zodInputIssues(r.error, { file }).map((x) => ({ ...x, column: x.column === '(本文)' ? `cases[${i}].content` : `cases[${i}].content.${x.column}` }))];
  if (item.submit) for (const m of missingForSubmission(r.data)) out.push({ file, column: `cases[${i}].content.${m.column}`, code: 'incomplete', reason: m.reason });
  try {
    await checkLinks(db, r.data, `cases[${i}].content`);
  } catch (e) {
    if (e instanceof InputError) out.push(...e.issues.map((x) => ({ ...x, file })));
    else throw e;
  }
  return out;
}

export async function importCases(db: Database, file: string, json: unknown, by: Principal): Promise<{ ids: string[]; submitted: number }> {
  const parsed = ImportFile.safeParse(json);
  if (!parsed.success) throw new InputError(zodInputIssues(parsed.error, { file }));
  const issues: InputIssue[] = [];
  for (const [i, item] of parsed.data.cases.entries()) issues.push(...(await issuesOf(db, file, item, i)));
  if (issues.length > 0) throw new InputError(issues);
  const ids: string[] = [];
  let submitted = 0;
  for (const item of parsed.data.cases) {
    const { id } = await createCase(db, { ownerCode: String(item.owner_code), content: item.content }, by);
    ids.push(id);
    if (item.submit) {
      await transitionCase(db, { id, action: 'submit' }, by);
      submitted++;
    }
  }
  return { ids, submitted };
}
