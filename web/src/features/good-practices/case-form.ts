/**
 * The case form's pure part: the draft as typed (every value a string, so 「1億2,000万」 and
 * 「２０１９」 stay as the planner wrote them until the server reads them), the JSON content sent
 * from it, the draft of a stored case, the element id of the field editing a JSON path (so the
 * server's 400 issues — `content.funding[0].amount` — link to it) and the read-backs shown beside
 * amounts, years and 団体コード.
 */
import { LocalGovCodeError, normalizeLocalGovCode } from '../../../../src/shared/local-gov-code.ts';
import { toHalfWidth } from '../../../../src/shared/normalize-text.ts';
import { toWarekiYear } from '../../../../src/shared/periods.ts';
import { parseYen } from '../../../../src/shared/yen-amount.ts';
import type { MessageKey } from '../../i18n/dictionaries.ts';

export interface ObservationDraft {
  value: string;
  period: string;
}
export interface CaseDraft {
  title: string;
  summary: string;
  regions: string[];
  actor: string;
  field: string;
  problem: string;
  /** comma- or 、-separated words */
  problem_tags: string;
  actions: string;
  started_year: string;
  participants: { sector: string; name: string }[];
  cost_total: string;
  cost_note: string;
  funding: { kind: string; amount: string; fiscal_year: string; note: string }[];
  /** `kept`: the stored row's parts the form does not edit (its kpi or indicator link), sent back unchanged */
  results: { label: string; unit: string; before: ObservationDraft; after: ObservationDraft; note: string; kept?: Record<string, unknown> }[];
  lessons: { kind: 'worked' | 'did_not_work'; text: string }[];
  sources: { document: string; lines: string; url: string }[];
  credit: string;
  /** the stored case's fields the form does not edit (e.g. other_fields), sent back unchanged so a save loses nothing */
  kept?: Record<string, unknown>;
}

/** The rows a list of the form holds, and an empty one of each (added by 「追加」). */
export const EMPTY_ROWS = {
  regions: '',
  participants: { sector: 'government', name: '' },
  funding: { kind: 'dai2sedai_grant', amount: '', fiscal_year: '', note: '' },
  results: { label: '', unit: '', before: { value: '', period: '' }, after: { value: '', period: '' }, note: '' },
  lessons: { kind: 'worked', text: '' },
  sources: { document: '', lines: '', url: '' },
} as const;
export type ListKey = keyof typeof EMPTY_ROWS;

export const emptyDraft = (field = ''): CaseDraft => ({
  title: '',
  summary: '',
  regions: [],
  actor: '',
  field,
  problem: '',
  problem_tags: '',
  actions: '',
  started_year: '',
  participants: [],
  cost_total: '',
  cost_note: '',
  funding: [],
  results: [],
  lessons: [],
  sources: [],
  credit: '',
});

/** A case as the API gives it (numbers for amounts and years). */
export interface StoredContent {
  title: string;
  summary: string;
  regions: string[];
  actor: string;
  field: string;
  problem: string;
  problem_tags: string[];
  actions: string;
  started_year?: number;
  participants: { sector: string; name: string }[];
  cost?: { total?: number; note: string };
  funding: { kind: string; amount?: number; fiscal_year?: number; note: string }[];
  results: { label: string; unit: string; before?: { value: number; period: string }; after?: { value: number; period: string }; note: string; [part: string]: unknown }[];
  lessons: { kind: 'worked' | 'did_not_work'; text: string }[];
  sources: { document: string; lines: string; url?: string }[];
  credit: string;
  [field: string]: unknown;
}

/** The fields of a case (and of a result) that the form edits; anything else is kept as stored. */
const FORM_FIELDS = new Set([
  'title',
  'summary',
  'regions',
  'actor',
  'field',
  'problem',
  'problem_tags',
  'actions',
  'started_year',
  'participants',
  'cost',
  'funding',
  'results',
  'lessons',
  'sources',
  'credit',
]);
const RESULT_FIELDS = new Set(['label', 'unit', 'before', 'after', 'note']);
const rest = (o: Record<string, unknown>, edited: ReadonlySet<string>): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([k]) => !edited.has(k)));

