/**
 * /plans/:planId/reports/:roundId: the owner's progress report for one plan in one round — per
 * 5W1H item its status, what was done and the delay's cause; per KPI/KGI the actual (万・億
 * accepted, read by the server); save as a draft, submit. An accepted report is shown locked,
 * with a correction (a new, audited revision) for those who may; a withdrawal finding asks for
 * the owner's decision.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatNumber } from '../../format/number.ts';
import { formatPeriod } from '../../format/period.ts';
import { correctReport, getReport, saveReport, submitReport, type ReportInput, type ReportView } from './api.ts';
import { fill, ITEM_STATUS, M, REPORT_STATUS } from './messages.ts';
import { FieldProblem, hasProblem, type Problem, Problems, problemsOf } from './Problems.tsx';
import { WithdrawalDecision } from './WithdrawalDecision.tsx';
import './rounds.css';

type ItemState = Record<string, { status: string; done: string; delay_cause: string }>;

function initialState(v: ReportView): { items: ItemState; kpis: Record<string, string> } {
  const items: ItemState = {};
  for (const a of v.actions) items[a.id] = { status: '', done: '', delay_cause: '' };
  for (const i of v.report?.items ?? []) items[i.action_id] = { status: i.status, done: i.done, delay_cause: i.delay_cause };
  const kpis: Record<string, string> = {};
  for (const k of v.report?.kpi_values ?? []) kpis[k.kpi_id] = String(k.value);
  return { items, kpis };
}

function bodyOf(v: ReportView, items: ItemState, kpis: Record<string, string>): { body: ReportInput; sentItems: string[]; sentKpis: string[] } {
  const sentItems = v.actions.map((a) => a.id).filter((id) => items[id]?.status);
  const sentKpis = v.kpis.map((k) => k.id).filter((id) => (kpis[id] ?? '').trim() !== '');
  return {
    body: {
      lock_version: v.report?.lock_version ?? 0,
      items: sentItems.map((id) => ({ action_id: id, ...items[id]! })),
      kpi_values: sentKpis.map((id) => ({ kpi_id: id, value: kpis[id]!.trim() })),
    },
    sentItems,
    sentKpis,
  };
}

/** The API's issue column → the field it names. */
function fieldOf(column: string, sentItems: readonly string[], sentKpis: readonly string[]): string | null {
  const item = /^items\[(\d+)\](?:\.(\w+))?$/.exec(column);
  if (item) return `${item[2] === 'delay_cause' ? 'cause' : 'status'}-${sentItems[Number(item[1])]}`;
  const unreported = /^items\.(.+)$/.exec(column);
  if (unreported) return `status-${unreported[1]}`;
  const kpi = /^kpi_values\[(\d+)\]/.exec(column);
  return kpi ? `kpi-${sentKpis[Number(kpi[1])]}` : null;
}

