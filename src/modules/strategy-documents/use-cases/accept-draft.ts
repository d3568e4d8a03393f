/**
 * A reviewed draft (the KPIs as the planner corrected them) → a new strategy of the planner's own
 * government, in one request: checked whole first — the strategy's name and plan period, then
 * the logic model's nodes and every KPI through the KPI module's JSON interchange reader, so each
 * problem names the node or the KPI and its field — then stored with its audit entry in one transaction (saveCatalog). Nothing is
 * written unless everything is valid.
 */
import type { Database } from '../../../db/client.ts';
import { ForbiddenError, InputError, type InputIssue } from '../../../shared/errors.ts';
import { MAX_NAME_LENGTH } from '../../../shared/input-limits.ts';
import { tryParsePeriod, type Period } from '../../../shared/periods.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { findStrategyOwner, readJsonCatalog, saveCatalog, type Catalog } from '../../kpi/index.ts';
import { getArea } from '../../local-gov/index.ts';
import { acceptingOwner } from '../permissions.ts';

export interface AcceptDraftInput {
  by: Principal;
  name: string;
  /** plan period (年度 in any form the period parser reads: 2026年度, 令和8年度, FY2026) */
  from: string;
  to: string;
  /** the draft's KPIs as reviewed (the JSON interchange format; source, layout kept) */
  kpis: ReadonlyArray<Record<string, unknown>>;
  /** the logic model as reviewed (`{id, parent, name, level?}`, the draft's nodes from the headings); absent: one node named after the strategy */
  nodes?: ReadonlyArray<Record<string, unknown>>;
  /** the document's file name, kept with the strategy */
  sourceFile?: string;
}

export interface AcceptedDraft {
  id: string;
  ownerCode: string;
  name: string;
  kpis: number;
}

/** The node every KPI hangs on when the request brings no tree (draft-outline.ts). */
const DRAFT_NODE = 'document';
/** Review aids that describe the extraction, not the KPI: stale once a person has corrected it. */
const REVIEW_ONLY = new Set(['confidence', 'warnings']);
const FILE = '下書き';

function periodOf(column: 'from' | 'to', raw: string, issues: InputIssue[]): Period | null {
  const p = raw.trim() === '' ? null : tryParsePeriod(raw.trim());
  if (!p)
    issues.push({ column, code: 'invalid_period', reason: `計画期間の${column === 'from' ? '始まり' : '終わり'}「${raw}」を期間として読めません（例: 2026年度、令和8年度）` });
  return p;
}

function checkHeader(input: AcceptDraftInput) {
  const issues: InputIssue[] = [];
  const name = input.name.trim();
  if (!name) issues.push({ column: 'name', code: 'required', reason: '戦略の名称を入力してください' });
  else if (name.length > MAX_NAME_LENGTH) issues.push({ column: 'name', code: 'too_long', reason: `戦略の名称は${MAX_NAME_LENGTH}文字以内にしてください` });
  const from = periodOf('from', input.from, issues);
  const to = periodOf('to', input.to, issues);
  if (from && to && from.start > to.start) issues.push({ column: 'to', code: 'period_order', reason: '計画期間の終わりが始まりより前です' });
  if (input.kpis.length === 0) issues.push({ column: 'kpis', code: 'required', reason: 'KPI が1件もありません（少なくとも1件残してください）' });
  return { issues, name, from, to };
}

const nameOf = (item: Record<string, unknown> | undefined) => (typeof item?.name === 'string' && item.name.trim() !== '' ? `「${item.name}」` : '');

/** Each KPI or node problem starts with the KPI or node it is about, as the planner sees it in the list. */
function namedIssues(issues: readonly InputIssue[], input: Pick<AcceptDraftInput, 'kpis' | 'nodes'>): InputIssue[] {
  return issues.map((i) => {
    const m = /^(kpis|nodes)\[(\d+)\]/.exec(i.column ?? '');
    if (!m) return { ...i, file: undefined, line: undefined };
    const n = Number(m[2]);
    const who = m[1] === 'kpis' ? `${n + 1}件目のKPI${nameOf(input.kpis[n])}` : `${n + 1}番目のノード${nameOf(input.nodes?.[n])}`;
    return { column: i.column, code: i.code, reason: `${who}: ${i.reason}` };
  });
}

const withoutReviewAids = (k: Record<string, unknown>) => Object.fromEntries(Object.entries(k).filter(([key]) => !REVIEW_ONLY.has(key)));

