/**
 * The organisation a principal acts for, as permissions need it (one small query): a member's
 * organisation, or the government of their org_code. Operators and the platform have none (they
 * pass every check). Plans and grants decide relations from it.
 */
import type { Database } from '../../db/client.ts';
import type { Principal, Role } from '../auth/index.ts';
import type { Organisation } from './domain/organisation-kinds.ts';
import { memberOrganisationId } from './add-member.ts';
import { organisationOf } from './repository.ts';

/** A signed-in user and the organisation they act for. */
export interface OrganisationActor {
  role: Role;
  userId: string;
  org: Pick<Organisation, 'id' | 'kind'>;
}

export async function organisationActorOf(db: Pick<Database, 'select'>, p: Principal): Promise<OrganisationActor | null> {
  if (p.kind !== 'user') return null;
  const orgId = await memberOrganisationId(db, p.user);
  const org = await organisationOf(db, orgId);
  // An organisation that no longer resolves (an abolished government) still names the user's own records.
  return { role: p.user.role, userId: p.user.id, org: org ? { id: org.id, kind: org.kind } : { id: orgId, kind: 'municipality' } };
}

/** 内閣官房, and 経済産業省 headquarters, which runs the plans' pre-check and publication with it. */
export const isSecretariatOrg = (org: Pick<Organisation, 'id' | 'kind'>): boolean => org.kind === 'secretariat' || org.id === 'meti';
