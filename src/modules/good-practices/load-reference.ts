/**
 * The shipped cases (reference-data/good-practices/cases.json): validated, owned by the nation
 * (000000), marked reference. Loaded when missing or changed (by checksum); a changed file
 * replaces the shipped cases' content and index, and keeps their adoptions.
 */
import { readFileSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { isReferenceLoaded, markReferenceLoaded, referenceChecksum } from '../../db/reference-data-loads.ts';
import type { ReferenceContext } from '../../infra/module-manifest.ts';
import { NATIONAL_CODE } from '../../shared/local-gov-code.ts';
import { appendAudit } from '../audit/index.ts';
import { systemPrincipal, auditNameOf } from '../auth/index.ts';
import { parseCase } from './domain/parse-case.ts';
import { insertEvent, writeIndex } from './repository.ts';
import { goodPracticeCases } from './schema.ts';

export const GOOD_PRACTICES_PATH = 'good-practices/cases.json';
const STEP = '好事例（参照データ）を読み込み中 / loading the shipped good practices';
/** bump when the loader's reading of the file changes */
const READER_VERSION = '1';

export async function loadGoodPracticesReference(ctx: ReferenceContext): Promise<{ good_practices: 'loaded' | 'unchanged' }> {
  const file = `${ctx.referenceDir}${GOOD_PRACTICES_PATH}`;
  const raw = readFileSync(file, 'utf8');
  const sum = referenceChecksum(raw, READER_VERSION);
  if (await isReferenceLoaded(ctx.db, 'good-practices', sum)) return { good_practices: 'unchanged' };
  ctx.progress(STEP, 0, 1);
  const json = JSON.parse(raw) as { cases: Array<{ id: string; content: unknown }> };
  const cases = json.cases.map((c, i) => ({ id: c.id, content: parseCase(c.content, { file: GOOD_PRACTICES_PATH, prefix: `cases[${i}].content` }) }));
  const actor = auditNameOf(systemPrincipal('reference-data'));
  await ctx.db.transaction(async (tx) => {
    for (const { id, content } of cases) {
      const key = and(eq(goodPracticeCases.ownerCode, NATIONAL_CODE), eq(goodPracticeCases.id, id));
      const [existing] = await tx.select({ version: goodPracticeCases.version }).from(goodPracticeCases).where(key);
      const values = { title: content.title, field: content.field, startedYear: content.started_year ?? null, content, updatedAt: new Date() };
      if (existing)
        await tx
          .update(goodPracticeCases)
          .set({ ...values, version: existing.version + 1 })
          .where(key);
      else await tx.insert(goodPracticeCases).values({ ownerCode: NATIONAL_CODE, id, status: 'validated', reference: true, validatedAt: new Date(), ...values });
      await writeIndex(tx, NATIONAL_CODE, id, content);
      await insertEvent(tx, { ownerCode: NATIONAL_CODE, id }, { action: existing ? 'edit' : 'validate', fromStatus: null, toStatus: 'validated', comment: '参照データ', actor });
    }
    await appendAudit(tx, {
      ownerCode: NATIONAL_CODE,
      actor,
      action: 'good_practice.reference_load',
      entityType: 'good_practice',
      entityId: GOOD_PRACTICES_PATH,
      summary: `好事例の参照データ ${cases.length}件を読み込み`,
      details: { ids: cases.map((c) => c.id) },
    });
  });
  await markReferenceLoaded(ctx.db, 'good-practices', sum);
  ctx.progress(STEP, 1, 1);
  return { good_practices: 'loaded' };
}
