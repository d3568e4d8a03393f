/**
 * The strategy's owner (its editors, admins, operators) creates the verification round of a
 * fiscal year, as a draft. The evaluation date defaults to the fiscal year's last day (3月31日 of
 * the next calendar year): the official verification looks at the year's results.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Database } from '../../../db/client.ts';
import { ConflictError, ForbiddenError, InputError } from '../../../shared/errors.ts';
import { formatDay, parseDay } from '../../../shared/periods.ts';
import { zodInputIssues } from '../../../shared/zod-issues.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { lockStrategies, strategyOwnerOrNotFound } from '../../kpi/index.ts';
import { fiscalYearLabel } from '../domain/round-view.ts';
import { canCreateRound } from '../permissions.ts';
import { roundsOfStrategy } from '../repository.ts';
import { verificationRounds } from '../schema.ts';

export const NewRound = z
  .object({
    fiscal_year: z
      .number({ error: '年度は西暦の整数で指定してください（例: 2026）' })
      .int({ error: '年度は整数です' })
      .min(2000, { error: '年度は2000以降です' })
      .max(2100, { error: '年度は2100以前です' }),
    title: z.string().trim().min(1, { error: 'タイトルを入力してください' }).max(200, { error: 'タイトルは200文字以内です' }).optional(),
    evaluation_date: z.string().max(20).optional(),
  })
  .strict();

export const newRoundId = (): string => `vr-${randomBytes(6).toString('hex')}`;

function evaluationDateOf(input: z.infer<typeof NewRound>): string {
  if (input.evaluation_date === undefined) return `${input.fiscal_year + 1}-03-31`;
  try {
    return formatDay(parseDay(input.evaluation_date));
  } catch (e) {
    throw InputError.single({ column: 'evaluation_date', code: 'invalid_date', reason: `評価基準日は YYYY-MM-DD で指定してください（${(e as Error).message}）` });
  }
}

export async function createRound(db: Database, strategyId: string, raw: unknown, by: Principal) {
  const owner = await strategyOwnerOrNotFound(db, strategyId);
  if (!canCreateRound(by, owner)) throw new ForbiddenError(`この戦略（団体コード ${owner}）の検証ラウンドを作成する権限がありません`);
  const parsed = NewRound.safeParse(raw);
  if (!parsed.success) throw new InputError(zodInputIssues(parsed.error));
  const input = parsed.data;
  const evaluationDate = evaluationDateOf(input);
  const id = newRoundId();
  const title = input.title ?? `${fiscalYearLabel(input.fiscal_year)} 効果検証`;
  const actor = auditNameOf(by);
  await db.transaction(async (tx) => {
    await lockStrategies(tx, [{ owner, id: strategyId }]);
    if ((await roundsOfStrategy(tx, strategyId)).some((r) => r.fiscalYear === input.fiscal_year))
      throw new ConflictError(`${fiscalYearLabel(input.fiscal_year)}の検証ラウンドは既にあります`);
    await tx.insert(verificationRounds).values({ ownerCode: owner, id, strategyId, fiscalYear: input.fiscal_year, title, evaluationDate, status: 'draft', createdBy: actor });
    await appendAudit(tx, {
      ownerCode: owner,
      actor,
      action: 'verification.create',
      entityType: 'verification_round',
      entityId: id,
      summary: `検証ラウンドを作成: ${title}（戦略 ${strategyId}、評価基準日 ${evaluationDate}）`,
      details: { strategy_id: strategyId, fiscal_year: input.fiscal_year, evaluation_date: evaluationDate },
    });
  });
  return { id, owner_code: owner, strategy_id: strategyId, fiscal_year: input.fiscal_year, title, evaluation_date: evaluationDate, status: 'draft' as const };
}
