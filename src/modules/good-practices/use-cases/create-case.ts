/**
 * A government's editors start a case (作成中). The content is validated whole and its links
 * checked; the case, its search index, the first event and the audit entry commit together.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from '../../../db/client.ts';
import { readLocalGovCode } from '../../../shared/local-gov-code.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { organisationActorOf } from '../../organisations/index.ts';
import { parseCase } from '../domain/parse-case.ts';
import { assertCanWriteForGovernment } from '../permissions.ts';
import { insertEvent, writeIndex } from '../repository.ts';
import { goodPracticeCases } from '../schema.ts';
import { checkLinks } from './check-links.ts';

export interface NewCase {
  ownerCode: string;
  content: unknown;
}

export async function createCase(db: Database, input: NewCase, by: Principal): Promise<{ id: string }> {
  const ownerCode = readLocalGovCode(input.ownerCode, { column: 'owner_code' });
  const actor = await organisationActorOf(db, by);
  assertCanWriteForGovernment(by, actor, ownerCode, '好事例を登録する');
  const content = parseCase(input.content, { prefix: 'content' });
  await checkLinks(db, content, 'content');
  const id = `gp-${randomBytes(6).toString('hex')}`;
  const name = auditNameOf(by);
  await db.transaction(async (tx) => {
    await tx.insert(goodPracticeCases).values({ ownerCode, id, status: 'draft', title: content.title, field: content.field, startedYear: content.started_year ?? null, content });
    await writeIndex(tx, ownerCode, id, content);
    await insertEvent(tx, { ownerCode, id }, { action: 'create', fromStatus: null, toStatus: 'draft', comment: '', actor: name });
    await appendAudit(tx, {
      ownerCode,
      actor: name,
      action: 'good_practice.create',
      entityType: 'good_practice',
      entityId: id,
      summary: `好事例「${content.title}」を作成`,
      details: { field: content.field, regions: content.regions },
    });
  });
  return { id };
}
