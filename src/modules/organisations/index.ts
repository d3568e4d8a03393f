/** Public entry of the organisations module: organisations, their kinds, the resolver of an organisation id. */
export { organisations, type OrganisationRow } from './schema.ts';
export { ORG_KINDS, ORG_KIND_LABELS, STORED_KINDS, governmentKind, type OrgKind, type Organisation } from './domain/organisation-kinds.ts';
export { NATIONAL_BODIES } from './domain/national-bodies.ts';
export { organisationOf, listOrganisations, organisationsByIds, ensureNationalBodies } from './repository.ts';
export { createOrganisation, type NewOrganisation } from './create-organisation.ts';
export { canRegisterOrganisation } from './permissions.ts';
export { addMember, memberOrganisationId } from './add-member.ts';
export { organisationMembers } from './schema.ts';
export { organisationActorOf, isSecretariatOrg, type OrganisationActor } from './organisation-actor.ts';