function ItemFields({ v, items, setItems, problems, locked }: { v: ReportView; items: ItemState; setItems: (s: ItemState) => void; problems: Problem[]; locked: boolean }) {
  return (
    <section aria-labelledby="items-title">
      <h2 id="items-title">{M.itemsTitle}</h2>
      {v.actions.map((a) => {
        const s = items[a.id]!;
        const set = (patch: Partial<typeof s>) => setItems({ ...items, [a.id]: { ...s, ...patch } });
        const ids = { status: `status-${a.id}`, done: `done-${a.id}`, cause: `cause-${a.id}` };
        const described = (id: string) => (hasProblem(id, problems) ? `${id}-error` : undefined);
        return (
          <fieldset key={a.id} className="panel report-item">
            <legend>{a.content || a.id}</legend>
            <p className="hint">
              {a.measure}／{fill(M.itemDeadline, { deadline: a.deadline ? formatPeriod(a.deadline, 'ja') : '—' })}／{a.department}
            </p>
            <div className="field">
              <label htmlFor={ids.status}>{M.itemStatus}</label>
              <select
                id={ids.status}
                value={s.status}
                disabled={locked}
                onChange={(e) => set({ status: e.target.value })}
                aria-invalid={hasProblem(ids.status, problems) || undefined}
                aria-describedby={described(ids.status)}
              >
                <option value="">（未選択）</option>
                {Object.entries(ITEM_STATUS).map(([k, label]) => (
                  <option key={k} value={k}>
                    {label}
                  </option>
                ))}
              </select>
              <FieldProblem id={ids.status} problems={problems} />
            </div>
            <div className="field">
              <label htmlFor={ids.done}>{M.itemDone}</label>
              <textarea id={ids.done} rows={2} value={s.done} readOnly={locked} onChange={(e) => set({ done: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={ids.cause}>{M.itemCause}</label>
              <textarea
                id={ids.cause}
                rows={2}
                value={s.delay_cause}
                readOnly={locked}
                onChange={(e) => set({ delay_cause: e.target.value })}
                aria-invalid={hasProblem(ids.cause, problems) || undefined}
                aria-describedby={described(ids.cause)}
              />
              <FieldProblem id={ids.cause} problems={problems} />
            </div>
          </fieldset>
        );
      })}
    </section>
  );
}

function KpiFields({
  v,
  kpis,
  setKpis,
  problems,
  locked,
}: {
  v: ReportView;
  kpis: Record<string, string>;
  setKpis: (s: Record<string, string>) => void;
  problems: Problem[];
  locked: boolean;
}) {
  return (
    <section aria-labelledby="kpis-title">
      <h2 id="kpis-title">{M.kpisTitle}</h2>
      <div className="kpi-fields">
        {v.kpis.map((k) => {
          const id = `kpi-${k.id}`;
          return (
            <div key={k.id} className="field">
              <label htmlFor={id}>
                {k.name}：{fill(M.kpiValue, { unit: k.unit })}
              </label>
              <p className="hint" id={`${id}-hint`}>
                {fill(M.kpiHint, { target: formatNumber(k.target_value, 'ja', k.unit), fy: k.target_fy ? formatPeriod(`FY${k.target_fy}`, 'ja') : '—' })}
              </p>
              <input
                id={id}
                type="text"
                inputMode="decimal"
                value={kpis[k.id] ?? ''}
                readOnly={locked}
                onChange={(e) => setKpis({ ...kpis, [k.id]: e.target.value })}
                aria-invalid={hasProblem(id, problems) || undefined}
                aria-describedby={`${id}-hint${hasProblem(id, problems) ? ` ${id}-error` : ''}`}
              />
              <FieldProblem id={id} problems={problems} />
            </div>
          );
        })}
      </div>
    </section>
  );
}

export default function ReportFormPage({ planId, roundId }: { planId: string; roundId: string }) {
  const [v, setV] = useState<ReportView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [items, setItems] = useState<ItemState>({});
  const [kpis, setKpis] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  usePageTitle(v ? fill(M.formTitle, { plan: v.plan.title }) : M.listTitle);
  const load = useCallback(async () => {
    try {
      const got = await getReport(planId, roundId);
      const init = initialState(got);
      setV(got);
      setItems(init.items);
      setKpis(init.kpis);
    } catch (e) {
      setError(e);
    }
  }, [planId, roundId]);
  useEffect(() => void load(), [load]);
  if (error) return <ErrorMessage error={error} onRetry={() => void load()} />;
  if (!v) return <Loading />;
  const state = v.report?.status ?? 'none';
  const locked = !v.can_report || state === 'submitted' || state === 'accepted' || v.round.published_at !== null;
  const run = async (what: 'save' | 'submit' | 'correct') => {
    const { body, sentItems, sentKpis } = bodyOf(v, items, kpis);
    setBusy(true);
    setStatus('');
    try {
      if (what === 'correct') {
        const r = await correctReport(planId, roundId, { ...body, reason });
        setStatus(fill(M.corrected, { n: r.report.revision }));
      } else {
        const saved = await saveReport(planId, roundId, body);
        if (what === 'submit') await submitReport(planId, roundId, saved.report.lock_version);
        setStatus(what === 'submit' ? M.submitted : M.saved);
      }
      setProblems([]);
      await load();
    } catch (e) {
      setProblems(problemsOf(e, (c) => fieldOf(c, sentItems, sentKpis)));
      requestAnimationFrame(() => box.current?.focus());
    } finally {
      setBusy(false);
    }
  };
  const pending = v.withdrawal_decisions.find((d) => d.round_id === roundId && d.decision === null);
  return (
    <>
      <p>
        <Link href={`/plan-rounds/${encodeURIComponent(roundId)}`}>{M.back}</Link>
      </p>
      <h1>{fill(M.formTitle, { plan: v.plan.title })}</h1>
      <p>
        {v.round.title}／{fill(M.status, { status: REPORT_STATUS[state] ?? state })}
        {v.report && v.report.revision > 0 ? fill(M.revision, { n: v.report.revision }) : ''}
      </p>
      <p className="hint">{M.formIntro}</p>
      {state === 'returned' && v.report ? <p className="notice notice-info">{fill(M.returned, { comment: v.report.return_comment })}</p> : null}
      {state === 'accepted' ? <p className="notice notice-info">{M.locked}</p> : null}
      {pending && v.can_decide ? <WithdrawalDecision planId={planId} roundId={roundId} criteria={pending} onDone={() => void load()} /> : null}
      <Problems problems={problems} boxRef={box} />
      <p role="status" aria-live="polite" className={status ? 'notice notice-success' : undefined}>
        {status}
      </p>
      <form onSubmit={(e) => e.preventDefault()} noValidate>
        <ItemFields v={v} items={items} setItems={setItems} problems={problems} locked={locked && !(state === 'accepted' && v.can_report)} />
        <KpiFields v={v} kpis={kpis} setKpis={setKpis} problems={problems} locked={locked && !(state === 'accepted' && v.can_report)} />
        {!locked ? (
          <div className="form-actions">
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => void run('save')}>
              {busy ? M.saving : M.save}
            </button>
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void run('submit')}>
              {busy ? M.submitting : M.submit}
            </button>
          </div>
        ) : null}
        {state === 'accepted' && v.can_report ? (
          <div className="field">
            <label htmlFor="correct-reason">{M.correctReason}</label>
            <textarea id="correct-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => void run('correct')}>
              {M.correct}
            </button>
          </div>
        ) : null}
      </form>
    </>
  );
}
