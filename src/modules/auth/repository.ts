/** Users in the database: lookups shared by the use cases. */
import { asc, eq, inArray, or } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { NotFoundError } from '../../shared/errors.ts';
import type { Actor } from './access.ts';
import { normalizeEmail } from './domain/throttle-keys.ts';
import { users, type UserRow } from './schema.ts';

/** The database or a transaction (both run queries). */
export type Queryable = Pick<Database, 'select' | 'insert' | 'update' | 'delete' | 'execute'>;

export const toActor = (u: UserRow): Actor => ({ id: u.id, email: u.email, name: u.name, role: u.role, orgCode: u.orgCode });

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | null> {
  const [user] = await db
    .select()
    .from(users)
    .where(eq(users.email, normalizeEmail(email)));
  return user ?? null;
}

/** The user with this e-mail; NotFoundError (CLI exit 2) when there is none. For operators' commands. */
export async function userByEmailOrNotFound(db: Queryable, email: string): Promise<UserRow> {
  const user = await findUserByEmail(db, email);
  if (!user) throw new NotFoundError(`メールアドレス「${email.trim()}」の利用者は登録されていません`);
  return user;
}

export async function findUserById(db: Queryable, id: string): Promise<UserRow | null> {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user ?? null;
}

export async function listUsers(db: Database): Promise<Actor[]> {
  return (await db.select().from(users).orderBy(asc(users.email))).map(toActor);
}

/** Users by id or by e-mail (audit entries older than id-only entries name users by e-mail). */
export async function findUsersByIdOrEmail(db: Queryable, ids: readonly string[], emails: readonly string[]): Promise<UserRow[]> {
  if (ids.length === 0 && emails.length === 0) return [];
  const conds = [...(ids.length ? [inArray(users.id, [...ids])] : []), ...(emails.length ? [inArray(users.email, [...emails])] : [])];
  return db
    .select()
    .from(users)
    .where(or(...conds));
}
