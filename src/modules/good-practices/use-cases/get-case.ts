/**
 * One case as the reader may see it: validated cases to everyone, others to their owner and the
 * secretariat (404 to anyone else, so a draft's existence is not disclosed). With its history,
 * its "used by" adoptions and what the reader may do.
 */
import type { Database } from '../../../db/client.ts';
import { actorLabeller, type Principal } from '../../auth/index.ts';
import { organisationActorOf } from '../../organisations/index.ts';
import { FUNDING_LABELS, SECTOR_LABELS } from '../domain/fields.ts';
import type { CaseContent } from '../domain/case-content.ts';
import { CASE_ACTION_LABELS, CASE_STATUS_LABELS, type CaseStatus } from '../domain/workflow.ts';
import { canOnCase, canViewCase, canWriteForGovernment } from '../permissions.ts';
import { areaNames, caseNotFound, findCase, listAdoptions, listEvents } from '../repository.ts';
import { ADOPTION_OUTCOME_LABELS, type AdoptionOutcome } from './record-adoption.ts';
import { caseHeaders } from './case-view.ts';

const EVENT_LABELS: Readonly<Record<string, string>> = { create: '作成', edit: '内容の保存', submit: '提出', return: '差戻し', validate: '確認・公開' };
/** Who acts is fixed by the workflow: the owner's editors write and submit, the secretariat returns and validates. */
const SECRETARIAT_ACTIONS = new Set(['return', 'validate']);
const SECRETARIAT_LABEL = '事務局（内閣官房）';

export async function getCase(db: Database, id: string, reader: Principal | null) {
  const row = await findCase(db, id);
  const actor = reader ? await organisationActorOf(db, reader) : null;
  if (!row || !(reader ? canViewCase(reader, actor, row.ownerCode, row.status) : row.status === 'validated')) throw caseNotFound(id);
  const [header] = await caseHeaders(db, [row]);
  const c = row.content as CaseContent;
  const [events, adoptions] = await Promise.all([listEvents(db, row), listAdoptions(db, row)]);
  const names = await areaNames(
    db,
    adoptions.map((a) => a.ownerCode),
  );
  // the person is named to those who see the case as it stands (owner, secretariat, operators); the public sees the body
  const privileged = reader !== null && (reader.kind !== 'user' || (actor !== null && canOnCase(actor, row.ownerCode, 'view')));
  const label = privileged
    ? await actorLabeller(
        db,
        events.map((e) => e.actor),
      )
    : null;
  const ownerLabel = header!.owner_name ?? row.ownerCode;
  const may = (op: 'edit' | 'submit' | 'return' | 'validate') => (reader?.kind === 'user' ? actor !== null && canOnCase(actor, row.ownerCode, op) : reader !== null);
  return {
    case: {
      ...header!,
      content: {
        ...c,
        participants: c.participants.map((p) => ({ ...p, sector_label: SECTOR_LABELS[p.sector] })),
        funding: c.funding.map((f) => ({ ...f, kind_label: FUNDING_LABELS[f.kind] })),
      },
    },
    history: events.map((e) => ({
      action: e.action,
      action_label: EVENT_LABELS[e.action] ?? e.action,
      from_status: e.fromStatus,
      to_status: e.toStatus,
      to_status_label: e.toStatus ? (CASE_STATUS_LABELS[e.toStatus as CaseStatus] ?? e.toStatus) : null,
      comment: e.comment,
      by_label: SECRETARIAT_ACTIONS.has(e.action) ? SECRETARIAT_LABEL : ownerLabel,
      actor_label: label ? label(e.actor).label : null,
      at: e.at.toISOString(),
    })),
    used_by: adoptions.map((a) => ({
      code: a.ownerCode,
      name: names.get(a.ownerCode)?.name ?? null,
      adopted_year: a.adoptedYear,
      note: a.note,
      outcome: a.outcome as AdoptionOutcome,
      outcome_label: ADOPTION_OUTCOME_LABELS[a.outcome as AdoptionOutcome] ?? a.outcome,
      outcome_note: a.outcomeNote,
      updated_at: a.updatedAt.toISOString(),
    })),
    may: {
      edit: may('edit'),
      submit: may('submit'),
      return: may('return'),
      validate: may('validate'),
      record_adoption: row.status === 'validated' && actor !== null && actor.org.id !== row.ownerCode && canWriteForGovernment(actor, actor.org.id),
    },
    action_labels: CASE_ACTION_LABELS,
  };
}
