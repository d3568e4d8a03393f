/**
 * The organisation a principal acts for, as the permissions need it (one small query): a
 * member's organisation, or the government of their org_code. Operators and the platform have
 * none (they pass every check).
 */
import type { Database } from '../../db/client.ts';
import type { Principal } from '../auth/index.ts';
import { memberOrganisationId, organisationOf } from '../organisations/index.ts';
import type { PlanActor } from './permissions.ts';

export async function planActorOf(db: Pick<Database, 'select'>, p: Principal): Promise<PlanActor | null> {
  if (p.kind !== 'user') return null;
  const orgId = await memberOrganisationId(db, p.user);
  const org = await organisationOf(db, orgId);
  // An organisation that no longer resolves (an abolished government) still names the user's own plans.
  return { role: p.user.role, org: org ? { id: org.id, kind: org.kind } : { id: orgId, kind: 'municipality' } };
}