const str = (n: number | undefined) => (n === undefined ? '' : String(n));
const obsDraft = (o: { value: number; period: string } | undefined): ObservationDraft => ({ value: str(o?.value), period: o?.period ?? '' });

export function draftOf(c: StoredContent): CaseDraft {
  return {
    title: c.title,
    summary: c.summary,
    regions: [...c.regions],
    actor: c.actor,
    field: c.field,
    problem: c.problem,
    problem_tags: c.problem_tags.join('、'),
    actions: c.actions,
    started_year: str(c.started_year),
    participants: c.participants.map((p) => ({ sector: p.sector, name: p.name })),
    cost_total: str(c.cost?.total),
    cost_note: c.cost?.note ?? '',
    funding: c.funding.map((f) => ({ kind: f.kind, amount: str(f.amount), fiscal_year: str(f.fiscal_year), note: f.note })),
    results: c.results.map((r) => ({ label: r.label, unit: r.unit, before: obsDraft(r.before), after: obsDraft(r.after), note: r.note, kept: rest(r, RESULT_FIELDS) })),
    lessons: c.lessons.map((l) => ({ kind: l.kind, text: l.text })),
    sources: c.sources.map((s) => ({ document: s.document, lines: s.lines, url: s.url ?? '' })),
    credit: c.credit,
    kept: rest(c, FORM_FIELDS),
  };
}

/** A year typed as 「2019」 or 「２０１９」 is sent as a number; anything else as typed, for the server to name. */
function yearValue(s: string): number | string | undefined {
  const v = toHalfWidth(s).trim();
  if (v === '') return undefined;
  return /^\d{4}$/.test(v) ? Number(v) : s;
}
const optional = (s: string) => (s.trim() === '' ? undefined : s);
const obsValue = (o: ObservationDraft) => (o.value.trim() === '' && o.period.trim() === '' ? undefined : { value: o.value, period: o.period });

