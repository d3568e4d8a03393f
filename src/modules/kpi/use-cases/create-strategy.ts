/**
 * Creates a government's own strategy (the administrator's page, `sousei strategies create`,
 * `sousei demo add`): a 団体コード of a current government (check digit, areas master), a name and
 * a plan period, and either one goal node or the national strategy's logic model and KPI
 * definitions to start from (names, units, directions, components — no baselines, targets or
 * actuals: those are the government's own). Checked before any effect; stored with its audit
 * entry in one transaction (save-catalog).
 */
import type { Database } from '../../../db/client.ts';
import { ConflictError, ForbiddenError, InputError, type InputIssue } from '../../../shared/errors.ts';
import { MAX_NAME_LENGTH } from '../../../shared/input-limits.ts';
import { NATIONAL_CODE, normalizeLocalGovCode } from '../../../shared/local-gov-code.ts';
import { tryParsePeriod, type Period } from '../../../shared/periods.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { getArea } from '../../local-gov/index.ts';
import type { Catalog, CatalogKpi } from '../domain/catalog.ts';
import { canCreateLocalStrategy } from '../permissions.ts';
import { findStrategyOwner, loadCatalog } from '../repository.ts';
import { saveCatalog } from './save-catalog.ts';

export const NATIONAL_STRATEGY_ID = 'chiiki-mirai-senryaku-2026';
const ID_FORM = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export interface NewStrategy {
  by: Principal;
  ownerCode: string;
  name: string;
  /** plan period, e.g. FY2026 … FY2030 (年度 in any form the period parser reads) */
  from: string;
  to: string;
  /** default: `<団体コード>-<first year>` */
  id?: string;
  /** start from the national strategy's logic model and KPI definitions */
  fromNational?: boolean;
  /** extra fields of the strategy (kept, round-trip), e.g. { demo: true } */
  extra?: Record<string, unknown>;
}

export interface CreatedStrategy {
  id: string;
  ownerCode: string;
  name: string;
  kpis: number;
}

function periodIssue(column: 'from' | 'to', raw: string, issues: InputIssue[]): Period | null {
  const p = raw.trim() === '' ? null : tryParsePeriod(raw.trim());
  if (!p) issues.push({ column, code: 'invalid_period', reason: `計画期間の${column === 'from' ? '始まり' : '終わり'}「${raw}」を期間として読めません（例: 2026年度、FY2026）` });
  return p;
}

/** The owner: a current government in the areas master (not the nation: its strategy is shipped). */
async function ownerIssue(db: Database, raw: string, issues: InputIssue[]): Promise<{ code: string; name: string } | null> {
  let code: string;
  try {
    code = normalizeLocalGovCode(raw);
  } catch (e) {
    issues.push({ column: 'owner_code', code: 'invalid_code', reason: (e as Error).message });
    return null;
  }
  const area = code === NATIONAL_CODE ? null : await getArea(db, code);
  if (!area) issues.push({ column: 'owner_code', code: 'unknown_org', reason: `団体コード「${code}」の地方公共団体が登録されていません` });
  else if (area.validTo) issues.push({ column: 'owner_code', code: 'abolished_org', reason: `団体コード「${code}」の団体（${area.name}）は${area.validTo}に廃止されています` });
  return area && !area.validTo ? { code, name: area.name } : null;
}

async function checkInput(db: Database, input: NewStrategy) {
  const issues: InputIssue[] = [];
  const owner = await ownerIssue(db, input.ownerCode, issues);
  const name = input.name.trim();
  if (!name) issues.push({ column: 'name', code: 'required', reason: '戦略の名称を入力してください' });
  else if (name.length > MAX_NAME_LENGTH) issues.push({ column: 'name', code: 'too_long', reason: `戦略の名称は${MAX_NAME_LENGTH}文字以内にしてください` });
  const from = periodIssue('from', input.from, issues);
  const to = periodIssue('to', input.to, issues);
  if (from && to && from.start > to.start) issues.push({ column: 'to', code: 'period_order', reason: '計画期間の終わりが始まりより前です' });
  const id = (input.id ?? '').trim() || (owner && from ? `${owner.code}-${new Date(from.start * 86_400_000).getUTCFullYear()}` : '');
  if (input.id !== undefined && input.id.trim() !== '' && !ID_FORM.test(id))
    issues.push({ column: 'id', code: 'invalid_id', reason: '戦略IDは半角英数字と . _ - で100文字以内にしてください（先頭は英数字）' });
  if (issues.length > 0 || !owner || !from || !to) throw new InputError(issues);
  return { owner, name, from, to, id };
}

/** The national strategy's nodes and KPI definitions, without its figures. */
function nationalStructure(national: Catalog): Pick<Catalog, 'nodes' | 'kpis'> {
  const strip = (k: CatalogKpi): CatalogKpi => ({
    ...k,
    baseline: null,
    targets: [],
    observations: [],
    isNew: false,
    extra: { national_kpi: k.id },
    components: k.components.map(strip),
  });
  return { nodes: national.nodes.map((n) => ({ ...n })), kpis: national.kpis.map(strip) };
}

export async function createStrategy(db: Database, input: NewStrategy, structure?: Pick<Catalog, 'nodes' | 'kpis'>): Promise<CreatedStrategy> {
  if (!canCreateLocalStrategy(input.by)) throw new ForbiddenError('戦略を作成する権限がありません（管理者のみ）');
  const v = await checkInput(db, input);
  if (await findStrategyOwner(db, v.id)) throw new ConflictError(`戦略ID「${v.id}」は既に使われています`);
  const body =
    structure ??
    (input.fromNational
      ? nationalStructure(await loadCatalog(db, NATIONAL_STRATEGY_ID))
      : { nodes: [{ id: 'goal', parent: null, level: 'goal' as const, name: v.name }], kpis: [] });
  const catalog: Catalog = {
    strategy: { id: v.id, name: v.name, extra: { ...input.extra, owner_code: v.owner.code, owner_name: v.owner.name, period: { from: v.from.label, to: v.to.label } } },
    ...body,
  };
  // saveCatalog refuses an id taken meanwhile (under its lock), so two creations cannot both win.
  const r = await saveCatalog(db, catalog, { ownerCode: v.owner.code, actor: auditNameOf(input.by), source: input.fromNational ? `based on ${NATIONAL_STRATEGY_ID}` : undefined });
  return { id: v.id, ownerCode: v.owner.code, name: v.name, kpis: r.kpis };
}
