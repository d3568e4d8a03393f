/**
 * Registering a user (`sousei users add`, the administrator's page): who asks is checked first
 * (permissions.canCreateUser), then a well-formed e-mail not yet registered, the password policy,
 * and an organisation that exists — a current government in the areas master (5-digit codes get
 * their check digit), or '000000', the nation. Stored with its audit entry (without the password)
 * in one transaction.
 */
import type { Database } from '../../db/client.ts';
import { ForbiddenError, InputError, type InputIssue } from '../../shared/errors.ts';
import { appendAudit } from '../audit/index.ts';
import { NATIONAL_CODE, normalizeLocalGovCode } from '../../shared/local-gov-code.ts';
import { getArea } from '../local-gov/index.ts';
import type { Actor, Role } from './access.ts';
import { checkPassword } from './domain/password-policy.ts';
import { normalizeEmail } from './domain/throttle-keys.ts';
import { hashPassword } from './passwords.ts';
import { canCreateUser } from './permissions.ts';
import { auditNameOf, operatorPrincipal, type Principal } from './principal.ts';
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

const ROLE_NAMES: Record<Role, string> = { admin: '管理者', editor: '編集者', viewer: '閲覧者', reviewer: '審査・助言者' };

/** `by` defaults to the operator (the CLI and the platform's own set-up code are trusted callers). */
export async function createUser(db: Database, input: NewUser, by: Principal = operatorPrincipal('cli:users add')): Promise<Actor> {
  if (!canCreateUser(by)) throw new ForbiddenError('利用者を登録する権限がありません（管理者のみ）');
  const email = normalizeEmail(input.email);
  const issues: InputIssue[] = [];
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) issues.push({ column: 'email', code: 'invalid_email', reason: `メールアドレスの形式が正しくありません: ${input.email}` });
  if (!input.name.trim()) issues.push({ column: 'name', code: 'required', reason: '氏名を入力してください' });
  issues.push(...(await checkPassword(input.password, { email, name: input.name })));
  const org = await orgIssues(db, input.orgCode);
  issues.push(...org.issues);
  if (issues.length > 0) throw new InputError(issues);
  if (await findUserByEmail(db, email)) throw InputError.single({ column: 'email', code: 'duplicate_email', reason: `メールアドレス「${email}」は既に登録されています` });
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(users).values({ email, name: input.name.trim(), role: input.role, orgCode: org.orgCode, passwordHash }).returning();
    const actor = toActor(row!);
    await appendAudit(tx, {
      ownerCode: actor.orgCode,
      actor: auditNameOf(by),
      action: 'user.create',
      entityType: 'user',
      entityId: actor.id,
      summary: `利用者を登録: ${actor.name}（${ROLE_NAMES[actor.role]}、団体コード ${actor.orgCode}）`,
      details: { role: actor.role, org_code: actor.orgCode },
    });
    return actor;
  });
}