/** The content sent to the server: every row kept (so an issue's index is the row's), empty optionals left out. */
export function contentOf(d: CaseDraft): Record<string, unknown> {
  const tags = d.problem_tags
    .split(/[,、，]/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
  const cost = d.cost_total.trim() === '' && d.cost_note.trim() === '' ? undefined : { total: optional(d.cost_total), note: d.cost_note };
  return {
    ...d.kept,
    title: d.title,
    summary: d.summary,
    regions: d.regions,
    actor: d.actor,
    field: d.field,
    problem: d.problem,
    problem_tags: tags,
    actions: d.actions,
    started_year: yearValue(d.started_year),
    participants: d.participants,
    cost,
    funding: d.funding.map((f) => ({ kind: f.kind, amount: optional(f.amount), fiscal_year: yearValue(f.fiscal_year), note: f.note })),
    results: d.results.map((r) => ({ ...r.kept, label: r.label, unit: r.unit, before: obsValue(r.before), after: obsValue(r.after), note: r.note })),
    lessons: d.lessons,
    sources: d.sources.map((s) => ({ document: s.document, lines: s.lines, url: optional(s.url) })),
    credit: d.credit,
  };
}

/** The element id of the field editing `path` (`funding[0].amount` → `gp-f-funding-0-amount`). */
export const caseFieldId = (path: string): string => `gp-f-${path.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-')}`;

const SCALARS: Record<string, MessageKey> = {
  title: 'gp.form.title',
  summary: 'gp.form.summary',
  actor: 'gp.form.actor',
  field: 'gp.form.field',
  problem: 'gp.form.problem',
  problem_tags: 'gp.form.tags',
  actions: 'gp.form.actions',
  started_year: 'gp.form.started',
  'cost.total': 'gp.form.costTotal',
  'cost.note': 'gp.form.costNote',
  credit: 'gp.form.credit',
};
const LISTS: Record<Exclude<ListKey, 'regions'>, { label: MessageKey; fields: Record<string, MessageKey> }> = {
  participants: { label: 'gp.form.participant', fields: { sector: 'gp.form.sector', name: 'gp.form.orgName' } },
  funding: { label: 'gp.form.fundingRow', fields: { kind: 'gp.form.fundingKind', amount: 'gp.form.amount', fiscal_year: 'gp.form.fiscalYear', note: 'gp.form.note' } },
  results: {
    label: 'gp.form.resultRow',
    fields: {
      label: 'gp.form.resultLabel',
      unit: 'gp.form.unit',
      'before.value': 'gp.form.beforeValue',
      'before.period': 'gp.form.beforePeriod',
      'after.value': 'gp.form.afterValue',
      'after.period': 'gp.form.afterPeriod',
      note: 'gp.form.note',
    },
  },
  lessons: { label: 'gp.form.lessonRow', fields: { kind: 'gp.form.lessonKind', text: 'gp.form.lessonText' } },
  sources: { label: 'gp.form.sourceRow', fields: { document: 'gp.form.document', lines: 'gp.form.lines', url: 'gp.form.url' } },
};
const LIST_LABELS: Record<ListKey, MessageKey> = {
  regions: 'gp.form.regions',
  participants: 'gp.form.participants',
  funding: 'gp.form.fundingList',
  results: 'gp.form.results',
  lessons: 'gp.form.lessons',
  sources: 'gp.form.sources',
};

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/**
 * The field an issue's column names, with a label that says which row; a row's part without a
 * field of its own (a result's kpi link, a whole observation) points at the row's first field
 * or the observation's value; a list as a whole (「地域を1つ以上」) at the list's fieldset.
 * null: the form as a whole.
 */
export function locateCaseField(column: string, d: CaseDraft, t: T): { id: string; label: string } | null {
  const path = column.replace(/^content\./, '');
  if (SCALARS[path]) return { id: caseFieldId(path), label: t(SCALARS[path]) };
  if (path === 'cost') return { id: caseFieldId('cost.total'), label: t('gp.form.costTotal') };
  if (/^problem_tags\[\d+\]$/.test(path)) return { id: caseFieldId('problem_tags'), label: t('gp.form.tags') };
  const m = /^([a-z_]+)(?:\[(\d+)\])?(?:\.(.+))?$/.exec(path);
  const list = m?.[1] as ListKey | undefined;
  if (!m || !list || !(list in LIST_LABELS)) return null;
  const rows = d[list].length;
  const n = m[2] === undefined ? null : Number(m[2]);
  if (n === null || n >= rows) return { id: caseFieldId(list), label: t(LIST_LABELS[list]) };
  if (list === 'regions') return { id: caseFieldId(`regions[${n}]`), label: t('gp.form.region', { n: n + 1 }) };
  const spec = LISTS[list];
  const rest = m[3] ?? '';
  const keys = Object.keys(spec.fields);
  const key = keys.find((k) => rest === k || rest.startsWith(`${k}.`)) ?? keys.find((k) => k.startsWith(`${rest}.`)) ?? keys[0]!;
  return { id: caseFieldId(`${list}[${n}].${key}`), label: `${t(spec.label, { n: n + 1 })} ${t(spec.fields[key]!)}` };
}

/** 「1億2,000万」 → the amount in 円 as the server will read it, or why it cannot be read; null when empty. */
export function readYen(text: string): { ok: true; yen: number } | { ok: false; reason: string } | null {
  return text.trim() === '' ? null : parseYen(text);
}

/** 「2019」「２０１９」 → 「2019年（令和元年）」; null when empty or not a year. */
export function readYear(text: string): string | null {
  const v = toHalfWidth(text).trim();
  if (!/^\d{4}$/.test(v)) return null;
  const y = Number(v);
  return y >= 1900 && y <= 2100 ? `${y}年（${toWarekiYear(y)}）` : null;
}

/** A 団体コード as typed (6 digits, 5 without the check digit, full-width) → the code and the area's name, or why not. */
export function readRegion(text: string, names: ReadonlyMap<string, string>): { code: string; name: string | null } | { error: string } | null {
  if (text.trim() === '') return null;
  try {
    const code = normalizeLocalGovCode(text);
    return { code, name: names.get(code) ?? null };
  } catch (e) {
    return { error: e instanceof LocalGovCodeError ? e.message : String(e) };
  }
}
