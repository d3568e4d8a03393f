/**
 * The owner names a panel member: an existing user found by e-mail (accounts are created the way
 * every account is — `sousei users add`, the administrator's page — so the platform has one place
 * that handles passwords), with the name the report shows, a sector, and a conflict-of-interest
 * declaration: none, or its text and the KPIs it concerns (the member is excluded from those:
 * no comment on them). Setting a member again updates them; allowed while draft or open. The
 * audit entry has ids and the sector, never the name or e-mail.
 */
import { z } from 'zod';
import type { Database } from '../../../db/client.ts';
import { ConflictError, InputError } from '../../../shared/errors.ts';
import { zodInputIssues } from '../../../shared/zod-issues.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, findUserByEmail, type Principal } from '../../auth/index.ts';
import { SECTORS } from '../domain/sectors.ts';
import { ROUND_STATUS_LABELS, canEditPanel } from '../domain/workflow.ts';
import { assertCanOnRound } from '../permissions.ts';
import { lockRound, membersOf } from '../repository.ts';
import { verificationMembers } from '../schema.ts';
import { evaluationOf, roundAndRelations } from './load-round.ts';

export const MemberInput = z
  .object({
    email: z.string().trim().min(3, { error: 'メールアドレスを入力してください' }).max(320),
    name: z.string().trim().min(1, { error: '報告書に載せる氏名（表記）を入力してください' }).max(100, { error: '氏名は100文字以内です' }),
    sector: z.enum(SECTORS, { error: '分野は industry, government, academia, finance, labour, media, law のいずれかです（産官学金労言士）' }),
    organisation: z.string().trim().max(200, { error: '所属は200文字以内です' }).optional(),
    conflict: z.string().trim().max(2000, { error: '利益相反の申告は2000文字以内です' }).optional(),
    excluded_kpis: z.array(z.string().max(200)).max(500).optional(),
  })
  .strict();

export function assertPanelEditable(status: Parameters<typeof canEditPanel>[0]): void {
  if (!canEditPanel(status)) throw new ConflictError(`「${ROUND_STATUS_LABELS[status]}」の検証ラウンドでは委員を変更できません`);
}

export async function setMember(db: Database, roundId: string, raw: unknown, by: Principal) {
  const { row, relations } = await roundAndRelations(db, roundId, by);
  assertCanOnRound('manage', relations, row.status, roundId, '委員を変更する');
  assertPanelEditable(row.status);
  const parsed = MemberInput.safeParse(raw);
  if (!parsed.success) throw new InputError(zodInputIssues(parsed.error));
  const input = parsed.data;
  const user = await findUserByEmail(db, input.email);
  if (!user) throw InputError.single({ column: 'email', code: 'unknown_user', reason: `メールアドレス「${input.email}」の利用者は登録されていません（先に利用者登録が必要です）` });
  const kpiIds = new Set((await evaluationOf(db, row)).kpis.map((k) => k.id));
  const excluded = [...new Set(input.excluded_kpis ?? [])];
  const unknown = excluded.findIndex((k) => !kpiIds.has(k));
  if (unknown >= 0) throw InputError.single({ column: `excluded_kpis[${unknown}]`, code: 'unknown_kpi', reason: `KPI「${excluded[unknown]}」はこの戦略にありません` });
  const conflict = input.conflict ?? '';
  if (excluded.length > 0 && !conflict) throw InputError.single({ column: 'conflict', code: 'required', reason: '除外するKPIがある場合は、利益相反の内容を申告してください' });
  const values = { displayName: input.name, sector: input.sector, organisation: input.organisation ?? '', conflict, excludedKpis: excluded };
  return db.transaction(async (tx) => {
    const locked = await lockRound(tx, row);
    assertPanelEditable(locked.status);
    const existed = (await membersOf(tx, locked)).some((m) => m.userId === user.id);
    await tx
      .insert(verificationMembers)
      .values({ ownerCode: locked.ownerCode, roundId: locked.id, userId: user.id, ...values })
      .onConflictDoUpdate({ target: [verificationMembers.ownerCode, verificationMembers.roundId, verificationMembers.userId], set: values });
    await appendAudit(tx, {
      ownerCode: locked.ownerCode,
      actor: auditNameOf(by),
      action: existed ? 'verification.update_member' : 'verification.add_member',
      entityType: 'verification_round',
      entityId: locked.id,
      summary: `検証委員を${existed ? '更新' : '追加'}: 利用者 ${user.id}（${input.sector}）`,
      details: { user_id: user.id, sector: input.sector, conflict_declared: conflict !== '', excluded_kpis: excluded.length },
    });
    return { user_id: user.id, name: input.name, sector: input.sector, added: !existed };
  });
}
