/**
 * "Used by": a government records that it adopted a validated case (its own writers), and later
 * how it went. One record per adopting government and case; recording again updates it. The
 * record belongs to the adopter (its owner_code), so its audit entry is in the adopter's chain.
 */
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { InputError } from '../../../shared/errors.ts';
import { readLocalGovCode } from '../../../shared/local-gov-code.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { organisationActorOf } from '../../organisations/index.ts';
import { assertCanWriteForGovernment } from '../permissions.ts';
import { areaNames, caseNotFound, findCase } from '../repository.ts';
import { goodPracticeAdoptions } from '../schema.ts';

export const ADOPTION_OUTCOMES = ['pending', 'effective', 'partly_effective', 'not_effective', 'discontinued'] as const;
export type AdoptionOutcome = (typeof ADOPTION_OUTCOMES)[number];
export const ADOPTION_OUTCOME_LABELS: Readonly<Record<AdoptionOutcome, string>> = {
  pending: '実施中（結果はこれから）',
  effective: '効果あり',
  partly_effective: '一部効果あり',
  not_effective: '効果が見られなかった',
  discontinued: '中止した',
};

export interface AdoptionInput {
  caseId: string;
  adopterCode: string;
  adoptedYear: number;
  note?: string;
  outcome?: AdoptionOutcome;
  outcomeNote?: string;
}

export async function recordAdoption(db: Database, input: AdoptionInput, by: Principal): Promise<{ created: boolean }> {
  const adopter = readLocalGovCode(input.adopterCode, { column: 'adopter_code' });
  const actor = await organisationActorOf(db, by);
  assertCanWriteForGovernment(by, actor, adopter, '採用の記録を登録する');
  const row = await findCase(db, input.caseId);
  if (row?.status !== 'validated') throw caseNotFound(input.caseId);
  if (row.ownerCode === adopter) throw InputError.single({ column: 'adopter_code', code: 'own_case', reason: '自団体の事例は採用として記録できません' });
  if ((await areaNames(db, [adopter])).size === 0)
    throw InputError.single({ column: 'adopter_code', code: 'unknown_area', reason: `団体コード「${adopter}」の地方公共団体はありません` });
  const name = auditNameOf(by);
  const values = {
    adoptedYear: input.adoptedYear,
    note: input.note ?? '',
    outcome: input.outcome ?? 'pending',
    outcomeNote: input.outcomeNote ?? '',
    recordedBy: name,
    updatedAt: new Date(),
  };
  return db.transaction(async (tx) => {
    const key = and(eq(goodPracticeAdoptions.ownerCode, adopter), eq(goodPracticeAdoptions.caseOwner, row.ownerCode), eq(goodPracticeAdoptions.caseId, row.id));
    const existing = await tx.select().from(goodPracticeAdoptions).where(key).for('update');
    if (existing.length > 0) await tx.update(goodPracticeAdoptions).set(values).where(key);
    else await tx.insert(goodPracticeAdoptions).values({ ownerCode: adopter, caseOwner: row.ownerCode, caseId: row.id, ...values });
    await appendAudit(tx, {
      ownerCode: adopter,
      actor: name,
      action: existing.length > 0 ? 'good_practice.adoption_update' : 'good_practice.adopt',
      entityType: 'good_practice_adoption',
      entityId: row.id,
      summary: `好事例「${row.title}」の採用を記録（${input.adoptedYear}年、${ADOPTION_OUTCOME_LABELS[values.outcome]}）`,
      details: { case_owner: row.ownerCode, outcome: values.outcome },
    });
    return { created: existing.length === 0 };
  });
}
