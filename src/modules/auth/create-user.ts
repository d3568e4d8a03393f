/**
 * Registering a user (`sousei users add`): a well-formed e-mail not yet registered, the
 * password policy, and an organisation that exists — a current government in the areas master
 * (5-digit codes get their check digit), or '000000', the nation.
 */
import type { Database } from '../../db/client.ts';
import { InputError, type InputIssue } from '../../shared/errors.ts';
import { NATIONAL_CODE, normalizeLocalGovCode } from '../../shared/local-gov-code.ts';
import { getArea } from '../local-gov/index.ts';
import type { Actor, Role } from './access.ts';
import { checkPassword } from './domain/password-policy.ts';
import { normalizeEmail } from './domain/throttle-keys.ts';
import { hashPassword } from './passwords.ts';
import { findUserByEmail, toActor } from './repository.ts';
import { users } from './schema.ts';

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  orgCode: string;
  password: string;
}

/** Issues with the organisation code: unknown format, not registered, or abolished (合併 etc.). */
async function orgIssues(db: Database, input: string): Promise<{ orgCode: string; issues: InputIssue[] }> {
  let orgCode: string;
  try {
    orgCode = normalizeLocalGovCode(input);
  } catch (e) {
    return { orgCode: '', issues: [{ column: 'org', code: 'invalid_code', reason: (e as Error).message }] };
  }
  // The nation is Sousei's own code; it is in the areas master too, but must work without it.
  if (orgCode === NATIONAL_CODE) return { orgCode, issues: [] };
  const area = await getArea(db, orgCode);
  if (!area) return { orgCode, issues: [{ column: 'org', code: 'unknown_org', reason: `団体コード「${orgCode}」の団体が登録されていません` }] };
  if (area.validTo)
    return { orgCode, issues: [{ column: 'org', code: 'abolished_org', reason: `団体コード「${orgCode}」の団体（${area.name}）は${area.validTo}に廃止されています` }] };
  return { orgCode, issues: [] };
}

export async function createUser(db: Database, input: NewUser): Promise<Actor> {
  const email = normalizeEmail(input.email);
  const issues: InputIssue[] = [];
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) issues.push({ column: 'email', code: 'invalid_email', reason: `メールアドレスの形式が正しくありません: ${input.email}` });
  if (!input.name.trim()) issues.push({ column: 'name', code: 'required', reason: '氏名を入力してください' });
  issues.push(...(await checkPassword(input.password, { email, name: input.name })));
  const org = await orgIssues(db, input.orgCode);
  issues.push(...org.issues);
  if (issues.length > 0) throw new InputError(issues);
  if (await findUserByEmail(db, email)) throw InputError.single({ column: 'email', code: 'duplicate_email', reason: `メールアドレス「${email}」は既に登録されています` });
  const [row] = await db
    .insert(users)
    .values({ email, name: input.name.trim(), role: input.role, orgCode: org.orgCode, passwordHash: await hashPassword(input.password) })
    .returning();
  return toActor(row!);
}