/**
 * A node as the reader takes it: a level where the page sent none (a top node is a goal, one below
 * it an output). A blank id or name is reported here, in the planner's words, and replaced by a
 * placeholder so that the reader still checks everything else (parents, KPIs) in the same answer.
 */
function nodeDoc(n: Record<string, unknown>, i: number, issues: InputIssue[]) {
  const blank = (v: unknown) => typeof v !== 'string' || v.trim() === '';
  if (blank(n.id)) issues.push({ column: `nodes[${i}].id`, code: 'required', reason: 'ノードIDがありません' });
  if (blank(n.name)) issues.push({ column: `nodes[${i}].name`, code: 'required', reason: 'ノードの名称を入力してください' });
  return {
    ...n,
    id: blank(n.id) ? `(ID なし ${i + 1})` : n.id,
    name: blank(n.name) ? '(名称なし)' : n.name,
    level: n.level ?? (n.parent == null ? 'goal' : 'output'),
    parent: n.parent ?? null,
  };
}

/** The nodes and KPIs read as the KPI module reads any catalog (values may be 「1,500万」「６４％」). */
function readKpis(name: string, input: Pick<AcceptDraftInput, 'kpis' | 'nodes'>): Catalog {
  const tree = input.nodes && input.nodes.length > 0;
  const own: InputIssue[] = [];
  const doc = {
    strategy: { id: 'draft', name },
    nodes: tree ? input.nodes!.map((n, i) => nodeDoc(n, i, own)) : [{ id: DRAFT_NODE, parent: null, level: 'goal', name }],
    kpis: input.kpis.map((k) => (tree ? withoutReviewAids(k) : { ...withoutReviewAids(k), node: DRAFT_NODE })),
  };
  let catalog: Catalog | null = null;
  let read: readonly InputIssue[] = [];
  try {
    catalog = readJsonCatalog(JSON.stringify(doc), FILE);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    read = e.issues;
  }
  const issues = [...own, ...read];
  if (issues.length > 0 || !catalog) throw new InputError(namedIssues(issues, input));
  return catalog;
}

/** `<団体コード>-<first year>`, or the first of `…-2`, `…-3` … not taken (a government may found more than one). */
async function freeId(db: Database, base: string): Promise<string> {
  for (let n = 1; n < 100; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!(await findStrategyOwner(db, id))) return id;
  }
  throw InputError.single({ column: 'from', code: 'too_many', reason: `戦略ID「${base}」の候補がすべて使われています` });
}

export async function acceptDraft(db: Database, input: AcceptDraftInput): Promise<AcceptedDraft> {
  const ownerCode = acceptingOwner(input.by);
  if (!ownerCode) throw new ForbiddenError('文書から戦略を作成できるのは、地方公共団体の編集者です（自分の団体の戦略として作成します）');
  const area = await getArea(db, ownerCode);
  if (!area || area.validTo) throw new ForbiddenError(`団体コード「${ownerCode}」の現存する地方公共団体が登録されていないため、戦略を作成できません`);
  const h = checkHeader(input);
  let catalog: Catalog | null = null;
  try {
    if (input.kpis.length > 0) catalog = readKpis(h.name || '下書き', input);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    h.issues.push(...e.issues);
  }
  if (h.issues.length > 0 || !catalog || !h.from || !h.to) throw new InputError(h.issues);
  const id = await freeId(db, `${ownerCode}-${new Date(h.from.start * 86_400_000).getUTCFullYear()}`);
  catalog.strategy = {
    id,
    name: h.name,
    extra: { owner_code: ownerCode, owner_name: area.name, period: { from: h.from.label, to: h.to.label }, ...(input.sourceFile ? { source_file: input.sourceFile } : {}) },
  };
  // Without a tree the one node carries the strategy's name; a reviewed tree keeps the planner's names.
  if (!input.nodes || input.nodes.length === 0) catalog.nodes = catalog.nodes.map((n) => ({ ...n, name: h.name }));
  // saveCatalog refuses an id taken meanwhile (under its lock), so two acceptances cannot both win.
  const r = await saveCatalog(db, catalog, { ownerCode, actor: auditNameOf(input.by), source: input.sourceFile ? `document ${input.sourceFile}` : 'document' });
  return { id, ownerCode, name: h.name, kpis: r.kpis };
}
