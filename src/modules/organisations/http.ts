/** REST routes of the organisations module: GET/POST /api/v1/organisations. */
import { createRoute, z } from '@hono/zod-openapi';
import type { Database } from '../../db/client.ts';
import { createRouter } from '../../infra/http/router.ts';
import { conflictResponse, errorResponses, writeErrorResponses } from '../../infra/http/errors.ts';
import { requirePrincipal, type AuthEnv } from '../auth/index.ts';
import { createOrganisation } from './create-organisation.ts';
import { ORG_KINDS, STORED_KINDS, type OrgKind, type Organisation } from './domain/organisation-kinds.ts';
import { listOrganisations } from './repository.ts';
import { addMember } from './add-member.ts';
import { idParam } from '../../infra/http/params.ts';

const OrganisationSchema = z
  .object({
    id: z.string().openapi({ example: 'meti-kanto' }),
    kind: z.enum(ORG_KINDS as [OrgKind, ...OrgKind[]]),
    name: z.string().openapi({ example: '関東経済産業局' }),
    corporate_number: z.string().nullable().openapi({ description: '法人番号 (13 digits with check digit)' }),
    parent_id: z.string().nullable(),
    pref_codes: z.array(z.string()),
    address: z.string().nullable(),
  })
  .openapi('Organisation');

const toJson = (o: Organisation) => ({
  id: o.id,
  kind: o.kind,
  name: o.name,
  corporate_number: o.corporateNumber,
  parent_id: o.parentId,
  pref_codes: o.prefCodes,
  address: o.address,
});

const listRoute = createRoute({
  method: 'get',
  path: '/organisations',
  tags: ['organisations'],
  summary: '組織（事務局・府省・地方支分部局・審査組織・企業）の一覧 / organisations other than local governments',
  description: 'Local governments are organisations too, named by their 団体コード (see /api/v1/areas).',
  request: { query: z.object({ kind: z.enum(STORED_KINDS as [OrgKind, ...OrgKind[]]).optional() }) },
  responses: { 200: { content: { 'application/json': { schema: z.object({ organisations: z.array(OrganisationSchema) }) } }, description: 'OK' }, ...errorResponses },
});

const createOrgRoute = createRoute({
  method: 'post',
  path: '/organisations',
  tags: ['organisations'],
  summary: '組織の登録（事務局の管理者、X-CSRF-Token） / register an organisation (secretariat admins; audited)',
  description: 'A company is registered by its 法人番号 (its id); other bodies by an id of lower-case letters, digits and hyphens.',
  request: {
    body: {
      content: {
        'application/json': {
          schema: z.object({
            kind: z.enum(STORED_KINDS as [OrgKind, ...OrgKind[]]),
            name: z.string().max(300),
            id: z.string().max(40).optional(),
            corporate_number: z.string().max(40).nullable().optional(),
            parent_id: z.string().max(40).nullable().optional(),
            pref_codes: z.array(z.string().max(2)).max(47).optional(),
            address: z.string().max(300).nullable().optional(),
          }),
        },
      },
      required: true,
    },
  },
  responses: {
    201: { content: { 'application/json': { schema: z.object({ organisation: OrganisationSchema }) } }, description: 'created' },
    ...writeErrorResponses,
    ...conflictResponse,
  },
});

const addMemberRoute = createRoute({
  method: 'post',
  path: '/organisations/{orgId}/members',
  tags: ['organisations'],
  summary: '利用者を組織の職員にする（事務局の管理者、X-CSRF-Token） / make a user staff of an organisation (audited)',
  request: {
    params: z.object({ orgId: idParam('orgId', 'meti-kanto') }),
    body: { content: { 'application/json': { schema: z.object({ email: z.string().max(320) }) } }, required: true },
  },
  responses: { 200: { content: { 'application/json': { schema: z.object({ org_id: z.string() }) } }, description: 'OK' }, ...writeErrorResponses },
});

export function organisationRoutes(db: Database) {
  const app = createRouter<AuthEnv>();
  app.openapi(listRoute, async (c) => c.json({ organisations: (await listOrganisations(db, c.req.valid('query').kind)).map(toJson) }, 200));
  app.openapi(createOrgRoute, async (c) => {
    const org = await createOrganisation(db, c.req.valid('json'), requirePrincipal(c));
    return c.json({ organisation: toJson(org) }, 201);
  });
  app.openapi(addMemberRoute, async (c) => {
    const r = await addMember(db, { orgId: c.req.valid('param').orgId, email: c.req.valid('json').email }, requirePrincipal(c));
    return c.json({ org_id: r.orgId }, 200);
  });
  return app;
}
