/** Queries of the organisations table, and the one resolver of an organisation id (governments from the areas master). */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { getArea } from '../local-gov/index.ts';
import { governmentKind, type OrgKind, type Organisation } from './domain/organisation-kinds.ts';
import { NATIONAL_BODIES } from './domain/national-bodies.ts';
import { organisations, type OrganisationRow } from './schema.ts';
import { corporateNumberOfLocalGov } from '../../shared/corporate-number.ts';

type Queryable = Pick<Database, 'select' | 'insert'>;

const toOrganisation = (r: OrganisationRow): Organisation => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  corporateNumber: r.corporateNumber,
  parentId: r.parentId,
  prefCodes: r.prefCodes,
  address: r.address,
});

/**
 * The organisation an id names: a 6-digit 団体コード is a local government (kind from the areas
 * master), '000000' the nation's secretariat (users registered for the nation before
 * organisations existed), anything else a row of the organisations table. Null when unknown.
 */
export async function organisationOf(db: Pick<Database, 'select'>, id: string): Promise<Organisation | null> {
  if (id === '000000') return { ...NATIONAL_BODIES[0]!, id: '000000' };
  if (/^\d{6}$/.test(id)) {
    const area = await getArea(db as Database, id);
    if (!area || area.validTo || area.level === 'nation') return null;
    return {
      id,
      kind: governmentKind(area.level, area.type),
      name: area.name,
      corporateNumber: corporateNumberOfLocalGov(id),
      parentId: null,
      prefCodes: area.prefCode ? [area.prefCode] : [],
      address: null,
    };
  }
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row ? toOrganisation(row) : null;
}

export async function listOrganisations(db: Queryable, kind?: OrgKind): Promise<Organisation[]> {
  const q = db.select().from(organisations);
  const rows = await (kind ? q.where(eq(organisations.kind, kind as OrganisationRow['kind'])) : q).orderBy(asc(organisations.kind), asc(organisations.id));
  return rows.map(toOrganisation);
}

export async function organisationsByIds(db: Queryable, ids: readonly string[]): Promise<Organisation[]> {
  if (ids.length === 0) return [];
  return (
    await db
      .select()
      .from(organisations)
      .where(inArray(organisations.id, [...ids]))
  ).map(toOrganisation);
}

export async function insertOrganisation(db: Queryable, o: Organisation): Promise<void> {
  await db.insert(organisations).values({
    id: o.id,
    kind: o.kind as OrganisationRow['kind'],
    name: o.name,
    corporateNumber: o.corporateNumber,
    parentId: o.parentId,
    prefCodes: o.prefCodes,
    address: o.address,
  });
}

/** The shipped national bodies, added when missing (an operator's later edits are kept). */
export async function ensureNationalBodies(db: Queryable): Promise<number> {
  const rows = await db
    .insert(organisations)
    .values(NATIONAL_BODIES.map((o) => ({ ...o, kind: o.kind as OrganisationRow['kind'] })))
    .onConflictDoNothing()
    .returning({ id: organisations.id });
  return rows.length;
}
