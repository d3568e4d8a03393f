/** Users and sessions in the database. Session tokens are stored only as SHA-256 hashes. */
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, gt, lt } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { InputError } from '../../shared/errors.ts';
import { normalizeLocalGovCode } from '../../shared/local-gov-code.ts';
import type { Actor, Role } from './access.ts';
import { MIN_PASSWORD_LENGTH, hashPassword, verifyAgainstDummy, verifyPassword } from './passwords.ts';
import { sessions, users, type UserRow } from './schema.ts';

export const SESSION_HOURS = 12;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const toActor = (u: UserRow): Actor => ({ id: u.id, email: u.email, name: u.name, role: u.role, orgCode: u.orgCode });

export async function createUser(db: Database, input: { email: string; name: string; role: Role; orgCode: string; password: string }): Promise<Actor> {
  const email = input.email.trim().toLowerCase();
  const issues = [];
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) issues.push({ column: 'email', code: 'invalid_email', reason: `メールアドレスの形式が正しくありません: ${input.email}` });
  if (input.password.length < MIN_PASSWORD_LENGTH) issues.push({ column: 'password', code: 'weak_password', reason: `パスワードは${MIN_PASSWORD_LENGTH}文字以上にしてください` });
  let orgCode = '';
  try {
    orgCode = normalizeLocalGovCode(input.orgCode);
  } catch (e) {
    issues.push({ column: 'org', code: 'invalid_code', reason: (e as Error).message });
  }
  if (issues.length > 0) throw new InputError(issues);
  const existing = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (existing.length > 0) throw InputError.single({ column: 'email', code: 'duplicate_email', reason: `メールアドレス「${email}」は既に登録されています` });
  const [row] = await db
    .insert(users)
    .values({ email, name: input.name, role: input.role, orgCode, passwordHash: await hashPassword(input.password) })
    .returning();
  return toActor(row!);
}

export async function listUsers(db: Database): Promise<Actor[]> {
  return (await db.select().from(users).orderBy(asc(users.email))).map(toActor);
}

/** A new session for valid credentials, or null (same timing whether or not the email exists). */
export async function signIn(db: Database, email: string, password: string): Promise<{ actor: Actor; token: string; csrfToken: string } | null> {
  const [user] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  if (!user || user.disabled) {
    await verifyAgainstDummy(password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
  await db.insert(sessions).values({ tokenHash: sha256(token), userId: user.id, csrfToken, expiresAt: new Date(Date.now() + SESSION_HOURS * 3600_000) });
  return { actor: toActor(user), token, csrfToken };
}

export async function sessionFor(db: Database, token: string): Promise<{ actor: Actor; csrfToken: string } | null> {
  const rows = await db
    .select({ user: users, csrfToken: sessions.csrfToken })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, sha256(token)), gt(sessions.expiresAt, new Date()), eq(users.disabled, false)));
  const r = rows[0];
  return r ? { actor: toActor(r.user), csrfToken: r.csrfToken } : null;
}

export async function signOut(db: Database, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, sha256(token)));
}
