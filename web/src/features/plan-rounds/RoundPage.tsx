/**
 * /plan-rounds/:roundId: one round — its plans with their report status, late items and
 * bottleneck flags; for the secretariat accept / return (with a comment) per submitted report,
 * publication and the Excel download; totals per type and per prefecture.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatDay, formatTimestamp } from '../../format/period.ts';
import { getSummary, publishRound, reviewReport, roundUrl, type Counts, type PlanRow, type Summary } from './api.ts';
import { fill, M, REPORT_STATUS, TYPE_LABELS } from './messages.ts';
import { type Problem, Problems, problemsOf } from './Problems.tsx';
import './rounds.css';

const day = (iso: string) => formatDay(iso, 'ja');
const reportHref = (planId: string, roundId: string) => `/plans/${encodeURIComponent(planId)}/reports/${encodeURIComponent(roundId)}`;

function Review({ plan, roundId, onDone, fail }: { plan: PlanRow; roundId: string; onDone: () => void; fail: (e: unknown) => void }) {
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const id = `return-${plan.plan_id}`;
  const act = async (decision: 'accept' | 'return') => {
    setBusy(true);
    try {
      await reviewReport(plan.plan_id, roundId, { lock_version: plan.lock_version, decision, comment });
      onDone();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="review">
      <button type="button" className="button button-primary button-small" disabled={busy} onClick={() => void act('accept')}>
        {M.accept}
      </button>
      <label htmlFor={id}>{M.returnLabel}</label>
      <textarea id={id} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
      <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => void act('return')}>
        {M.returnSubmit}
      </button>
    </div>
  );
}

function CountsTable({ caption, rows }: { caption: string; rows: (Counts & { key: string; label: string })[] }) {
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{caption === M.byPref ? M.colPrefecture : M.colType}</th>
            {[M.colPlans, M.colNotSubmitted, M.colSubmitted, M.colAccepted, M.colReturned, M.colLate, M.colWithdrawal].map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              {[r.plans, r.not_submitted + r.draft, r.submitted, r.accepted, r.returned, r.late_items, r.withdrawal_flagged].map((n, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
                <td key={i} className="num">
                  {n.toLocaleString('ja-JP')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function PlansTable({ s, onChanged, fail }: { s: Summary; onChanged: () => void; fail: (e: unknown) => void }) {
  const canReview = s.view === 'all' && s.round.published_at === null;
  return (
    <TableScroll label={M.plansTable}>
      <table className="data-table round-plans">
        <caption>{M.plansTable}</caption>
        <thead>
          <tr>
            <th scope="col">{M.colPlan}</th>
            <th scope="col">{M.colReport}</th>
            <th scope="col">{M.colLate}</th>
            <th scope="col">{M.colFlags}</th>
            {canReview ? <th scope="col">{M.colActions}</th> : null}
          </tr>
        </thead>
        <tbody>
          {s.plans.map((p) => (
            <tr key={p.plan_id}>
              <th scope="row">
                {s.view === 'public' ? p.title : <Link href={reportHref(p.plan_id, s.round.id)}>{p.title}</Link>}
                <div className="hint">{TYPE_LABELS[p.type] ?? p.type}</div>
              </th>
              <td>{REPORT_STATUS[p.report_status] ?? p.report_status}</td>
              <td className="num">{p.late_items}</td>
              <td>
                {p.bottlenecks.length === 0 ? (
                  M.none
                ) : (
                  <ul className="plain-list flags">
                    {p.bottlenecks.map((b, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: flags of one plan, in the API's order
                      <li key={i} className={`flag flag-${b.severity}`}>
                        {b.message}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              {canReview ? <td>{p.report_status === 'submitted' ? <Review plan={p} roundId={s.round.id} onDone={onChanged} fail={fail} /> : null}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export default function RoundPage({ roundId }: { roundId: string }) {
  const [s, setS] = useState<Summary | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [status, setStatus] = useState('');
  const box = useRef<HTMLDivElement>(null);
  usePageTitle(s?.round.title ?? M.listTitle);
  const load = useCallback(() => {
    getSummary(roundId).then(setS).catch(setError);
  }, [roundId]);
  useEffect(load, [load]);
  const fail = (e: unknown) => {
    setProblems(problemsOf(e, () => null));
    requestAnimationFrame(() => box.current?.focus());
  };
  const changed = () => {
    setProblems([]);
    setStatus(M.done);
    load();
  };
  const publish = async () => {
    try {
      const r = await publishRound(roundId);
      setProblems([]);
      setStatus(fill(M.published, { at: formatTimestamp(r.round.published_at ?? '', 'ja') }));
      load();
    } catch (e) {
      fail(e);
    }
  };
  if (error) return <ErrorMessage error={error} onRetry={load} />;
  if (!s) return <Loading />;
  return (
    <>
      <p>
        <Link href="/plan-rounds">{M.listTitle}</Link>
      </p>
      <h1>{s.round.title}</h1>
      <p>{fill(M.roundMeta, { start: day(s.round.period_start), end: day(s.round.period_end), deadline: day(s.round.deadline) })}</p>
      <p>{s.round.published_at ? M.statePublished : M.stateOpen}</p>
      <Problems problems={problems} boxRef={box} />
      <p role="status" className={status ? 'notice notice-success' : undefined}>
        {status}
      </p>
      <PlansTable s={s} onChanged={changed} fail={fail} />
      <CountsTable caption={M.byType} rows={s.by_type.map((t) => ({ ...t, key: t.type, label: `${t.type}：${t.label}` }))} />
      <CountsTable caption={M.byPref} rows={s.by_prefecture.map((p) => ({ ...p, key: p.pref_code, label: p.name }))} />
      <p>
        <a href={`${roundUrl(roundId)}?format=xlsx`} download>
          {M.download}
        </a>
      </p>
      {s.view === 'all' && s.round.published_at === null ? (
        <section className="panel" aria-labelledby="publish-title">
          <h2 id="publish-title">{M.publish}</h2>
          <p className="hint">{M.publishHint}</p>
          <button type="button" className="button button-primary" onClick={() => void publish()}>
            {M.publish}
          </button>
        </section>
      ) : null}
    </>
  );
}
